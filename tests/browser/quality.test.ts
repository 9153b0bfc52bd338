// Every screen in every language the app speaks, in light and dark: no axe violations, no CSP violations,
// console errors or foreign requests, the page's `lang` its language's, and no horizontal scrolling at
// 320 px. A new language in src/lib/locales.ts is covered by the same loop.
//
// Each language takes the full quiz once by mouse, in its own words (the quiz driver reads the active
// catalog); the screens that need a finished quiz then start from what that run saved, put into storage
// before the page loads, instead of answering every question again for each screen and scheme.
import { t } from '@lingui/core/macro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAxe, formatViolations, launchBrowser, readStorage, withPage } from './harness.ts';
import {
  compareWords,
  encodeAnswers,
  isScored,
  nextQuestion,
  questionBank,
  trackTitles,
} from '../../src/engine/index.ts';
import type { Track } from '../../src/engine/index.ts';
import { languageTag, localePrefix, locales } from '../../src/lib/locales.ts';
import { translate } from '../../src/lib/translate.ts';
import { activateLanguage, answerByMouse, questionAt, strongestIndex } from './quiz-driver.ts';

/** A question's prompt in the active language, as its heading reads. */
const promptOf = (id: string | null) => {
  const question = questionBank.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`No question ${String(id)}.`);
  return translate(question.prompt);
};

/** The share code of a quiz answered all the way toward `track`. */
function shareCodeToward(track: Track): string {
  return encodeAnswers(
    Object.fromEntries(
      questionBank.questions
        .filter(isScored)
        .map((question) => [question.id, question.options[strongestIndex(question, track)]?.id ?? '']),
    ),
  );
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What a screen needs in storage before it loads. */
type Seed = 'nothing' | 'finished quiz';

interface Screen {
  name: string;
  /** The route below the language's prefix. */
  route: string;
  seed?: Seed;
  /** Puts the page in the state worth checking. */
  prepare?: (page: Page) => Promise<void>;
  /** The level-1 heading's name in the active language: a string matches whole. */
  heading: () => string | RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const screens: Screen[] = [
  { name: 'start', route: '/', heading: () => new RegExp(`^${escape(t`Which TPM?`)}`) },
  {
    name: 'question with a choice made',
    route: '/quiz/1',
    prepare: async (page) => {
      await page.getByRole('radio').first().click();
    },
    heading: () => promptOf(questionAt(0).id),
  },
  {
    name: 'result',
    route: '/result',
    seed: 'finished quiz',
    heading: () => translate(trackTitles.project),
  },
  {
    name: 'shared result',
    route: `/shared#${shareCodeToward('product')}`,
    heading: () => translate(trackTitles.product),
  },
  { name: 'quick check question', route: '/quick/1', heading: () => promptOf(nextQuestion({})) },
  {
    name: 'past results and comparison',
    route: `/compare#${shareCodeToward('product')}`,
    seed: 'finished quiz',
    heading: () => translate(compareWords.heading),
  },
  { name: 'past results', route: '/history', seed: 'finished quiz', heading: () => t`Your past results` },
  { name: 'answers to change', route: '/answers', seed: 'finished quiz', heading: () => t`Your answers` },
  {
    name: 'one answer to change',
    route: '/answers/1',
    seed: 'finished quiz',
    heading: () => promptOf(questionAt(0).id),
  },
  {
    name: 'result not ready yet',
    route: '/quiz/1',
    prepare: async (page) => {
      // Two answers by mouse in the page's language, then the result that is not there yet.
      await answerByMouse(page, 'project', 0, 2);
      await page.goto(page.url().replace(/\/quiz\/\d+$/, '/result'));
    },
    heading: () => t`Your result is not ready yet`,
  },
  {
    name: 'path into a role',
    route: '/path/project',
    heading: () => {
      const role = translate(trackTitles.project);
      return t`The path into ${role}`;
    },
  },
  { name: 'broken share link', route: '/shared#nonsense', heading: () => t`This link cannot be opened` },
  { name: 'roles', route: '/roles', heading: () => t`Compare the roles` },
  { name: 'method', route: '/method', heading: () => t`How it works` },
  { name: 'not found', route: '/nowhere', heading: () => t`Page not found` },
];

// Records Content-Security-Policy violations from the first script on; evaluated outside the page's CSP.
const recordPolicyViolations = `
  window.policyViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.policyViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
  });
`;

/**
 * Puts `storage` into the page's localStorage before the app's first script, once per tab (the app may
 * change it afterwards). Runs outside the page's CSP, as an init script.
 */
function seedStorage(storage: Record<string, string>): string {
  return `
    try {
      if (location.protocol.startsWith('http') && !sessionStorage.getItem('quality-test:seeded')) {
        for (const [key, value] of Object.entries(${JSON.stringify(storage)})) localStorage.setItem(key, value);
        sessionStorage.setItem('quality-test:seeded', 'yes');
      }
    } catch {}
  `;
}

/**
 * What makes a page wider than its window: the innermost elements reaching past its right edge, leaving
 * out those inside a box that clips or scrolls (they scroll in their box, not the page).
 */
const overflowingElements = `(() => {
  const width = document.documentElement.clientWidth;
  const inBox = (element) => {
    for (let box = element.parentElement; box; box = box.parentElement)
      if (getComputedStyle(box).overflowX !== 'visible') return true;
    return false;
  };
  const name = (element) => element.tagName.toLowerCase() +
    (typeof element.className === 'string' && element.className.trim() ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
  const over = [...document.body.querySelectorAll('*')].filter(
    (element) => element.getBoundingClientRect().right > width + 0.5 && !inBox(element),
  );
  return over
    .filter((element) => !over.some((other) => other !== element && element.contains(other)))
    .map((element) => [element.parentElement?.parentElement, element.parentElement, element].filter(Boolean).map(name).join(' > ') +
      ' "' + (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"');
})()`;

describe.each(locales)('every screen in %s', (locale) => {
  const prefix = localePrefix(locale);
  /** The storage of a full quiz answered toward project, by mouse, in this language. */
  let finishedQuiz: Record<string, string> = {};

  beforeAll(async () => {
    await activateLanguage(locale);
    await withPage(browser, { path: `${prefix}/quiz/1` }, async ({ page }) => {
      await answerByMouse(page, 'project');
      await page
        .getByRole('heading', { level: 1, name: translate(trackTitles.project), exact: true })
        .waitFor();
      const shareLink = await page.getByRole('textbox', { name: t`Share link`, exact: true }).inputValue();
      expect(shareLink).toMatch(new RegExp(`/shared#${escape(shareCodeToward('project'))}$`));
      finishedQuiz = await readStorage(page);
    });
  });

  it.each(screens)(
    '$name, light and dark: no axe or CSP violations, console errors or foreign requests; its lang; 320 px wide',
    async (screen) => {
      await withPage(
        browser,
        { contextOptions: { colorScheme: 'light' } },
        async ({ context, page, consoleErrors, foreignRequests }) => {
          await context.addInitScript(recordPolicyViolations);
          if (screen.seed === 'finished quiz') await context.addInitScript(seedStorage(finishedQuiz));
          await page.goto(`${prefix}${screen.route}`);
          await screen.prepare?.(page);
          await page.getByRole('heading', { level: 1, name: screen.heading(), exact: true }).waitFor();
          expect(await page.getAttribute('html', 'lang')).toBe(languageTag(locale));

          // Both schemes on the same screen: the dark one is CSS alone (prefers-color-scheme), so
          // switching the emulated scheme shows what a page loaded dark shows, without loading it again.
          const light = await checkAxe(page);
          await page.emulateMedia({ colorScheme: 'dark' });
          const dark = await checkAxe(page);
          expect(
            { light, dark },
            `Light: ${formatViolations(light)}\nDark: ${formatViolations(dark)}`,
          ).toEqual({ light: [], dark: [] });

          expect(
            await page.evaluate<string>(
              'document.querySelector(\'meta[http-equiv="Content-Security-Policy"]\')?.content ?? ""',
            ),
          ).toContain("script-src 'self'");
          expect(await page.evaluate<string[]>('window.policyViolations')).toEqual([]);
          expect(consoleErrors).toEqual([]);
          expect(foreignRequests).toEqual([]);

          // The same screen on a 320 px phone: narrowing the window reflows it as loading it narrow does.
          await page.setViewportSize({ width: 320, height: 640 });
          await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve()))');
          const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
          const overflowing = scrollWidth > 320 ? await page.evaluate<string[]>(overflowingElements) : [];
          expect(scrollWidth, `Wider than 320 px: ${overflowing.join('; ')}`).toBeLessThanOrEqual(320);
        },
      );
    },
  );
});
