// A tab left open on the app must be offered a new version once one is served. Browsers look for one
// when a page is opened, which a tab left open on one page of the app never does.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPreview } from '../../scripts/preview-server.ts';
import type { PreviewServer } from '../../scripts/preview-server.ts';
import { launchBrowser, readStorage } from './harness.ts';
import { questionAt, inEnglish } from './quiz-driver.ts';

const firstBuild = resolve('dist');
let nextBuild: string;
let browser: Browser;

/** What the next build's pages carry, so a test can tell which version a page came from. */
const nextVersionMark = '<meta name="which-tpm-build" content="next" />';

/**
 * The next version: the build the tests run, with a change to the shell page, as a deployment of a
 * changed app would have. The service worker lists the page with a new revision, so its bytes change too.
 */
async function makeNextBuild(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'which-tpm-next-'));
  await cp(firstBuild, folder, { recursive: true });
  const shell = join(folder, 'shell.html');
  await writeFile(
    shell,
    (await readFile(shell, 'utf8')).replace('</head>', `  ${nextVersionMark}\n  </head>`),
  );
  const worker = join(folder, 'sw.js');
  const code = await readFile(worker, 'utf8');
  const revised = code.replace(/(\{url:"shell\.html",revision:")[^"]+/, '$1next-version');
  expect(revised).not.toBe(code);
  await writeFile(worker, revised);
  return folder;
}

beforeAll(async () => {
  [browser, nextBuild] = await Promise.all([launchBrowser(), makeNextBuild()]);
});
afterAll(async () => {
  await browser.close();
  await rm(nextBuild, { recursive: true, force: true });
});

/** Whether the page's HTML came from the next build. */
function fromNextBuild(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.querySelector(\'meta[name="which-tpm-build"]\') !== null');
}

/**
 * Opens a question on the first build, with its service worker in charge and one answer saved, then
 * deploys the next build at the same origin; `whileOpen` is what happens to the tab next. Returns the
 * page, its server, and the storage before the deployment.
 */
async function openTabThenDeploy(whileOpen: (page: Page) => Promise<void>) {
  const port = await freePort();
  let server: PreviewServer = await startPreview({ outDir: firstBuild, port });
  const context = await browser.newContext({ baseURL: new URL(server.url).origin });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto('/quiz/1');
  await page.evaluate(`navigator.serviceWorker.ready.then(() => new Promise((resolve) => {
    if (navigator.serviceWorker.controller) resolve(true);
    else navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
  }))`);
  await page.getByRole('radio', { name: inEnglish(questionAt(0).options[0]?.label), exact: true }).click();
  const saved = await readStorage(page);
  expect(await fromNextBuild(page)).toBe(false);

  await server.stop();
  server = await startPreview({ outDir: nextBuild, port });
  await whileOpen(page);
  return { context, page, server, saved };
}

const banner = (page: Page) => page.getByText('A new version of Which TPM? is ready. Your answers are kept.');

describe('a tab left open', { timeout: 120_000 }, () => {
  it('is offered the new version when the person comes back to it, and reloading brings it with the answers', async () => {
    const { context, page, server, saved } = await openTabThenDeploy(async (page) => {
      // Headless Chromium never hides a tab; this is the event a browser sends when the tab is shown again.
      await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    });
    try {
      await banner(page).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => fromNextBuild(page), { timeout: 15_000 }).toBe(true);
      await page
        .getByRole('radio', { name: inEnglish(questionAt(0).options[0]?.label), exact: true })
        .waitFor();
      expect(
        await page
          .getByRole('radio', { name: inEnglish(questionAt(0).options[0]?.label), exact: true })
          .isChecked(),
      ).toBe(true);
      expect(await readStorage(page)).toEqual(saved);
    } finally {
      await context.close();
      await server.stop();
    }
  });

  it('is offered the new version within the hour while it stays in view', async () => {
    const { context, page, server } = await openTabThenDeploy(async (page) => {
      await page.clock.fastForward('01:00:00');
    });
    try {
      await banner(page).waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
