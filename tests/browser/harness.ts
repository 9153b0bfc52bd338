// The browser tests' harness. A new browser test file starts like this:
//
//   let browser: Browser;
//   beforeAll(async () => {
//     browser = await launchBrowser();
//   });
//   afterAll(async () => {
//     await browser.close();
//   });
//
//   it('says what it proves', async () => {
//     await withPage(browser, { path: '/quiz/1', viewport: { width: 390, height: 844 } }, async ({ page, consoleErrors }) => {
//       await page.getByRole('heading', { level: 1 }).waitFor();
//       expect(consoleErrors).toEqual([]);
//     });
//   });
//
// withPage opens a fresh context (empty storage, requests to other origins aborted and recorded) on the
// production build, hands it to the test, and closes it however the test ends. Use openPage only when a
// test needs a context that outlives one callback, and close it yourself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.ts';

/** Starts the system Chromium headless. One per test file: launch in beforeAll, close in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}

export interface OpenPageOptions {
  /** CSS pixels; default 1280 × 720. */
  viewport?: { width: number; height: number };
  /** When given, the page navigates there (relative to the preview server) and waits for `load`. */
  path?: string;
  /** Take the context offline: after navigating to `path` when one is given, at once otherwise. */
  offline?: boolean;
  /** Anything else for the new context (colorScheme, reducedMotion, locale...). */
  contextOptions?: Omit<BrowserContextOptions, 'baseURL' | 'viewport' | 'offline'>;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console messages of type `error` and uncaught exceptions (`pageerror`), in order. */
  consoleErrors: string[];
  /** URLs of requests to any origin but the preview server's; each one was aborted. */
  foreignRequests: string[];
}

/**
 * A new context (fresh storage) and page on the production build served by `vite preview`.
 * Close it with `context.close()`.
 */
export async function openPage(browser: Browser, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    ...options.contextOptions,
    baseURL: baseUrl,
    viewport: options.viewport ?? { width: 1280, height: 720 },
  });

  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isForeign(url, origin)) {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    } else {
      await route.continue();
    }
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url === '' ? message.text() : `${message.text()} (${url}:${lineNumber})`);
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`Uncaught ${error.name}: ${error.message}`);
  });

  try {
    if (options.path !== undefined) await page.goto(options.path);
    if (options.offline === true) await context.setOffline(true);
  } catch (error) {
    await context.close();
    throw error;
  }

  return { context, page, consoleErrors, foreignRequests };
}

/**
 * Opens a page as openPage does, runs `use` with it, and closes its context whether `use` passes,
 * fails or throws.
 */
export async function withPage<T>(
  browser: Browser,
  options: OpenPageOptions,
  use: (opened: OpenedPage) => Promise<T>,
): Promise<T> {
  const opened = await openPage(browser, options);
  try {
    return await use(opened);
  } finally {
    await opened.context.close();
  }
}

function isForeign(url: string, origin: string): boolean {
  const parsed = new URL(url);
  // data: and blob: URLs never leave the browser.
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
  return parsed.origin !== origin;
}

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical' | null;

export interface AxeViolation {
  id: string;
  impact: AxeImpact;
  help: string;
  /** One CSS selector per failing element. */
  nodes: string[];
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export const axeTags: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: string | undefined;

function loadAxeSource(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

/** The shapes axe returns, as far as checkAxe reads them (this config has no DOM types). */
interface RawAxeViolation {
  id: string;
  impact?: AxeImpact;
  help: string;
  nodes: { target: (string | string[])[] }[];
}
interface AxeInPage {
  axe: {
    run: (
      context: unknown,
      options: { runOnly: { type: 'tag'; values: string[] } },
    ) => Promise<{ violations: RawAxeViolation[] }>;
  };
  document: unknown;
}

/**
 * Runs axe-core's WCAG 2.x A/AA rules on the page as it is now and returns the violations.
 * The script is evaluated through the DevTools protocol, so a strict Content-Security-Policy
 * cannot block it.
 */
export async function checkAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(loadAxeSource());
  return page.evaluate(
    async (tags) => {
      const { axe, document } = globalThis as unknown as AxeInPage;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) =>
          node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
        ),
      }));
    },
    [...axeTags],
  );
}

/** A readable list of violations for an assertion message. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return 'No accessibility violations.';
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`);
    for (const node of violation.nodes) lines.push(`    ${node}`);
  }
  return lines.join('\n');
}

/**
 * Waits until React has taken over the page (prerendered pages paint first and hydrate a moment
 * later). Until then links are plain links: activating one loads a new page.
 */
export async function waitForApp(page: Page, timeoutMs = 15_000): Promise<void> {
  // Polled with evaluate: waitForFunction would eval inside the page, which its CSP forbids.
  const started = Date.now();
  // The first screen has committed, and every element in the page belongs to React: a part the page
  // loads lazily (the start page's Start / Resume panel) hydrates after the rest. A start page with
  // nothing saved runs without the app (data-app="none"), and is ready as soon as it says so.
  // A page that is still being replaced (a reload just clicked) may have no document element yet: not
  // ready, and no error.
  const hydrated = `document.documentElement?.dataset.interactive === 'true' &&
    (document.documentElement.dataset.app === 'none' ||
      [...document.querySelectorAll('#root *')].every((element) =>
        Object.keys(element).some((key) => key.startsWith('__reactProps'))))`;
  const ready = () => page.evaluate<boolean>(hydrated).catch(() => false);
  while (!(await ready())) {
    if (Date.now() - started > timeoutMs) throw new Error('The app did not start within the time allowed.');
    await page.waitForTimeout(50);
  }
}

/** Everything in the page's localStorage, key by key: to prove an action changed nothing saved. */
export function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate<Record<string, string>>('({ ...localStorage })');
}

/** Puts what readStorage read into the localStorage of the page's origin: a saved run, in a fresh context. */
export async function writeStorage(page: Page, storage: Record<string, string>): Promise<void> {
  await page.evaluate(
    `for (const [key, value] of Object.entries(${JSON.stringify(storage)})) localStorage.setItem(key, value)`,
  );
}
