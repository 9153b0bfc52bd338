// The start page on a first visit runs none of the app: its buttons are links, and the quiz loads as
// a new page. Saved answers, here or from another tab, bring the app in to offer Resume.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedText, questionAt, tabTo, total, inEnglish } from './quiz-driver.ts';
import { launchBrowser, waitForApp, withPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Whether any element on the page belongs to React. */
function runsReact(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    "[...document.querySelectorAll('#root *')].some((element) => Object.keys(element).some((key) => key.startsWith('__react')))",
  );
}

describe('the start page', () => {
  it('shows Start and the quick check on the first screen of a 390 × 844 phone', async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 }, path: '/' }, async ({ page }) => {
      for (const name of ['Start the quiz', 'Take the quick check']) {
        const box = await page.getByRole('link', { name }).boundingBox();
        expect(box, name).not.toBeNull();
        expect((box?.y ?? Infinity) + (box?.height ?? 0), name).toBeLessThanOrEqual(844);
      }
      // The note names the real minimum, never a range the quick check does not keep.
      await page.getByText(/The quick check asks at least \d+ questions/).waitFor();
    });
  });

  it('on a first visit fetches only its entry, and Start opens the quiz', async () => {
    await withPage(
      browser,
      {
        contextOptions: { serviceWorkers: 'block' },
      },
      async ({ page, consoleErrors }) => {
        const scripts: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        });
        await page.goto('/', { waitUntil: 'networkidle' });
        await waitForApp(page);
        expect(scripts.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))).toEqual(['/assets/index.js']);
        expect(await runsReact(page)).toBe(false);

        // A keyboard user lands on the first question's heading, as they would inside the app.
        await tabTo(page, 'Start the quiz');
        await page.keyboard.press('Enter');
        await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
        await expect.poll(() => focusedText(page)).toBe(inEnglish(questionAt(0).prompt));
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('with saved answers loads the app and offers to resume', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await page
        .getByRole('radio', { name: inEnglish(questionAt(0).options[0]?.label), exact: true })
        .click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.goto('/');
      await page.getByText(`You have answered 1 of ${total} questions.`).waitFor();
      await page.getByRole('link', { name: 'Resume' }).click();
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('left open while another tab starts the quiz, turns Start into Resume', async () => {
    await withPage(browser, { path: '/' }, async ({ context, page: startTab, consoleErrors }) => {
      await waitForApp(startTab);
      expect(await runsReact(startTab)).toBe(false);
      const quizTab = await context.newPage();
      await quizTab.goto('/quiz/1');
      await quizTab
        .getByRole('radio', { name: inEnglish(questionAt(0).options[0]?.label), exact: true })
        .click();
      await startTab.bringToFront();
      await startTab.getByRole('link', { name: 'Resume' }).waitFor();
      expect(await startTab.getByRole('link', { name: 'Start the quiz' }).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });
});
