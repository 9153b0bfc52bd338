import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './harness.ts';
import { answerByMouse, optionalCount, total } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('offline, after one visit', () => {
  it('serves the quiz, the result, share links and the roles and method pages with the network off', async () => {
    await withPage(browser, { path: '/' }, async ({ context, page, consoleErrors }) => {
      // The service worker installs and precaches the whole app during the first visit.
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      await context.setOffline(true);

      await page.reload();
      expect(await page.evaluate<boolean>('navigator.serviceWorker.controller !== null')).toBe(true);
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();

      const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
      await page.goto('/roles');
      await page.getByRole('heading', { level: 1, name: 'Compare the roles' }).waitFor();
      await page.goto('/method');
      await page.getByRole('heading', { level: 1, name: 'How it works' }).waitFor();
      await page.goto(link);
      await page.getByText('A shared result').waitFor();
      // A route that was never visited, loaded cold from the cache.
      await page.goto(`/quiz/${total + optionalCount}`);
      await page
        .getByRole('progressbar', { name: `Optional question ${optionalCount} of ${optionalCount}` })
        .waitFor();
      expect(consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    });
  });
});
