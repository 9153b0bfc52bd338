import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, readStorage, withPage, writeStorage } from './harness.ts';
import { finishMixedQuiz, total } from './quiz-driver.ts';

const phone = { width: 390, height: 844 };
/** What a phone reports: a touch screen with no hover, so CSS sees `(hover: none) and (pointer: coarse)`. */
const touchPhone = { hasTouch: true, isMobile: true } as const;

let browser: Browser;
/** The saved storage of a finished run that leans product with some answers the other way. */
let savedQuiz: Record<string, string> = {};
/** That result's share link, as the page shows it. */
let shareLink = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const { context, page } = await openPage(browser, { path: '/quiz/1' });
  shareLink = await finishMixedQuiz(page);
  savedQuiz = await readStorage(page);
  await context.close();
});
afterAll(async () => {
  await browser.close();
});

describe('on a phone during the quiz', () => {
  it('hides the site navigation on full-quiz and quick-check questions, and leaves by a link to the start page with the answers kept', async () => {
    await withPage(
      browser,
      {
        viewport: phone,
        path: '/quiz/1',
        contextOptions: touchPhone,
      },
      async ({ page, consoleErrors }) => {
        await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
        await page.getByRole('radio').first().click();

        const leave = page.getByRole('link', { name: /^Leave the quiz/ });
        // One line: the way out sits beside the site's name, above the question.
        const header = await page.getByRole('banner').boundingBox();
        expect(header?.height).toBeLessThan(60);
        await leave.click();
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/');
        await page.getByRole('link', { name: /^Resume/ }).waitFor();

        await page.goto('/quick/1');
        await page.getByRole('progressbar', { name: 'Quick check, question 1' }).waitFor();
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
        expect(await page.getByRole('link', { name: /^Leave the quiz/ }).count()).toBe(1);
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('shows no digit-key hint or badges on a touch screen', async () => {
    await withPage(
      browser,
      {
        viewport: phone,
        path: '/quiz/1',
        contextOptions: touchPhone,
      },
      async ({ page }) => {
        await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
        expect(await page.getByText(/^Keys 1–\d pick an answer\.$/).isVisible()).toBe(false);
        expect(await page.locator('.shortcut').first().isVisible()).toBe(false);
        // Nothing reserves room for a three-line prompt: the hint follows the prompt's last line.
        const prompt = await page.getByRole('heading', { level: 1 }).boundingBox();
        const hint = await page.locator('.hint').boundingBox();
        expect((hint?.y ?? 0) - ((prompt?.y ?? 0) + (prompt?.height ?? 0))).toBeLessThan(24);
      },
    );
  });

  it('keeps the digit-key hint and badges where there is a keyboard and a mouse', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
      await page.getByRole('progressbar', { name: `Question 1 of ${total}` }).waitFor();
      expect(await page.getByText(/^Keys 1–\d pick an answer\.$/).isVisible()).toBe(true);
      expect(await page.locator('.shortcut').first().isVisible()).toBe(true);
    });
  });
});

/** The pages that show the site navigation: the start page, and one per link, where that link is bold. */
const navPages = ['/', '/roles', '/method', '/history'];
const navLinks = ['Compare the roles', 'How it works', 'Past results'];

/** The site's name and the main links, each as its box on screen, once the navigation is there. */
async function headerBoxes(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.waitFor();
  const links = [
    page.getByRole('banner').getByRole('link', { name: 'Which TPM?', exact: true }),
    ...navLinks.map((name) => nav.getByRole('link', { name, exact: true })),
  ];
  return Promise.all(
    links.map(async (link) => {
      const box = await link.boundingBox();
      if (!box) throw new Error(`${(await link.textContent()) ?? 'A link'} is not on the page.`);
      return box;
    }),
  );
}

/** How many lines the boxes take: one that starts below the bottom of the line so far starts a new one. */
function linesOf(boxes: readonly { y: number; height: number }[]): number {
  let lines = 0;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of [...boxes].sort((first, second) => first.y - second.y)) {
    // A pixel of overlap is rounding, not a shared line.
    if (box.y >= bottom - 1) {
      lines++;
      bottom = box.y + box.height;
    } else {
      bottom = Math.max(bottom, box.y + box.height);
    }
  }
  return lines;
}

describe('the site header on a phone', () => {
  it('takes two lines at most on a 390 px screen, with every link at least 24 px high', async () => {
    await withPage(
      browser,
      {
        viewport: phone,
        contextOptions: touchPhone,
      },
      async ({ page, consoleErrors }) => {
        for (const path of navPages) {
          await page.goto(path);
          const boxes = await headerBoxes(page);
          expect(linesOf(boxes), `the header on ${path}`).toBeLessThanOrEqual(2);
          for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(24);
        }
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('scrolls only down on a 320 px screen, with the whole navigation on it', async () => {
    await withPage(
      browser,
      {
        viewport: { width: 320, height: 700 },
        contextOptions: touchPhone,
      },
      async ({ page }) => {
        for (const path of navPages) {
          await page.goto(path);
          for (const box of await headerBoxes(page)) expect(box.x + box.width, path).toBeLessThanOrEqual(320);
          const widths = await page.evaluate<{ scroll: number; client: number }>(
            '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
          );
          expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
        }
      },
    );
  });
});

describe('the printed result', () => {
  it('fits on two A4 pages, with the date and the share link, and none of the screen-only panels', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await writeStorage(page, savedQuiz);
      await page.goto('/result');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('region', { name: 'What would change your result' }).waitFor();

      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);

      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('main').innerText();
      // In the page's language (its lang), not the browser's.
      const today = await page.evaluate<string>(
        "new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(new Date())",
      );
      expect(printed).toContain(`Printed from Which TPM? on ${today}.`);
      expect(printed.replace(/\s+/g, '')).toContain(shareLink);
      for (const screenOnly of [
        'Since last time',
        'See all your past results',
        'Your path',
        'Print or save as PDF',
      ]) {
        expect(printed).not.toContain(screenOnly);
      }
      // Paper cannot follow a link, so it gives the path page's address.
      const origin = new URL(page.url()).origin;
      expect(printed.replace(/\s+/g, '')).toMatch(
        new RegExp(
          `Thepathintoeachrole,fromthejobyouhavenow:${origin.replace(/[.:/]/g, '\\$&')}/path/(product|project)`,
        ),
      );
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    });
  });
});

describe('/method on a 320 px screen', () => {
  it('scrolls only down, and breaks no table header inside a word', async () => {
    await withPage(
      browser,
      {
        viewport: { width: 320, height: 700 },
        path: '/method',
      },
      async ({ page }) => {
        await page.getByRole('heading', { level: 1, name: 'How it works' }).waitFor();
        const widths = await page.evaluate<{ scroll: number; client: number }>(
          '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
        );
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
        // A header broken inside a word spans more than one line of its text.
        await page.getByRole('table', { name: 'Weight by kind of question' }).waitFor();
        const headerLines = await page.evaluate<[string, number][]>(
          `[...document.querySelectorAll('main table thead th')].map((header) => {
          const range = document.createRange();
          range.selectNodeContents(header);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          return [header.textContent, tops.size];
        })`,
        );
        expect(headerLines.length).toBeGreaterThan(1);
        expect(headerLines).toEqual(headerLines.map(([text]) => [text, 1]));
      },
    );
  });
});
