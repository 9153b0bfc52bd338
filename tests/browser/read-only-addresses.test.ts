// Opening an address used to change what was saved (the mode, the history).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { launchBrowser, readStorage, withPage } from './harness.ts';
import { answerByMouse, strongestIndex, total, inEnglish } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Answers the quick check's first `count` questions toward product. */
async function answerQuickCheck(page: Page, count: number): Promise<void> {
  for (let step = 1; step <= count; step++) {
    await page.getByRole('progressbar', { name: `Quick check, question ${step}` }).waitFor();
    const prompt = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const question = questionBank.questions.find((candidate) => inEnglish(candidate.prompt) === prompt);
    const option = question?.options[strongestIndex(question, 'product')];
    await page.getByRole('radio', { name: inEnglish(option?.label), exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
}

describe('reading an address', { timeout: 120_000 }, () => {
  it('/quiz/abc during a quick check changes nothing saved', async () => {
    await withPage(browser, { path: '/quick/1' }, async ({ page, consoleErrors }) => {
      await answerQuickCheck(page, 2);
      await page.getByRole('progressbar', { name: 'Quick check, question 3' }).waitFor();
      const before = await readStorage(page);
      await page.goto('/quiz/abc');
      await page.getByRole('heading', { level: 1, name: 'There is no question abc' }).waitFor();
      expect(await readStorage(page)).toEqual(before);
      await page.goto('/');
      await page.getByText('You are taking the quick check: 2 answers so far.').waitFor();
      expect(await readStorage(page)).toEqual(before);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('/quick/5 after a finished full quiz changes nothing saved, and the result stays the full quiz’s', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      const before = await readStorage(page);
      await page.goto('/quick/5');
      await page.getByRole('progressbar', { name: 'Quick check, question 5' }).waitFor();
      expect(await readStorage(page)).toEqual(before);
      await page.goto('/result');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      expect(await page.getByText(/quick-check result/).count()).toBe(0);
      expect(await readStorage(page)).toEqual(before);
      expect(consoleErrors).toEqual([]);
    });
  });
});
