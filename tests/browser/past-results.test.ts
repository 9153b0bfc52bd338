// Past results used to vanish without a word past 20, or when the questions
// they answered had changed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { launchBrowser, openPage, readStorage } from './harness.ts';
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
    const { context, page, consoleErrors } = await openPage(browser, { path: '/' });
    try {
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
        .getByText('Technical Project Manager: A clear lean. 30% product, 70% project.')
        .waitFor();
      const stored = JSON.parse((await readStorage(page))['which-tpm:history'] ?? '{}') as {
        state: { attempts: unknown[] };
      };
      expect(stored.state.attempts).toHaveLength(25);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
