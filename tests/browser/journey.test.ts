// The paths between screens: quick check to the rest, a changed answer, Home and history after them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForApp, withPage } from './harness.ts';
import {
  answerByMouse,
  answerShownQuestion,
  optionalCount,
  skipOptionalQuestions,
  total,
  inEnglish,
} from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** From the start page, takes the quick check toward product, skipping the optional questions; returns how many it asked. */
async function takeQuickCheck(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Take the quick check' }).click();
  for (let step = 1; step <= total; step++) {
    await page.getByRole('progressbar', { name: `Quick check, question ${step}` }).waitFor();
    await answerShownQuestion(page, 'product');
    const optional = page.getByRole('progressbar', { name: /^Optional question 1 of/ });
    await optional.or(page.getByRole('progressbar', { name: `Quick check, question ${step + 1}` })).waitFor();
    if (await optional.isVisible()) {
      await skipOptionalQuestions(page);
      return step;
    }
  }
  throw new Error('The quick check never finished.');
}

const notices = (page: Page) => page.getByRole('status').first().innerText();

describe('one journey from the quick check to the full result', () => {
  it('answers only the open questions, counting down, and opens a result with no stale banner and no "since last time" about itself', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      const asked = await takeQuickCheck(page);
      const toGo = total - asked;
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();

      await page.getByRole('button', { name: `Answer the other ${toGo} questions` }).click();
      // Each open question once, none already answered, the count going down by one each time.
      const seen = new Set<string>();
      let previous = '';
      for (let left = toGo; left > 0; left--) {
        // The screen has moved on once its heading is another question's.
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe(previous);
        if (left > 1) {
          await page
            .getByText(
              left === 2 ? '1 more question after this one' : `${left - 1} more questions after this one`,
            )
            .waitFor();
        }
        const question = await answerShownQuestion(page, 'product');
        expect(seen.has(question.id)).toBe(false);
        seen.add(question.id);
        previous = inEnglish(question.prompt);
      }
      expect(seen.size).toBe(toGo);
      // The optional questions skipped in the quick check are offered once more, then the result.
      await skipOptionalQuestions(page);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await expect.poll(() => page.getByText('Your result', { exact: true }).count()).toBeGreaterThan(0);
      expect(await notices(page)).toBe('');
      await page.getByText('This is your first result in this browser.', { exact: false }).waitFor();

      // One sitting, one past result.
      await page.getByRole('link', { name: 'See all your past results' }).click();
      await page.getByRole('heading', { level: 1, name: /past results/i }).waitFor();
      expect(
        await page
          .getByRole('listitem')
          .filter({ hasText: /Full quiz|Quick check/ })
          .count(),
      ).toBe(1);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('changes one answer from the list and comes back to the result in three taps', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.getByRole('link', { name: 'Change my answers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your answers' }).waitFor();
      const links = page.getByRole('link', { name: /^Change your answer to: / });
      expect(await links.count()).toBeGreaterThan(0);
      expect(await links.count()).toBe(total);
      await links.last().click();
      await page.getByRole('button', { name: 'Back to my result' }).waitFor();
      await page.getByRole('radio', { checked: false }).first().click();
      await page.getByRole('button', { name: 'Back to my result' }).click();
      await page.getByRole('link', { name: 'Change my answers' }).waitFor();
      expect(page.url()).toMatch(/\/result$/);
      expect(await notices(page)).toBe('');
    });
  });

  it('offers the result and the rest on Home after a quick check, never a quick check to resume', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      const asked = await takeQuickCheck(page);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.goto('/');
      await waitForApp(page);
      await page.getByRole('link', { name: 'See my result' }).waitFor();
      expect(await page.getByText('You are taking the quick check').count()).toBe(0);
      expect(await page.getByRole('link', { name: /^Resume/ }).count()).toBe(0);
      await page.getByRole('link', { name: `Answer the other ${total - asked}` }).click();
      await page.getByText(`${total - asked - 1} more questions after this one`).waitFor();
      expect(optionalCount).toBeGreaterThan(0);
    });
  });

  it('explains answer points beside the split, and never says no answer pointed the other way without saying where its share came from', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await takeQuickCheck(page);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.getByText('Middle answers give points to both sides.').waitFor();
      const projectShare = await page
        .getByRole('definition')
        .filter({ hasText: /% of answer points$/ })
        .nth(1)
        .innerText();
      const against = page.getByRole('region', { name: /^What pulled toward Technical Project Manager/ });
      const saysNone = await against.getByText(/^None of your answers pointed toward/).count();
      if (saysNone > 0 && projectShare !== '0% of answer points') {
        await against
          .getByText(`Its ${projectShare.replace(' of answer points', '')} of the answer points comes from`, {
            exact: false,
          })
          .waitFor();
      }
    });
  });

  it('deletes a past result with one tap and brings it back with Undo', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      // A second sitting, so the first is a past result of its own.
      await page.getByRole('button', { name: 'Retake the quiz' }).click();
      await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
      await answerByMouse(page, 'project');
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      await page.goto('/history');
      const deletes = page.getByRole('button', { name: /^Delete the result from / });
      await deletes.first().waitFor();
      const before = await deletes.count();
      await deletes.last().click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await deletes.count()).toBe(before - 1);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => deletes.count()).toBe(before);
    });
  });

  it('goes on from an unanswered optional question with Enter', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await answerByMouse(page, 'product', 0, total);
      // answerByMouse skipped the optional questions; open the first again and go on with Enter alone.
      await page.goto(`/quiz/${total + 1}`);
      await page.getByRole('progressbar', { name: `Optional question 1 of ${optionalCount}` }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('progressbar', { name: `Optional question 2 of ${optionalCount}` }).waitFor();
    });
  });
});
