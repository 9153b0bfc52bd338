// Messages about saved data must keep their promises, and
// nothing the person had may be overwritten on the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, readStorage } from './harness.ts';
import { answerByMouse, questionAt, strongestIndex, total } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const quizKey = 'which-tpm:quiz';

function setStored(page: Page, key: string, value: string): Promise<unknown> {
  return page.evaluate(`localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)})`);
}

async function backupsOf(page: Page, key: string): Promise<string[]> {
  const saved = await readStorage(page);
  return Object.keys(saved)
    .filter((name) => name.startsWith(`${key}:damaged-backup:`))
    .sort()
    .map((name) => saved[name] ?? '');
}

/** The first `count` answers toward product, as storage holds them. */
function storedAnswers(count: number, format = 1, extra: Record<string, unknown> = {}): string {
  const answers = Object.fromEntries(
    Array.from({ length: count }, (_, index) => {
      const question = questionAt(index);
      return [question.id, question.options[strongestIndex(question, 'product')]?.id ?? ''];
    }),
  );
  return JSON.stringify({ state: { answers, updatedAt: 1, ...extra }, version: format });
}

describe('saved answers', { timeout: 120_000 }, () => {
  it('that are damaged while storage is nearly full stay readable after the next answer', async () => {
    const { context, page, consoleErrors } = await openPage(browser, { path: '/' });
    try {
      const damaged = storedAnswers(total - 1).slice(0, -7);
      await setStored(page, quizKey, damaged);
      // Fill the rest of this origin's storage, down to the last character.
      await page.evaluate(`(() => {
        let size = 1 << 20;
        for (let index = 0; size >= 1; ) {
          try { localStorage.setItem('filler-' + index, 'x'.repeat(size)); index++; }
          catch { size = Math.floor(size / 2); }
        }
      })()`);
      await page.goto('/quiz/1');
      await page
        .getByText(
          'Your saved answers could not be read, and this browser has no room to keep a copy. They are left as they were, and the answers you give now are not saved.',
        )
        .waitFor();
      expect(await page.getByText(/copy of what was saved is kept/).count()).toBe(0);
      await answerByMouse(page, 'product', 0, 1);
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      expect((await readStorage(page))[quizKey]).toBe(damaged);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('damaged twice keep both damaged copies', async () => {
    const { context, page } = await openPage(browser, { path: '/' });
    try {
      await setStored(page, quizKey, 'first damage');
      await page.goto('/quiz/1');
      await page.getByText(/your saved answers could not be read/i).waitFor();
      await answerByMouse(page, 'product', 0, 1);
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      await setStored(page, quizKey, 'second damage');
      await page.reload();
      await page.getByText(/your saved answers could not be read/i).waitFor();
      expect(await backupsOf(page, quizKey)).toEqual(['first damage', 'second damage']);
    } finally {
      await context.close();
    }
  });

  it('that the browser will not save get an exact notice, and another after a reload loses them', async () => {
    const { context, page } = await openPage(browser, {});
    try {
      await context.addInitScript(`(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      })()`);
      await page.goto('/quiz/1');
      await answerByMouse(page, 'product', 0, 3);
      await page
        .getByText(
          'This browser is not letting Which TPM? save your answers. They stay only while this tab is open: if you reload or close it, they are gone.',
        )
        .waitFor();
      await page.reload();
      await page
        .getByText('3 answers you gave before the page reloaded could not be saved, so they are gone.')
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it('saved by a newer version are shown, said to be, and never rewritten', async () => {
    const { context, page, consoleErrors } = await openPage(browser, { path: '/' });
    try {
      const newer = storedAnswers(3, 2, { comesFrom: 'a newer version' });
      await setStored(page, quizKey, newer);
      await page.reload();
      await page.getByText(/your answers were saved by a newer version of which tpm\?/i).waitFor();
      await page.getByText(`You have answered 3 of ${total} questions.`).waitFor();
      await page.getByRole('link', { name: 'Resume' }).click();
      await answerByMouse(page, 'product', 3, 4);
      await page.getByRole('progressbar', { name: `Question 5 of ${total}` }).waitFor();
      expect((await readStorage(page))[quizKey]).toBe(newer);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('damaged past results', { timeout: 120_000 }, () => {
  it('are named as past results, while the answers in progress resume where they were', async () => {
    const { context, page, consoleErrors } = await openPage(browser, { path: '/' });
    try {
      await setStored(page, quizKey, storedAnswers(10));
      await setStored(page, 'which-tpm:history', '{"state":{"attempts":[{"id":');
      await page.goto('/history');
      await page
        .getByText(
          'Your past results could not be read, so the list starts empty. A copy of what was saved is kept in this browser.',
        )
        .waitFor();
      expect(await page.getByText(/saved answers could not be read|quiz starts fresh/i).count()).toBe(0);
      expect(await backupsOf(page, 'which-tpm:history')).toEqual(['{"state":{"attempts":[{"id":']);
      await page.goto('/');
      await page.getByText(`You have answered 10 of ${total} questions.`).waitFor();
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
