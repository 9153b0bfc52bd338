import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { launchBrowser, readStorage, withPage } from './harness.ts';
import { answerByMouse, total } from './quiz-driver.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function finishedShareLink(): Promise<string> {
  return withPage(browser, { path: '/quiz/1' }, async ({ page }) => {
    // Mostly project, a few product answers at the end: a lean, not a close call.
    await answerByMouse(page, 'project', 0, total - 6);
    await answerByMouse(page, 'product', total - 6, total);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  });
}

describe('share links', () => {
  it('reproduce the result in a fresh browser without touching its saved progress', async () => {
    const link = await finishedShareLink();
    expect(link).toMatch(new RegExp(`/shared#${questionBank.version}-[0-9a-z]+-[0-9a-z]{5}$`));
    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await answerByMouse(page, 'product', 0, 2);
      const savedBefore = await page.evaluate<string | null>("localStorage.getItem('which-tpm:quiz')");
      await page.goto(link);
      await page.getByText('A shared result').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Share link' }).count()).toBe(0);
      expect(await page.evaluate<string | null>("localStorage.getItem('which-tpm:quiz')")).toBe(savedBefore);
      await page.goto('/');
      await page.getByText(`You have answered 2 of ${total} questions.`).waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('that were tampered with show a clear message and a way to take the quiz', async () => {
    const link = await finishedShareLink();
    const tampered = link.replace(
      /#(\d+)-(\d)/,
      (_, version: string, digit: string) => `#${version}-${digit === '0' ? '1' : '0'}`,
    );
    await withPage(
      browser,
      {
        path: tampered.replace(/^https?:\/\/[^/]+/, ''),
      },
      async ({ page, consoleErrors }) => {
        await page.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
        await page.getByText(/has been changed or damaged since it was made/).waitFor();
        await page.getByRole('link', { name: 'Take the quiz' }).click();
        await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
        expect(consoleErrors).toEqual([]);
      },
    );
  });
});

describe('share links as people paste them', () => {
  const pathOf = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

  it('open when a chat app or mailer added punctuation or a tracking tag after the code', async () => {
    const link = pathOf(await finishedShareLink());
    await withPage(browser, {}, async ({ page, consoleErrors }) => {
      for (const added of ['.', ')', ',', '/', '&utm_source=x']) {
        await page.goto(link + added);
        await page.getByRole('heading', { level: 1, name: 'Technical Project Manager' }).waitFor();
      }
      expect(consoleErrors).toEqual([]);
    });
  });

  it('with a damaged version say the link was damaged, not that a reload would help', async () => {
    const link = pathOf(await finishedShareLink());
    const damaged = link.replace(/#(\d+)-/, (_, version: string) => `#${Number(version) + 1}-`);
    await withPage(browser, { path: damaged }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
      await page.getByText(/changed or damaged since it was made/).waitFor();
      expect(await page.getByText(/Reload the page/).count()).toBe(0);
    });
  });
});

describe('saved progress', () => {
  it('that is corrupted leaves a working app, a notice, and a backup of what was there', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await page.evaluate('localStorage.setItem(\'which-tpm:quiz\', \'{"state":{"answers":\')');
      await page.reload();
      await page.getByText(/your saved answers could not be read/i).waitFor();
      const saved = await readStorage(page);
      const backups = Object.keys(saved).filter((key) => key.startsWith('which-tpm:quiz:damaged-backup:'));
      expect(backups.map((key) => saved[key])).toEqual(['{"state":{"answers":']);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await answerByMouse(page, 'product', 0, 1);
      await page.getByRole('progressbar', { name: `Question 2 of ${total}` }).waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('that names questions which no longer exist keeps the rest and says so', async () => {
    await withPage(browser, { path: '/' }, async ({ page, consoleErrors }) => {
      await page.evaluate(
        `localStorage.setItem('which-tpm:quiz', JSON.stringify({ version: 1, state: { bankVersion: 0, answers: { 'final-say': 'what-and-order', retired: 'agree' } } }))`,
      );
      await page.reload();
      await page.getByText(/the questions have changed since your last visit/i).waitFor();
      await page.getByText(`You have answered 1 of ${total} questions.`).waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });
});
