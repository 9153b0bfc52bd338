// Two open tabs used to overwrite each other's answers and past results, and a start-over or a
// deletion in one tab silently changed what the other showed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './harness.ts';
import {
  answerByMouse,
  questionAt,
  skipOptionalQuestions,
  strongestIndex,
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

interface StoredQuiz {
  state: { answers: Record<string, string> };
}

async function storedAnswers(page: Page): Promise<Record<string, string>> {
  const raw = await page.evaluate<string | null>("localStorage.getItem('which-tpm:quiz')");
  return (JSON.parse(raw ?? '{"state":{"answers":{}}}') as StoredQuiz).state.answers;
}

// Chromium throttles a page that is not in front, so each test brings forward the tab it acts in.

/** Picks the option leaning furthest toward project on question `index` (0-based), without going on. */
async function pickProject(page: Page, index: number): Promise<string> {
  const question = questionAt(index);
  const option = question.options[strongestIndex(question, 'project')];
  await page.getByRole('radio', { name: inEnglish(option?.label), exact: true }).click();
  return option?.id ?? '';
}

// Two pages on a shared two-core machine: a whole quiz in each takes a while.
describe('two tabs', { timeout: 180_000 }, () => {
  it('answering different questions, then reloading, keep every answer', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ context, page: tabA, consoleErrors }) => {
      await answerByMouse(tabA, 'product', 0, 5);
      const tabB = await context.newPage();
      await tabB.goto('/quiz/3');
      await tabB.getByRole('progressbar', { name: `Question 3 of ${total}` }).waitFor();
      await tabA.bringToFront();
      await answerByMouse(tabA, 'product', 5, 10);
      await tabB.bringToFront();
      const changed = await pickProject(tabB, 2);
      await tabB.getByRole('button', { name: 'Next' }).click();
      // Next goes on to the first open question, which takes tab A's answers to 6-10 into account.
      await tabB.getByRole('progressbar', { name: `Question 11 of ${total}` }).waitFor();

      for (const tab of [tabA, tabB]) {
        await tab.reload();
        await tab.goto('/');
        await tab.getByText(`You have answered 10 of ${total} questions.`).waitFor();
      }
      const answers = await storedAnswers(tabA);
      expect(Object.keys(answers)).toHaveLength(10);
      expect(answers[questionAt(2).id]).toBe(changed);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('that both started empty keep the first tab’s ten answers when the second answers one', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ context, page: tabA }) => {
      const tabB = await context.newPage();
      await tabB.goto('/quiz/1');
      await tabB.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      await tabA.bringToFront();
      await answerByMouse(tabA, 'product', 0, 10);
      await tabB.bringToFront();
      const changed = await pickProject(tabB, 0);
      await expect.poll(() => storedAnswers(tabB)).toMatchObject({ [questionAt(0).id]: changed });
      expect(Object.keys(await storedAnswers(tabB))).toHaveLength(10);
    });
  });

  it('that each finish the same sitting keep one past result, the newest, in both', async () => {
    await withPage(browser, { path: '/' }, async ({ context, page: tabA, consoleErrors }) => {
      // Every answer but the last scored one from an earlier visit, then both tabs open at that question.
      const earlier = Object.fromEntries(
        Array.from({ length: total - 1 }, (_, index) => {
          const question = questionAt(index);
          return [question.id, question.options[strongestIndex(question, 'product')]?.id ?? ''];
        }),
      );
      await tabA.evaluate(
        `localStorage.setItem('which-tpm:quiz', ${JSON.stringify(JSON.stringify({ state: { answers: earlier, updatedAt: 1 }, version: 1 }))})`,
      );
      await tabA.goto(`/quiz/${total}`);
      const tabB = await context.newPage();
      await tabB.goto(`/quiz/${total}`);
      for (const tab of [tabA, tabB]) {
        await tab.getByRole('progressbar', { name: `Question ${total} of ${total}` }).waitFor();
      }
      // Tab A looks at its (empty) past results while tab B finishes, then comes back to finish too.
      // The site navigation is hidden during the quiz, so tab A goes by address.
      await tabA.goto('/history');
      await tabA.getByText(/no finished results yet/i).waitFor();

      await pickProject(tabB, total - 1);
      await tabB.getByRole('button', { name: 'Next' }).click();
      await skipOptionalQuestions(tabB);
      await tabB.getByRole('region', { name: 'Since last time' }).waitFor();
      await tabA.goBack();
      await tabA.getByRole('progressbar', { name: `Question ${total} of ${total}` }).waitFor();
      const last = questionAt(total - 1);
      const product = last.options[strongestIndex(last, 'product')];
      await tabA.getByRole('radio', { name: inEnglish(product?.label), exact: true }).click();
      await tabA.getByRole('button', { name: 'Next' }).click();
      await skipOptionalQuestions(tabA);
      await tabA.getByRole('region', { name: 'Since last time' }).waitFor();

      // Both tabs answer one quiz: tab A's finish changed tab B's last answer in the same sitting, so it
      // takes the place of tab B's result (docs/decisions/018-one-journey.md) rather than adding to it.
      for (const tab of [tabA, tabB]) {
        await tab.goto('/history');
        const rows = tab.getByRole('list', { name: 'Past results' }).getByRole('listitem');
        await rows.first().waitFor();
        expect(await rows.count()).toBe(1);
        expect(await rows.first().textContent()).toMatch(/100% product, 0% project\./);
      }
      expect(consoleErrors).toEqual([]);
    });
  });

  it('say so in the other tab when one starts over, and show it at question 1', async () => {
    await withPage(browser, { path: '/' }, async ({ context, page: tabA, consoleErrors }) => {
      const earlier = Object.fromEntries(
        Array.from({ length: 9 }, (_, index) => {
          const question = questionAt(index);
          return [question.id, question.options[strongestIndex(question, 'product')]?.id ?? ''];
        }),
      );
      await tabA.evaluate(
        `localStorage.setItem('which-tpm:quiz', ${JSON.stringify(JSON.stringify({ state: { answers: earlier, updatedAt: 1 }, version: 1 }))})`,
      );
      const tabB = await context.newPage();
      await tabB.goto('/quiz/10');
      await tabB.getByRole('progressbar', { name: `Question 10 of ${total}` }).waitFor();

      await tabA.bringToFront();
      await tabA.goto('/');
      await tabA.getByRole('button', { name: 'Start over' }).click();
      await tabA.getByRole('button', { name: 'Yes, clear my answers' }).click();
      await tabA.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();

      await tabB.bringToFront();
      await tabB
        .getByText(
          'You started over in another tab. Your earlier answers are gone from this browser, so the quiz begins again at question 1.',
        )
        .waitFor();
      await tabB.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      expect(await tabA.getByText(/you started over in another tab/i).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('say so in the other tab when one deletes a past result', async () => {
    await withPage(browser, { path: '/' }, async ({ context, page: tabA, consoleErrors }) => {
      const first = questionAt(0);
      const attempts = [1, 2, 3].map((day) => ({
        id: `attempt-${day}`,
        finishedAt: Date.UTC(2025, 1, day),
        mode: 'quick',
        answers: { [first.id]: first.options[day % 2]?.id ?? '' },
        bankVersion: 1,
      }));
      await tabA.evaluate(
        `localStorage.setItem('which-tpm:history', ${JSON.stringify(JSON.stringify({ state: { attempts }, version: 1 }))})`,
      );
      await tabA.goto('/history');
      const tabB = await context.newPage();
      await tabB.goto('/history');
      const rowsOf = (tab: Page) => tab.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await rowsOf(tabB).nth(2).waitFor();

      await tabA.bringToFront();
      await rowsOf(tabA)
        .first()
        .getByRole('button', { name: /^Delete the result from/ })
        .click();
      await expect.poll(() => rowsOf(tabA).count()).toBe(2);

      await tabB.bringToFront();
      await tabB
        .getByText('You deleted 1 past result in another tab, so it is gone from this list too.')
        .waitFor();
      expect(await rowsOf(tabB).count()).toBe(2);

      await tabA.bringToFront();
      await tabA.getByRole('button', { name: 'Delete all past results' }).click();
      await tabA.getByRole('button', { name: 'Yes, delete past results' }).click();
      await tabB.bringToFront();
      await tabB
        .getByText('You deleted all your past results in another tab, so this list is empty now.')
        .waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });
});
