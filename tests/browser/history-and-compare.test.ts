// Issue 9 §3 and §4: retaking leaves no stale notice, a past result opens and compares, and a compare
// link waits for the person to finish their own quiz.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './harness.ts';
import { answerByMouse, questionAt, strongestIndex, total } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('retaking the quiz', () => {
  it('goes to question 1 with nothing answered and no notice, and keeps the first answer given', async () => {
    const { context, page, consoleErrors } = await openPage(browser, { path: '/quiz/1' });
    try {
      await answerByMouse(page, 'product');
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.getByRole('button', { name: 'Retake the quiz' }).click();
      await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
      await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
      // Answer at once, as a quick person does while the page is still settling.
      const first = questionAt(0);
      const label = first.options[strongestIndex(first, 'project')]?.label ?? '';
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
    } finally {
      await context.close();
    }
  });
});
