import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextQuestion, questionBank, quickCheckMinimum } from '../../src/engine/index.ts';
import type { Track } from '../../src/engine/index.ts';
import { launchBrowser, openPage, withPage } from './harness.ts';
import {
  answerByMouse,
  answerOptionalQuestions,
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

/** The answers the quick check collects from someone answering every question fully toward `track`. */
function quickAnswers(track: Track): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let id = nextQuestion(answers); id !== null; id = nextQuestion(answers)) {
    const question = questionBank.questions.find((candidate) => candidate.id === id);
    if (question) answers[id] = question.options[strongestIndex(question, track)]?.id ?? '';
  }
  return answers;
}

/** Answers the quick check toward `track` until it shows a result; returns how many it asked. */
async function takeQuickCheck(
  page: Page,
  track: Track,
  optionalAnswers: 'skip' | 'answer' = 'skip',
): Promise<number> {
  for (let step = 1; step <= total; step++) {
    await page.getByRole('progressbar', { name: `Quick check, question ${step}` }).waitFor();
    const prompt = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const question = questionBank.questions.find((candidate) => inEnglish(candidate.prompt) === prompt);
    if (!question) throw new Error(`Unknown question "${prompt}".`);
    const option = question.options[strongestIndex(question, track)];
    await page.getByRole('radio', { name: inEnglish(option?.label), exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    // Once the quick check has enough, the optional questions follow.
    const firstOptional = page.getByRole('progressbar', { name: /^Optional question 1 of/ });
    const next = page.getByRole('progressbar', { name: `Quick check, question ${step + 1}` });
    await firstOptional.or(next).waitFor();
    if (await firstOptional.isVisible()) {
      await (optionalAnswers === 'answer' ? answerOptionalQuestions(page) : skipOptionalQuestions(page));
      return step;
    }
  }
  throw new Error('The quick check never finished.');
}

describe('beyond the full quiz', () => {
  it('takes a quick check from the start page to a result', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await page.getByRole('link', { name: 'Take the quick check' }).click();
      const asked = await takeQuickCheck(page, 'project');
      expect(asked).toBeGreaterThanOrEqual(quickCheckMinimum());
      expect(asked).toBeLessThanOrEqual(total / 2);
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      await page.getByText(`Your quick-check result, from ${asked} answers`).waitFor();
      await page.getByRole('button', { name: `Answer the other ${total - asked} questions` }).click();
      // The full quiz goes on at its first question the quick check did not ask.
      const quick = quickAnswers('project');
      const firstUnasked = questionBank.questions.findIndex((question) => !Object.hasOwn(quick, question.id));
      await page.getByRole('progressbar', { name: `Question ${firstUnasked + 1} of ${total}` }).waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('counts the same answers on the result and in the past results, the optional ones left out', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await page.getByRole('link', { name: 'Take the quick check' }).click();
      const asked = await takeQuickCheck(page, 'project', 'answer');
      await page.getByText(`Your quick-check result, from ${asked} answers`).waitFor();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Past results' })
        .click();
      // The row is the result just finished, so it is marked as the current one after its count.
      await page.getByText(new RegExp(`· Quick check · ${asked} answers · your current result$`)).waitFor();
    });
  });

  it('fills the progress bar to the count its label names: question 36 of 36 is the end', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      const bar = page.getByRole('progressbar', { name: `Question 1 of ${total}` });
      await bar.waitFor();
      expect(await bar.getAttribute('max')).toBe(String(total));
    });
  });

  it('says what the optional questions are for, and keeps the promise: the job named opens its way in', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await answerByMouse(page, 'product', 0, total - 1);
      const last = questionAt(total - 1);
      await page.getByRole('progressbar', { name: `Question ${total} of ${total}` }).waitFor();
      await page
        .getByRole('radio', { name: inEnglish(last.options[strongestIndex(last, 'product')]?.label) })
        .click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(/opens the way in from your job on your path page/).waitFor();
      expect(await page.getByText(/helps you read your result/).count()).toBe(0);
      await page.getByRole('radio', { name: 'Program manager', exact: true }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText(/so a study can check the quiz/).waitFor();
      await page.getByRole('button', { name: 'Skip and see my result' }).click();
      await page.getByRole('link', { name: 'Your path into Technical Product Manager' }).click();
      await page.getByText('From: Program manager').waitFor();
      expect(await page.getByText('(your job now)').isVisible()).toBe(true);
    });
  });

  it('shows, for a close result, the few answers that would put the other role ahead', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await answerByMouse(page, 'product', 0, 16);
      await answerByMouse(page, 'project', 16, total);
      const panel = page.getByRole('region', { name: 'What would change your result' });
      const summary = (await panel.getByText(/^If you had answered/).textContent()) ?? '';
      const flipsTo = /Technical Project Manager would come out ahead/.test(summary)
        ? 'Technical Project Manager'
        : 'Technical Product Manager';
      const before = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      expect(flipsTo).not.toBe(before);
      expect(await panel.getByRole('listitem').count()).toBeGreaterThan(0);
    });
  });

  it('keeps past results and shows how the lean moved after a second attempt', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await answerByMouse(page, 'product', 0, 24);
      await answerByMouse(page, 'project', 24, total);
      await page
        .getByRole('region', { name: 'Since last time' })
        .getByText(/first result/)
        .waitFor();
      await page.getByRole('button', { name: 'Retake the quiz' }).click();
      await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
      await answerByMouse(page, 'product', 0, total);
      await page
        .getByRole('region', { name: 'Since last time' })
        .getByText(/^Since last time, your answers moved toward Technical Product Manager/)
        .waitFor();
      await page.getByRole('link', { name: 'See all your past results' }).click();
      const list = page.getByRole('list', { name: 'Past results' });
      await list.waitFor();
      expect(await list.getByRole('listitem').count()).toBe(2);
      await page
        .getByRole('button', { name: /^Delete the result from/ })
        .first()
        .click();
      expect(await list.getByRole('listitem').count()).toBe(1);
    });
  });

  it('compares the person’s result with someone else’s share link, side by side', async () => {
    const other = await openPage(browser, { path: '/quiz/1' });
    await answerByMouse(other.page, 'project', 0, total);
    const link = await other.page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await other.context.close();

    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await answerByMouse(page, 'product', 0, total);
      await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
      await page.getByRole('link', { name: 'Compare with my result' }).click();
      const overall = page.getByRole('region', { name: 'Overall' });
      await overall.waitFor();
      await overall.getByText(/^A clear lean toward Technical Product Manager\. 100% product/).waitFor();
      await overall.getByText(/^A clear lean toward Technical Project Manager\. 0% product/).waitFor();
      expect(
        await page.getByRole('region', { name: 'Where you differ most' }).getByRole('listitem').count(),
      ).toBe(3);
      expect(consoleErrors).toEqual([]);
    });
  });
});
