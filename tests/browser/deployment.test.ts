// A screen that loads on demand used to fail with a technical error after a
// new deployment removed its file, or offline on a first visit.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './harness.ts';
import { answerByMouse, total } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Errors a missing file or a dropped connection rightly logs; anything else is a bug. */
function unexpected(errors: readonly string[]): string[] {
  return errors.filter(
    (error) => !/404|ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to load resource/.test(error),
  );
}

describe('a screen that loads on demand', { timeout: 180_000 }, () => {
  it('whose file is gone after a deployment ends with a plain message and a button that works', async () => {
    // No service worker: the requests must reach the server, where the new deployment has no such file.
    await withPage(
      browser,
      {
        path: '/quiz/1',
        contextOptions: { serviceWorkers: 'block' },
      },
      async ({ page, consoleErrors }) => {
        await answerByMouse(page, 'product', 0, total - 1);
        const gone = '**/assets/result-screen-*.js';
        await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
        await answerByMouse(page, 'product', total - 1, total);

        await page.getByRole('heading', { level: 1, name: 'This page could not load' }).waitFor();
        await page.getByText(/a new version of which tpm\? may be ready/i).waitFor();
        expect(await page.getByText(/something went wrong|dynamically imported module/i).count()).toBe(0);

        // The new version is in place: the button brings the result, from the answers kept.
        await page.unroute(gone);
        await page.getByRole('button', { name: 'Load the page again' }).click();
        await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
        expect(unexpected(consoleErrors)).toEqual([]);
      },
    );
  });

  it('on a first visit that goes offline still shows the result', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ context, page, consoleErrors }) => {
      // The service worker installs during this first visit and takes charge of the page.
      await page.evaluate(`navigator.serviceWorker.ready.then(() => new Promise((resolve) => {
        if (navigator.serviceWorker.controller) resolve(true);
        else navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
      }))`);
      await context.setOffline(true);
      await answerByMouse(page, 'project', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      expect(await page.getByText(/something went wrong|could not load/i).count()).toBe(0);
      expect(unexpected(consoleErrors)).toEqual([]);
    });
  });
});
