import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForApp, withPage } from './harness.ts';
import {
  answerByMouse,
  focusedText,
  questionAt,
  strongestIndex,
  tabTo,
  total,
  inEnglish,
} from './quiz-driver.ts';
import { questionBank } from '../../src/engine/index.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The result's share of the answer points for each role, product first as the page shows them. */
function shares(page: Page): Promise<string[]> {
  return page
    .getByRole('definition')
    .filter({ hasText: /% of answer points$/ })
    .allInnerTexts();
}

describe('taking the quiz in a browser', () => {
  it('by mouse, leaning product, ends at Technical Product Manager', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      expect(page.url()).toMatch(/\/result$/);
      expect(await shares(page)).toEqual(['100% of answer points', '0% of answer points']);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('by keyboard alone, leaning project, ends at Technical Project Manager', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await waitForApp(page);
      await tabTo(page, 'Start the quiz');
      await page.keyboard.press('Enter');
      // Every question, the optional ones at the end included: each gets an answer by keyboard.
      for (let index = 0; index < questionBank.questions.length; index++) {
        const question = questionAt(index);
        const heading = page.getByRole('heading', { level: 1, name: inEnglish(question.prompt) });
        await heading.waitFor();
        // Focus starts on the new question's heading; Tab reaches the radio group.
        await expect.poll(() => focusedText(page)).toBe(inEnglish(question.prompt));
        const target = strongestIndex(question, 'project');
        if (index % 2 === 0) {
          await page.keyboard.press('Tab');
          if (target === 0) await page.keyboard.press('Space');
          for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
        } else {
          await page.keyboard.press(String(target + 1));
        }
        const chosen = inEnglish(question.options[target]?.label);
        expect(await page.getByRole('radio', { name: chosen, exact: true }).isChecked()).toBe(true);
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      expect(await shares(page)).toEqual(['0% of answer points', '100% of answer points']);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('resumes where it was after a reload in the middle', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await answerByMouse(page, 'product', 0, 5);
      await page.getByRole('progressbar', { name: `Question 6 of ${total}` }).waitFor();
      await page.reload();
      await page.getByRole('progressbar', { name: `Question 6 of ${total}` }).waitFor();
      await page.goto('/');
      await page.getByText(`You have answered 5 of ${total} questions.`).waitFor();
      await page.getByRole('link', { name: 'Resume' }).click();
      await page.getByRole('progressbar', { name: `Question 6 of ${total}` }).waitFor();
      await page.getByRole('button', { name: 'Back' }).click();
      const fifth = questionAt(4);
      const label = inEnglish(fifth.options[strongestIndex(fifth, 'product')]?.label);
      expect(await page.getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
    });
  });

  it('changes answers from the result, keeping the others, and the result follows', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await answerByMouse(page, 'product');
      await page.getByText('100% of answer points').waitFor();
      // "Change my answers" opens the list of answers; one of them opens its question alone.
      await page.getByRole('link', { name: 'Change my answers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your answers' }).waitFor();
      await page
        .getByRole('link', { name: /^Change your answer to: / })
        .first()
        .click();
      const first = questionAt(0);
      await page.getByRole('heading', { level: 1, name: inEnglish(first.prompt) }).waitFor();
      const projectLabel = inEnglish(first.options[strongestIndex(first, 'project')]?.label);
      await page.getByRole('radio', { name: projectLabel, exact: true }).click();
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
      await page.getByRole('button', { name: 'Back to my result' }).click();
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      expect((await shares(page))[0]).toMatch(/^9\d% of answer points$/);
    });
  });

  it('says a typed /result with an unfinished quiz is not ready yet, and links to the next question', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await answerByMouse(page, 'project', 0, 3);
      await page.goto('/result');
      await page.getByRole('heading', { level: 1, name: 'Your result is not ready yet' }).waitFor();
      await page.getByText(/your result is ready once every question is answered/i).waitFor();
      expect(new URL(page.url()).pathname).toBe('/result');
      await page.getByRole('link', { name: 'Answer the next question' }).click();
      await page.getByRole('progressbar', { name: `Question 4 of ${total}` }).waitFor();
    });
  });
});
