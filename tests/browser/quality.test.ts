import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, formatViolations, launchBrowser, openPage, withPage } from './harness.ts';
import { nextQuestion, questionBank } from '../../src/engine/index.ts';
import { answerByMouse, questionAt, total, inEnglish } from './quiz-driver.ts';

/** A question's prompt as an exact heading name: the bank changes, the tests follow it. */
const promptOf = (id: string | null) =>
  new RegExp(
    `^${inEnglish(questionBank.questions.find((question) => question.id === id)?.prompt).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  );

let browser: Browser;
let shareLinkPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const { context, page } = await openPage(browser, { path: '/quiz/1' });
  await answerByMouse(page, 'product');
  await page.getByRole('heading', { level: 1 }).waitFor();
  shareLinkPath = (await page.getByRole('textbox', { name: 'Share link' }).inputValue()).replace(
    /^https?:\/\/[^/]+/,
    '',
  );
  await context.close();
});
afterAll(async () => {
  await browser.close();
});

interface Screen {
  name: string;
  path: () => string;
  /** Puts the page in the state worth checking. */
  prepare?: (page: Page) => Promise<void>;
  heading: RegExp;
}

const screens: Screen[] = [
  { name: 'start', path: () => '/', heading: /which tpm\?/i },
  {
    name: 'question with a choice made',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await page.getByRole('radio').first().click();
    },
    heading: promptOf(questionAt(0).id),
  },
  {
    name: 'result',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await answerByMouse(page, 'project', 0, total);
    },
    heading: /technical project manager/i,
  },
  { name: 'shared result', path: () => shareLinkPath, heading: /technical product manager/i },
  { name: 'quick check question', path: () => '/quick/1', heading: promptOf(nextQuestion({})) },
  {
    name: 'past results and comparison',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await answerByMouse(page, 'project', 0, total);
      await page.goto(`/compare${shareLinkPath.slice(shareLinkPath.indexOf('#'))}`);
    },
    heading: /compare results/i,
  },
  {
    name: 'past results',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await answerByMouse(page, 'project', 0, total);
      await page.goto('/history');
    },
    heading: /your past results/i,
  },
  {
    name: 'answers to change',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await answerByMouse(page, 'project', 0, total);
      await page.goto('/answers');
    },
    heading: /your answers/i,
  },
  {
    name: 'one answer to change',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await answerByMouse(page, 'project', 0, total);
      await page.goto('/answers/1');
    },
    heading: promptOf(questionAt(0).id),
  },
  {
    name: 'result not ready yet',
    path: () => '/quiz/1',
    prepare: async (page) => {
      await answerByMouse(page, 'project', 0, 2);
      await page.goto('/result');
    },
    heading: /your result is not ready yet/i,
  },
  {
    name: 'path into a role',
    path: () => '/path/project',
    heading: /the path into technical project manager/i,
  },
  { name: 'broken share link', path: () => '/shared#nonsense', heading: /cannot be opened/i },
  { name: 'roles', path: () => '/roles', heading: /compare the roles/i },
  { name: 'method', path: () => '/method', heading: /how it works/i },
  { name: 'not found', path: () => '/nowhere', heading: /page not found/i },
];

// Records Content-Security-Policy violations from the first script on; evaluated outside the page's CSP.
const recordPolicyViolations = `
  window.policyViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.policyViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
  });
`;

describe.each(['light', 'dark'] as const)('every screen in the %s theme', (colorScheme) => {
  it.each(screens)('$name: no axe or CSP violations, console errors or foreign requests', async (screen) => {
    await withPage(
      browser,
      {
        contextOptions: { colorScheme },
      },
      async ({ context, page, consoleErrors, foreignRequests }) => {
        await context.addInitScript(recordPolicyViolations);
        await page.goto(screen.path());
        await screen.prepare?.(page);
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        const violations = await checkAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        expect(
          await page.evaluate<string>(
            'document.querySelector(\'meta[http-equiv="Content-Security-Policy"]\')?.content ?? ""',
          ),
        ).toContain("script-src 'self'");
        expect(await page.evaluate<string[]>('window.policyViolations')).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
      },
    );
  });
});

describe('at 320 px wide', () => {
  it.each(screens)('$name: no horizontal scrolling', async (screen) => {
    await withPage(
      browser,
      {
        path: screen.path(),
        viewport: { width: 320, height: 640 },
      },
      async ({ page }) => {
        await screen.prepare?.(page);
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      },
    );
  });
});
