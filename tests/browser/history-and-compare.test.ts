// Retaking leaves no stale notice, a past result opens and compares as you then and you now, and a
// compare link waits for the person to take their own quiz.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAnswers, questionBank } from '../../src/engine/index.ts';
import type { Track } from '../../src/engine/index.ts';
import { launchBrowser, waitForApp, withPage } from './harness.ts';
import { answerByMouse, questionAt, strongestIndex, total, inEnglish } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('retaking the quiz', () => {
  it('goes to question 1 with nothing answered and no notice, and keeps the first answer given', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.getByRole('button', { name: 'Retake the quiz' }).click();
      await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
      await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
      // Answer at once, as a quick person does while the page is still settling.
      const first = questionAt(0);
      const label = inEnglish(first.options[strongestIndex(first, 'project')]?.label);
      await page.getByRole('radio', { name: label, exact: true }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      expect(await page.getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
      expect(await page.getByText(/your result is ready once/i).count()).toBe(0);

      await page.getByRole('button', { name: 'Next' }).click();
      await answerByMouse(page, 'project', 1);
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      expect(await page.getByText(/your result is ready once/i).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });
});

/** The strongest answer toward `track` to every scored question, as a share code. */
function shareCodeToward(track: Track): string {
  const answers = Object.fromEntries(
    questionBank.questions
      .filter((question) => question.kind !== 'background')
      .map((question) => [question.id, question.options[strongestIndex(question, track)]?.id ?? '']),
  );
  return encodeAnswers(answers);
}

describe('past results', () => {
  it('open read-only with their date, and compare with the current result', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.getByRole('link', { name: 'Past results', exact: true }).click();
      const row = page.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await row.waitFor();
      const rowText = (await row.textContent()) ?? '';
      expect(rowText).toMatch(/Technical Product Manager\. 100% product, 0% project\./);
      expect(rowText.match(/Technical Product Manager/g)).toHaveLength(1);

      await row.getByRole('link', { name: /^Open the result from/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      // English dates as Intl writes them for `en`: "Dec 7, 2026, 5:07 PM".
      await page.getByText(/^Your result from \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/).waitFor();
      expect(await page.getByRole('button', { name: 'Retake the quiz' }).count()).toBe(0);
      expect(new URL(page.url()).pathname).toMatch(/^\/history\/.+/);

      // This past result is the current one: it is not offered as a comparison with itself.
      expect(await page.getByRole('link', { name: 'Compare with my current result' }).count()).toBe(0);

      // A new result, then the first one compared with it: you then and you now, with no link.
      await page.goto('/result');
      await page.getByRole('button', { name: 'Retake the quiz' }).click();
      await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
      await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      await answerByMouse(page, 'project');
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      await page.getByRole('link', { name: 'Past results', exact: true }).click();
      await page
        .getByRole('list', { name: 'Past results' })
        .getByRole('link', { name: /^Compare with my current result/ })
        .click();
      await page.getByRole('heading', { level: 1, name: 'You then and you now' }).waitFor();
      expect(new URL(page.url()).search).toMatch(/^\?past=/);
      expect(await page.getByRole('textbox', { name: 'Their share link' }).count()).toBe(0);
      const changed = page.getByRole('region', { name: 'What changed most' });
      expect(await changed.getByRole('listitem').count()).toBe(3);
      expect(await changed.textContent()).toMatch(
        /Then, you leaned strongly toward .* Now, you lean strongly toward /,
      );
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('comparing with a link', () => {
  it('keeps the link while the person finishes their quiz, then compares, speaking about them', async () => {
    const code = shareCodeToward('project');
    await withPage(browser, { path: `/compare#${code}` }, async ({ page, consoleErrors }) => {
      await waitForApp(page);
      await page.getByText(/take the quiz yourself first/).waitFor();
      expect(await page.getByRole('textbox', { name: 'Their share link' }).inputValue()).toMatch(
        new RegExp(`/shared#${code}$`),
      );
      await page.getByRole('link', { name: 'Keep this link and start the quiz' }).click();
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page
        .getByRole('region', { name: 'A link waiting to compare' })
        .getByRole('link', { name: 'Compare with their result' })
        .click();
      const themes = page.getByRole('region', { name: 'Theme by theme' });
      await themes.waitFor();
      expect(await themes.getByText(/^They lean strongly toward /).count()).toBeGreaterThan(0);
      expect(await themes.getByText(/^They .*\byour?\b/i).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('says plainly when a pasted link ends in “#”', async () => {
    await withPage(browser, { path: '/compare' }, async ({ page }) => {
      await waitForApp(page);
      await page.getByRole('textbox', { name: 'Their share link' }).fill('https://example.org/shared#');
      await page.getByRole('button', { name: 'Compare' }).click();
      await page
        .getByRole('alert')
        .getByText(/nothing after the “#”, so it holds no answers/)
        .waitFor();
    });
  });
});
