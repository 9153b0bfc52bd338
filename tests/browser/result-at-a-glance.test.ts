import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAxe,
  formatViolations,
  launchBrowser,
  openPage,
  withPage,
  readStorage,
  writeStorage,
} from './harness.ts';
import { finishMixedQuiz } from './quiz-driver.ts';

const phone = { width: 390, height: 844 };

let browser: Browser;
/** The share link of a finished quiz that leans product with some answers the other way. */
let shareLinkPath = '';
/** The saved storage of that run, to open the same result in a fresh page without answering again. */
let savedQuiz: Record<string, string> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  const { context, page } = await openPage(browser, { path: '/quiz/1' });
  shareLinkPath = (await finishMixedQuiz(page)).replace(/^https?:\/\/[^/]+/, '');
  savedQuiz = await readStorage(page);
  await context.close();
});
afterAll(async () => {
  await browser.close();
});

/** A phone-sized page showing the person's own result, restored from the run above. */
async function openOwnResult(colorScheme: 'light' | 'dark' = 'light') {
  const opened = await openPage(browser, { viewport: phone, path: '/', contextOptions: { colorScheme } });
  await writeStorage(opened.page, savedQuiz);
  await opened.page.goto('/result');
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

/** The top and bottom of an element in CSS pixels from the top of the page, with the page not scrolled. */
async function extent(page: Page, locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not on the page.');
  const scrolled = await page.evaluate<number>('window.scrollY');
  return { top: box.y + scrolled, bottom: box.y + scrolled + box.height };
}

/** The reasons section: "Why …" for a lean, "What tilts it toward …" for a close call. */
const reasons = (page: Page) => page.getByRole('region', { name: /^(Why|What tilts it toward) Technical/ });

describe('the result at a glance, on a 390 × 844 phone', () => {
  it('shows the verdict, both roles with their interest, and the first reason without scrolling', async () => {
    const { context, page, consoleErrors } = await openOwnResult();
    try {
      await page.evaluate('window.scrollTo(0, 0)');
      const fold = phone.height;
      const heading = page.getByRole('heading', { level: 1 });
      expect((await extent(page, heading)).bottom).toBeLessThanOrEqual(fold);
      const shares = page.getByRole('definition').filter({ hasText: /^\d+% of answer points$/ });
      const interests = page.getByRole('definition').filter({ hasText: /^Interest: / });
      expect(await shares.count()).toBe(2);
      expect(await interests.count()).toBe(2);
      for (const figure of [...(await shares.all()), ...(await interests.all())]) {
        expect((await extent(page, figure)).bottom).toBeLessThanOrEqual(fold);
      }
      const firstReason = reasons(page).getByRole('listitem').first();
      expect((await extent(page, firstReason)).top + 24).toBeLessThanOrEqual(fold);

      const actions = page.getByRole('region', { name: 'Keep, share or change your result' });
      const themes = page.getByRole('region', { name: 'Your answers, theme by theme' });
      expect((await extent(page, actions)).top).toBeGreaterThan(fold);
      expect((await extent(page, actions)).top).toBeGreaterThan((await extent(page, themes)).bottom);
      expect((await extent(page, actions)).top).toBeGreaterThan((await extent(page, reasons(page))).bottom);
      await themes.getByRole('table', { name: /each of the \d+ themes/ }).waitFor({ state: 'attached' });

      // The actions and the path are one tap away from the first screen.
      const onwards = page.getByRole('navigation', { name: 'On this result' });
      expect((await extent(page, onwards)).bottom).toBeLessThanOrEqual(fold);
      await onwards.getByRole('link', { name: /^(Your|The) path into Technical Product Manager$/ }).waitFor();
      await onwards.getByRole('button', { name: 'Keep, share or change your result' }).click();
      await expect
        .poll(() => page.evaluate('document.activeElement?.textContent'))
        .toBe('Keep, share or change your result');
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('takes at most six phone screens to the end of what would change it, with the path on its own page', async () => {
    const { context, page } = await openOwnResult();
    try {
      const flip = page.getByRole('region', { name: 'What would change your result' });
      await flip.waitFor();
      const screens = (await extent(page, flip)).bottom / phone.height;
      expect(screens).toBeLessThanOrEqual(6);
      // The page's length is its length: nothing is laid out later to make the End key land mid-page.
      const before = await page.evaluate<number>('document.documentElement.scrollHeight');
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      expect(await page.evaluate<number>('document.documentElement.scrollHeight')).toBe(before);
      expect(await page.getByRole('heading', { name: 'A typical week' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('labels both ends of every theme bar on a phone and on paper', async () => {
    const { context, page } = await openOwnResult();
    try {
      const chart = page.locator('.dimension-chart');
      const bars = await chart.locator('.bar').count();
      expect(bars).toBeGreaterThanOrEqual(8);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        for (const end of ['Project', 'Product']) {
          const labels = chart.locator('.bar-end', { hasText: end });
          expect(await labels.count(), `${end} on ${media}`).toBe(bars);
          for (const label of await labels.all())
            expect(await label.isVisible(), `${end} on ${media}`).toBe(true);
        }
      }
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations in %s, on the result and on either role’s path',
    async (colorScheme) => {
      const { context, page } = await openOwnResult(colorScheme);
      try {
        expect(formatViolations(await checkAxe(page))).toBe('No accessibility violations.');
        await page.getByRole('link', { name: /^(Your|The) path into Technical Product Manager$/ }).click();
        await page
          .getByRole('heading', { level: 1, name: 'The path into Technical Product Manager' })
          .waitFor();
        await page.getByText('Your path', { exact: true }).waitFor();
        expect(formatViolations(await checkAxe(page))).toBe('No accessibility violations.');
        await page.getByRole('link', { name: 'The path into Technical Project Manager' }).click();
        await page
          .getByRole('heading', { level: 1, name: 'The path into Technical Project Manager' })
          .waitFor();
        expect(formatViolations(await checkAxe(page))).toBe('No accessibility violations.');
        await page.getByRole('link', { name: 'Back to my result' }).click();
        await page.getByRole('navigation', { name: 'On this result' }).waitFor();
      } finally {
        await context.close();
      }
    },
  );
});

describe('a shared result', () => {
  it('speaks about them, never about you', async () => {
    await withPage(
      browser,
      {
        viewport: phone,
        path: shareLinkPath,
      },
      async ({ page, consoleErrors }) => {
        await page.getByText('A shared result').waitFor();
        const explanation = [
          page.locator('article header'),
          reasons(page),
          page.getByRole('region', { name: 'Their answers, theme by theme' }),
          page.getByRole('region', { name: /^What pulled toward Technical/ }),
        ];
        for (const part of explanation) {
          // Quoted questions are what they were asked, word for word; everything else speaks about them.
          let text = await part.innerText();
          for (const quote of await part.locator('q').allInnerTexts()) text = text.replace(quote, '');
          expect(text).not.toMatch(/\byou(r|rs|rself)?\b/i);
        }
        expect(await reasons(page).innerText()).toMatch(/They answered/);
        expect(formatViolations(await checkAxe(page))).toBe('No accessibility violations.');
        // Their role's path is the same for anyone, so it is one link away; it follows no one's answers.
        await page.getByRole('link', { name: 'The path into Technical Product Manager' }).click();
        await page.getByText('A path into the role', { exact: true }).waitFor();
        expect(await page.getByRole('link', { name: 'Back to my result' }).count()).toBe(0);
        expect(consoleErrors).toEqual([]);
      },
    );
  });
});

describe('the result card', () => {
  it('downloads as a 1200 × 630 PNG made in the browser', async () => {
    const { context, page, consoleErrors, foreignRequests } = await openOwnResult();
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the card image' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('which-tpm-result.png');
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // The IHDR chunk follows the signature: width and height as 32-bit big-endian numbers.
      expect(bytes.readUInt32BE(16)).toBe(1200);
      expect(bytes.readUInt32BE(20)).toBe(630);
      expect(bytes.length).toBeGreaterThan(10_000);
      expect(bytes.length).toBeLessThan(1_000_000);
      await page.getByText('The card image is saved to your downloads.').waitFor();
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
