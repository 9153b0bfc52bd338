// Messages about saved data must keep their promises, and
// nothing the person had may be overwritten on the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, readStorage, waitForApp, withPage } from './harness.ts';
import { answerByMouse, questionAt, strongestIndex, total, inEnglish } from './quiz-driver.ts';

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

/** The first `count` answers toward `track`, as storage holds them. */
function storedAnswers(
  count: number,
  format = 1,
  extra: Record<string, unknown> = {},
  track: 'product' | 'project' = 'product',
): string {
  const answers = Object.fromEntries(
    Array.from({ length: count }, (_, index) => {
      const question = questionAt(index);
      return [question.id, question.options[strongestIndex(question, track)]?.id ?? ''];
    }),
  );
  return JSON.stringify({ state: { answers, updatedAt: 1, ...extra }, version: format });
}

/** Makes every write to this context's localStorage fail as a full disk does, from the next page load. */
async function refuseLocalStorageWrites(page: Page): Promise<void> {
  await page.context().addInitScript(`(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  })()`);
}

describe('saved answers', { timeout: 120_000 }, () => {
  it('that are damaged while storage is nearly full stay readable after the next answer', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
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
          'Your saved answers could not be read, and this browser has no room to keep a copy. They are left as they were. The answers you give now are not saved: if you reload or close this tab, they are gone.',
        )
        .waitFor();
      expect(await page.getByText(/copy of what was saved is kept/).count()).toBe(0);
      await answerByMouse(page, 'product', 0, 1);
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      expect((await readStorage(page))[quizKey]).toBe(damaged);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('damaged twice keep both damaged copies', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await setStored(page, quizKey, 'first damage');
      await page.goto('/quiz/1');
      await page.getByText(/your saved answers could not be read/i).waitFor();
      await answerByMouse(page, 'product', 0, 1);
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      await setStored(page, quizKey, 'second damage');
      await page.reload();
      await page.getByText(/your saved answers could not be read/i).waitFor();
      expect(await backupsOf(page, quizKey)).toEqual(['first damage', 'second damage']);
    });
  });

  it('that the browser will not save get an exact notice, and another after a reload loses them', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await refuseLocalStorageWrites(page);
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
    });
  });

  it('saved by a newer version are shown, said to be, and never rewritten', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
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
    });
  });

  it('that the browser will not save, when changed rather than added, are counted after a reload', async () => {
    await withPage(browser, { path: '/' }, async ({ page }) => {
      await setStored(page, quizKey, storedAnswers(5, 1, {}, 'project'));
      await refuseLocalStorageWrites(page);
      // Next goes on to the first open question (6), so the three answers are changed walking Back.
      await page.goto('/quiz/3');
      for (const index of [2, 1, 0]) {
        const question = questionAt(index);
        await page.getByRole('progressbar', { name: `Question ${index + 1} of ${total}` }).waitFor();
        const label = inEnglish(question.options[strongestIndex(question, 'product')]?.label);
        await page.getByRole('radio', { name: label, exact: true }).click();
        if (index > 0) await page.getByRole('button', { name: 'Back' }).click();
      }
      await page.getByText(/this browser is not letting which tpm\? save your answers/i).waitFor();
      await page.reload();
      await page
        .getByText('3 answers you gave before the page reloaded could not be saved, so they are gone.')
        .waitFor();
    });
  });

  it('given while a newer version’s answers are shown are said to last until a reload, and counted after it', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await setStored(page, quizKey, storedAnswers(1, 2));
      await page.goto('/quiz/2');
      await page
        .getByText(
          'Your answers were saved by a newer version of Which TPM?. This version can show them, but it will not change what is saved. Answers you give here are not saved: if you reload or close this tab, they are gone.',
        )
        .waitFor();
      await answerByMouse(page, 'product', 1, 5);
      await page.getByRole('progressbar', { name: `Question 6 of ${total}` }).waitFor();
      await page.reload();
      await page
        .getByText('4 answers you gave before the page reloaded could not be saved, so they are gone.')
        .waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('of the right outer shape but the wrong inner types are copied before anything replaces them', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      const wrongTypes = JSON.stringify({
        state: {
          answers: `${questionAt(0).id}=${questionAt(0).options[0]?.id ?? ''}`,
          updatedAt: 'yesterday',
        },
        version: 1,
      });
      await setStored(page, quizKey, wrongTypes);
      await page.goto('/quiz/1');
      await page
        .getByText(
          'Part of your saved answers could not be read, so it was set aside; 0 answers were kept. A copy of everything that was saved is kept in this browser.',
        )
        .waitFor();
      await answerByMouse(page, 'product', 0, 1);
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      const [backup, ...more] = await backupsOf(page, quizKey);
      expect(more).toEqual([]);
      expect(JSON.parse(backup ?? 'null')).toEqual(JSON.parse(wrongTypes).state);
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('damaged past results', { timeout: 120_000 }, () => {
  it('are named as past results, while the answers in progress resume where they were', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
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
    });
  });

  it('get one copy however often the page loads, and the copy never crowds out new results', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      // A megabyte of past results, cut off part way through.
      const entry = '{"id":"a","finishedAt":1,"mode":"full","answers":{"x":"y"},"bankVersion":1},';
      const damaged = `{"state":{"attempts":[${entry.repeat(Math.ceil(2 ** 20 / entry.length))}`;
      await setStored(page, 'which-tpm:history', damaged);
      for (let round = 0; round < 3; round++) {
        for (const path of ['/result', '/history']) {
          await page.goto(path);
          await waitForApp(page);
          await page.getByText(/your past results could not be read/i).waitFor();
        }
      }
      expect(await page.getByText(/no room to keep a copy/i).count()).toBe(0);
      expect(await backupsOf(page, 'which-tpm:history')).toEqual([damaged]);

      await page.goto('/quiz/1');
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.goto('/history');
      const rows = page.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(await backupsOf(page, 'which-tpm:history')).toEqual([damaged]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
