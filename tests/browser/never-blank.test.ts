// A page must never go blank because one file failed to arrive: the app's own file, a file it imports, a
// screen's file or its stylesheet. Each is failed once on every route the shell serves, and the page must
// still show its screen; a file that fails every time ends in a plain message with a reload link. The
// shell's HTML says the same when the entry itself never runs. Saved answers are never touched.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openPage, readStorage, waitForApp, withPage } from './harness.ts';
import { answerByMouse, total } from './quiz-driver.ts';

let browser: Browser;
/** What a person who finished the quiz once has in localStorage. */
let saved: Record<string, string>;
let shareCode: string;
let attemptId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await withPage(
    browser,
    {
      path: '/quiz/1',
      contextOptions: { serviceWorkers: 'block' },
    },
    async ({ page }) => {
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
      shareCode = link.slice(link.indexOf('#') + 1);
      saved = await readStorage(page);
      const history = JSON.parse(saved['which-tpm:history'] ?? '{}') as {
        state?: { attempts?: { id: string }[] };
      };
      attemptId = history.state?.attempts?.[0]?.id ?? '';
      expect(attemptId).not.toBe('');
    },
  );
}, 120_000);

afterAll(async () => {
  await browser.close();
});

/** Every route the bare shell serves: each used to be a blank page when the app's file failed once. */
const shellRoutes = [
  { name: 'a question', path: () => '/quiz/1' },
  { name: 'a later question', path: () => '/quiz/5' },
  { name: 'the quick check', path: () => '/quick/1' },
  { name: 'the result', path: () => '/result' },
  { name: 'the path into a role', path: () => '/path/product' },
  { name: 'past results', path: () => '/history' },
  { name: 'one past result', path: () => `/history/${attemptId}` },
  { name: 'a comparison', path: () => `/compare#${shareCode}` },
  { name: 'a shared result', path: () => `/shared#${shareCode}` },
  { name: 'the not-found page', path: () => '/nowhere' },
];

const prerenderedRoutes = [
  { name: 'the start page', path: () => '/' },
  { name: 'the roles', path: () => '/roles' },
  { name: 'the method', path: () => '/method' },
];

/** The app's own file, loaded by the entry; its name starts with the module's. */
const appFile = /\/assets\/main-[\w-]+\.js$/;
/** The entry, the one script the page's HTML names. */
const entryFile = /\/assets\/index-[\w-]+\.js$/;

/** A context holding the saved answers; no service worker, so every request reaches the routes below. */
async function savedContext(): Promise<BrowserContext> {
  const { context } = await openPage(browser, {
    contextOptions: {
      serviceWorkers: 'block',
      storageState: {
        cookies: [],
        origins: [
          {
            origin: inject('baseUrl'),
            localStorage: Object.entries(saved).map(([name, value]) => ({ name, value })),
          },
        ],
      },
    },
  });
  return context;
}

interface FailingPage {
  page: Page;
  /** Uncaught errors in the page. */
  uncaught: string[];
  /** The files failed so far, by path. */
  failed: string[];
}

/** A new page whose requests for files matching `pattern` fail: the first `times` of them (all, by default). */
async function pageFailing(context: BrowserContext, pattern: RegExp, times = Infinity): Promise<FailingPage> {
  const page = await context.newPage();
  const uncaught: string[] = [];
  const failed: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.route(
    (url) => pattern.test(url.pathname),
    async (route) => {
      if (failed.length < times) {
        failed.push(new URL(route.request().url()).pathname);
        await route.abort('failed');
      } else {
        await route.fallback();
      }
    },
  );
  return { page, uncaught, failed };
}

/** The page's main heading once the app has started. */
async function mainHeading(page: Page): Promise<string> {
  await waitForApp(page);
  return page.getByRole('heading', { level: 1 }).first().innerText();
}

/** Whether every stylesheet the page links has loaded: a stylesheet that failed leaves a screen unstyled. */
function stylesheetsLoaded(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(
    "[...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet !== null)",
  );
}

/** The scripts and stylesheets a route loads after its HTML: the app, its imports and the screen's files. */
async function lazyFiles(
  context: BrowserContext,
  path: string,
): Promise<{ files: string[]; heading: string }> {
  const page = await context.newPage();
  const files: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\/assets\/.+\.(js|css)$/.test(pathname) && !/\/assets\/index-/.test(pathname)) files.push(pathname);
  });
  await page.goto(path);
  const heading = await mainHeading(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return { files: [...new Set(files)], heading };
}

/** How many pages the test of one route runs side by side. */
const pagesAtOnce = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a route the shell serves', { timeout: 180_000 }, () => {
  it.each(shellRoutes)('$name: shows its screen when any file it loads fails once', async (route) => {
    const context = await savedContext();
    try {
      const { files, heading } = await lazyFiles(context, route.path());
      expect(files.some((file) => appFile.test(file))).toBe(true);
      const failOnce = async (file: string) => {
        const { page, uncaught, failed } = await pageFailing(context, new RegExp(`${escape(file)}$`), 1);
        await page.goto(route.path());
        expect(await mainHeading(page), `with ${file} failed once`).toBe(heading);
        expect(failed, `${file} was requested`).toEqual([file]);
        expect(await stylesheetsLoaded(page), `stylesheets with ${file} failed once`).toBe(true);
        expect(uncaught, `with ${file} failed once`).toEqual([]);
        expect(await readStorage(page)).toEqual(saved);
        await page.close();
      };
      // A few pages at a time: each has its own files to fail, and none of them writes storage.
      for (let start = 0; start < files.length; start += pagesAtOnce) {
        await Promise.all(files.slice(start, start + pagesAtOnce).map((file) => failOnce(file)));
      }
    } finally {
      await context.close();
    }
  });

  it.each(shellRoutes)(
    '$name: says plainly the page could not start when the app never arrives, and reloading brings it',
    async (route) => {
      const context = await savedContext();
      try {
        const { page, failed } = await pageFailing(context, appFile);
        await page.goto(route.path());
        // Tried, tried again, then the page reloaded once and tried twice more: no endless reloading.
        await expect.poll(() => failed.length, { timeout: 15_000 }).toBe(4);
        await page.getByRole('heading', { level: 1, name: 'This page could not start' }).waitFor();
        await page.getByText(/your answers are safe in this browser/i).waitFor();
        await page.waitForTimeout(1000);
        expect(failed.length).toBe(4);
        expect(await readStorage(page)).toEqual(saved);

        await page.unrouteAll();
        await page.getByRole('link', { name: 'Reload the page' }).click();
        await waitForApp(page);
        expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(route.path());
        expect(await page.getByRole('heading', { name: 'This page could not start' }).count()).toBe(0);
        expect(await readStorage(page)).toEqual(saved);
      } finally {
        await context.close();
      }
    },
  );

  it.each(shellRoutes)(
    '$name: shows the shell’s own message with a working reload link when the entry never runs',
    async (route) => {
      const context = await savedContext();
      try {
        const { page } = await pageFailing(context, entryFile);
        await page.goto(route.path());
        const heading = page.getByRole('heading', { level: 1, name: 'This page could not start' });
        await heading.waitFor({ state: 'visible' });
        await page.unrouteAll();
        await page.getByRole('link', { name: 'Reload the page' }).click();
        await waitForApp(page);
        expect(await heading.count()).toBe(0);
        expect(await readStorage(page)).toEqual(saved);
      } finally {
        await context.close();
      }
    },
  );
});

describe('a prerendered page', { timeout: 120_000 }, () => {
  it.each(prerenderedRoutes)('$name: stays whole and usable when the app never arrives', async (route) => {
    const context = await savedContext();
    try {
      const { page } = await pageFailing(context, appFile);
      await page.goto(route.path());
      const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
      // Long enough for the retry and the reload to have happened.
      await page.waitForTimeout(2500);
      expect(await page.getByRole('heading', { level: 1 }).first().innerText()).toBe(heading);
      expect(await page.getByRole('heading', { name: 'This page could not start' }).count()).toBe(0);
      expect(await page.getByRole('link').count()).toBeGreaterThan(3);
      expect(await readStorage(page)).toEqual(saved);
    } finally {
      await context.close();
    }
  });
});

// A notice's words come with the first notice, in a file of their own. Damaged saved answers give one.
describe('a notice', { timeout: 120_000 }, () => {
  const noticeWordsFile = /\/assets\/notices-[\w-]+\.js$/;
  const damagedAnswers = { 'which-tpm:quiz': 'damaged' };

  /** A page whose saved answers are damaged, and whose notice words fail the first `times` times. */
  async function damagedPage(times: number) {
    const { context } = await openPage(browser, {
      contextOptions: {
        serviceWorkers: 'block',
        storageState: {
          cookies: [],
          origins: [
            {
              origin: inject('baseUrl'),
              localStorage: Object.entries(damagedAnswers).map(([name, value]) => ({ name, value })),
            },
          ],
        },
      },
    });
    return { context, ...(await pageFailing(context, noticeWordsFile, times)) };
  }

  it('shows its words when their file fails once', async () => {
    const { context, page, uncaught, failed } = await damagedPage(1);
    try {
      await page.goto('/quiz/1');
      await page.getByText(/your saved answers could not be read/i).waitFor();
      expect(failed).toHaveLength(1);
      expect(uncaught).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says plainly its words could not load, without a reload, and shows them when asked again', async () => {
    const { context, page, uncaught, failed } = await damagedPage(Infinity);
    let loads = 0;
    page.on('load', () => (loads += 1));
    try {
      await page.goto('/quiz/1');
      const questionHeading = await mainHeading(page);
      await page
        .getByText('A message for you could not load. Check your connection, then try again.')
        .waitFor();
      expect(failed).toHaveLength(2);
      expect(loads).toBe(1);
      expect(await mainHeading(page)).toBe(questionHeading);
      expect(uncaught).toEqual([]);

      await page.unrouteAll();
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByText(/your saved answers could not be read/i).waitFor();
      expect(await page.getByText('A message for you could not load', { exact: false }).count()).toBe(0);
      expect(failed).toHaveLength(2);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript turned off', () => {
  it.each(shellRoutes)('$name: says the page could not start, with a link to reload it', async (route) => {
    await withPage(
      browser,
      {
        contextOptions: { javaScriptEnabled: false },
      },
      async ({ page }) => {
        await page.goto(route.path());
        // At once: no wait for an app that cannot come.
        expect(
          await page.getByRole('heading', { level: 1, name: 'This page could not start' }).isVisible(),
        ).toBe(true);
        expect(await page.getByRole('link', { name: 'Reload the page' }).getAttribute('href')).toBe('');
      },
    );
  });
});
