// What a page really fetches: the JavaScript and CSS Chromium requests for it until the network is
// quiet, counted in exact bytes from dist/ (raw, and gzip as a server sends them).
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { routeInLocale, sourceLocale } from '../../src/lib/locales.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { countBytes } from '../build-size.ts';
import type { ByteCount } from '../build-size.ts';
import { chromiumArgs } from '../find-chromium.ts';
import { sleep } from './figures.ts';

export interface LoadedBytes {
  js: ByteCount;
  css: ByteCount;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Loads `url` in a fresh context (the service worker blocked, or its install would fetch every
 * file) and counts the JavaScript and CSS the page fetched, lazy chunks included, until the network
 * has been quiet for half a second. `storageState` gives the page saved answers, for the result.
 * `ready` waits for what the page is for to be on screen, for a page whose app may still be starting
 * when the network first goes quiet (on a busy machine, /quiz/1 went idle before it asked for the question).
 */
export async function fetchedByPage(
  baseUrl: string,
  path: string,
  chromePath: string,
  storageState?: StorageState,
  ready?: (page: Page) => Promise<void>,
): Promise<LoadedBytes> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      ...(storageState ? { storageState } : {}),
    });
    const page = await context.newPage();
    const base = new URL(baseUrl);
    const files = { js: new Set<string>(), css: new Set<string>() };
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
      const file = decodeURIComponent(url.pathname.slice(base.pathname.length));
      if (/\.m?js$/.test(file)) files.js.add(file);
      else if (file.endsWith('.css')) files.css.add(file);
    });
    await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'networkidle' });
    if (ready) {
      await ready(page);
      await page.waitForLoadState('networkidle');
    }
    await sleep(500);
    return { js: countBytes('dist', files.js), css: countBytes('dist', files.css) };
  } finally {
    await browser.close();
  }
}

/** What a language's start page (`/`, `/es/`, …) fetches on a first visit. */
export function startPageAsLoaded(
  baseUrl: string,
  chromePath: string,
  locale: Locale = sourceLocale,
): Promise<LoadedBytes> {
  return fetchedByPage(baseUrl, routeInLocale('/', locale), chromePath);
}

/**
 * What a fresh visitor opening a language's first question (`/quiz/1`, `/es/quiz/1`, …) fetches: nothing
 * saved, until the question's options are on screen and the network is quiet.
 */
export function quizAsLoaded(
  baseUrl: string,
  chromePath: string,
  locale: Locale = sourceLocale,
): Promise<LoadedBytes> {
  return fetchedByPage(baseUrl, routeInLocale('/quiz/1', locale), chromePath, undefined, (page) =>
    page.getByRole('radio').first().waitFor({ state: 'visible', timeout: 30_000 }),
  );
}

/**
 * What the start page fetches when the person comes back with answers saved (the context's storage):
 * the app, to offer Resume or their result.
 */
export async function returnVisitAsLoaded(
  baseUrl: string,
  chromePath: string,
  finished: BrowserContext,
): Promise<LoadedBytes> {
  return fetchedByPage(baseUrl, '/', chromePath, await finished.storageState());
}

/**
 * What a language's /result (`/result`, `/es/result`, …) fetches when opened afresh with a finished quiz
 * saved (the context's storage).
 */
export async function resultRouteAsLoaded(
  baseUrl: string,
  chromePath: string,
  finished: BrowserContext,
  locale: Locale = sourceLocale,
): Promise<LoadedBytes> {
  return fetchedByPage(baseUrl, routeInLocale('/result', locale), chromePath, await finished.storageState());
}
