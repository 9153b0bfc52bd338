// Past results used to vanish without a word past 20, or when the questions they answered had changed;
// past the limit they were all shown and then cut without a word, and one result dated by a wrong clock
// made every later one vanish after "Delete all".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { launchBrowser, readStorage, writeStorage, withPage } from './harness.ts';
import { answerByMouse, total } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Twenty-four earlier attempts, each with its own answers; the oldest answered questions since retired. */
function earlierAttempts(): unknown[] {
  const [first] = questionBank.questions;
  if (!first) throw new Error('The bank has no questions.');
  return Array.from({ length: 24 }, (_, index) =>
    index === 0
      ? {
          id: 'retired-questions',
          finishedAt: Date.UTC(2025, 0, 1),
          mode: 'full',
          answers: { 'a-retired-question': 'agree' },
          bankVersion: 0,
          // Kept as summaries once were, with an English headline: read as data, the headline written again.
          summary: { track: 'project', strength: 'clear', productShare: 0.3, headline: 'A clear lean' },
        }
      : {
          id: `earlier-${index}`,
          finishedAt: Date.UTC(2025, 1, index),
          mode: 'quick',
          answers: { [first.id]: first.options[index % first.options.length]?.id ?? '' },
          bankVersion: questionBank.version,
        },
  );
}

describe('past results', { timeout: 120_000 }, () => {
  it('keep all 25 finished attempts, including one whose questions have changed', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      const history = JSON.stringify({ state: { attempts: earlierAttempts() }, version: 1 });
      await page.evaluate(`localStorage.setItem('which-tpm:history', ${JSON.stringify(history)})`);
      await page.goto('/quiz/1');
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();

      await page.goto('/history');
      const rows = page.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(25);
      await rows
        .last()
        .getByText('A clear lean toward Technical Project Manager. 30% product, 70% project.')
        .waitFor();
      const stored = JSON.parse((await readStorage(page))['which-tpm:history'] ?? '{}') as {
        state: { attempts: unknown[] };
      };
      expect(stored.state.attempts).toHaveLength(25);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('past the limit are cut to the newest 100 on load, saying how many went, and the list kept is the list shown', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      const [first] = questionBank.questions;
      const attempts = Array.from({ length: 5000 }, (_, index) => ({
        id: `kept-${String(index).padStart(4, '0')}`,
        finishedAt: Date.UTC(2024, 0, 1) + index * 60_000,
        mode: 'quick',
        answers: { [first?.id ?? '']: first?.options[index % 2]?.id ?? '' },
        bankVersion: questionBank.version,
      }));
      await writeStorage(page, {
        'which-tpm:history': JSON.stringify({ state: { attempts }, version: 1 }),
      });
      await page.goto('/history');
      await page
        .getByText('Your past results keep the newest 100, so 4,900 older results were removed.')
        .waitFor();
      const rows = page.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await rows.nth(99).waitFor();
      expect(await rows.count()).toBe(100);
      const storedIds = async () =>
        (
          JSON.parse((await readStorage(page))['which-tpm:history'] ?? '{}') as {
            state: { attempts: { id: string }[] };
          }
        ).state.attempts.map((attempt) => attempt.id);
      const newest = attempts
        .slice(-100)
        .map((attempt) => attempt.id)
        .reverse();
      expect(await storedIds()).toEqual(newest);

      await rows
        .first()
        .getByRole('button', { name: /^Delete the result from/ })
        .click();
      await expect.poll(() => rows.count()).toBe(99);
      expect(await storedIds()).toEqual(newest.slice(1));

      await page.goto('/quiz/1');
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      expect(await page.getByText(/was removed to make room/).count()).toBe(0);
      expect(await storedIds()).toHaveLength(100);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('finished after "Delete all" are kept, though one deleted result was dated 2099 by a wrong clock', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      const [first] = questionBank.questions;
      const fromTheFuture = {
        id: 'wrong-clock',
        finishedAt: Date.UTC(2099, 0, 1),
        mode: 'quick',
        answers: { [first?.id ?? '']: first?.options[0]?.id ?? '' },
        bankVersion: questionBank.version,
      };
      await writeStorage(page, {
        'which-tpm:history': JSON.stringify({ state: { attempts: [fromTheFuture] }, version: 1 }),
      });
      await page.goto('/history');
      await page.getByRole('button', { name: 'Delete all past results' }).click();
      await page.getByRole('button', { name: 'Yes, delete past results' }).click();
      await page.getByText(/no finished results yet/i).waitFor();

      await page.goto('/quiz/1');
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.goto('/history');
      const rows = page.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('finished after a "Delete all" stamped in 2099 by a wrong clock are kept', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await writeStorage(page, {
        'which-tpm:history': JSON.stringify({
          state: { attempts: [], deletedIds: [], clearedAt: Date.UTC(2099, 0, 1) },
          version: 1,
        }),
      });
      await page.goto('/quiz/1');
      await answerByMouse(page, 'product', 0, total);
      await page.getByRole('heading', { level: 1, name: 'Technical Product Manager' }).waitFor();
      await page.goto('/history');
      const rows = page.getByRole('list', { name: 'Past results' }).getByRole('listitem');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    });
  });
});
