// Takes the whole quiz in every language the app speaks, the way a person does, and checks that no
// English is left on any screen it passes: quotes from the English sources are marked `lang="en"` and
// left out, and words a language keeps as they are (role titles) are not English left behind.
import { readFileSync } from 'node:fs';
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { catalogNames, languageTag, localePrefix, locales, sourceLocale } from '../../src/lib/locales.ts';
import { translate } from '../../src/lib/translate.ts';
import { launchBrowser, waitForApp, withPage } from './harness.ts';
import { strongestIndex } from './quiz-driver.ts';
import { catalogsOf } from '../catalogs.ts';

/** The English of every message, from the source catalogs: one entry per msgid. */
function englishMessages(): string[] {
  const po = catalogNames
    .map((name) => readFileSync(new URL(`../../src/locales/en/${name}.po`, import.meta.url), 'utf8'))
    .join('\n');
  return [...po.matchAll(/^msgid ((?:"(?:[^"\\]|\\.)*"\s*)+)/gm)]
    .map(([, quoted]) =>
      [...(quoted ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g)]
        .map(([, part]) => JSON.parse(`"${part ?? ''}"`) as string)
        .join(''),
    )
    .filter(Boolean);
}

/**
 * Runs of English words that would show if a message were left untranslated: the parts of each English
 * message between its values and tags, at least three words long, that the language's own text does not
 * also contain (a role title kept in English is not a leftover).
 */
function englishLeftovers(localeTexts: readonly string[]): string[] {
  const runs = englishMessages().flatMap((message) =>
    message
      .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\d+\/?>/)
      .map((part) => part.trim().replace(/\s+/g, ' '))
      .filter((part) => part.split(' ').filter((word) => /\p{L}{2,}/u.test(word)).length >= 3),
  );
  const kept = localeTexts.join('\n');
  return [...new Set(runs)].filter((run) => !kept.includes(run));
}

/** The text a person reads on the page, without what is marked as English (quotes from the sources). */
function readableText(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('[lang="en"], script, style, [hidden]').forEach((element) => element.remove());
    return (copy.textContent || '').replace(/\\s+/g, ' ');
  })()`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(locales.filter((locale) => locale !== sourceLocale))('the whole quiz in %s', (locale) => {
  it('goes from the start page to the result and its path, with no English left on any screen', async () => {
    const messages = await catalogsOf(locale);
    i18n.loadAndActivate({ locale: languageTag(locale), messages });
    const ownTexts = Object.values(messages).map((compiled) =>
      Array.isArray(compiled)
        ? compiled.filter((part) => typeof part === 'string').join(' ')
        : String(compiled),
    );
    const leftovers = englishLeftovers(ownTexts);
    const found: string[] = [];
    const check = async (page: Page, where: string) => {
      const text = await readableText(page);
      for (const run of leftovers) if (text.includes(run)) found.push(`${where}: ${run}`);
    };
    const prefix = localePrefix(locale);

    await withPage(browser, { path: `${prefix}/` }, async ({ page, consoleErrors }) => {
      expect(await page.getAttribute('html', 'lang')).toBe(languageTag(locale));
      await check(page, 'start page');
      await page
        .getByRole('link', { name: t`Start the quiz`, exact: true })
        .first()
        .click();
      await waitForApp(page);
      const scored = questionBank.questions.filter((question) => question.kind !== 'background');
      for (const [index, question] of scored.entries()) {
        const option = question.options[strongestIndex(question, index % 3 === 0 ? 'project' : 'product')];
        if (!option) throw new Error(`Question ${question.id} has no options.`);
        const radio = page.getByRole('radio', { name: translate(option.label), exact: true });
        await radio.click();
        await check(page, `question ${index + 1}`);
        const isLast = index === scored.length - 1;
        await page.getByRole('button', { name: t`Next`, exact: true }).click();
        if (!isLast) await page.waitForURL(`**${prefix}/quiz/${index + 2}`);
      }
      const optional = questionBank.questions.length - scored.length;
      for (let step = 1; step <= optional; step++) {
        await check(page, `optional question ${step}`);
        await page
          .getByRole('button', { name: step === optional ? t`Skip and see my result` : t`Skip`, exact: true })
          .click();
      }
      await page.waitForURL(`**${prefix}/result`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, 'result');
      await page.goto(`${prefix}/path/product`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check(page, 'path page');
      for (const route of ['/history', '/answers', '/method', '/roles']) {
        await page.goto(`${prefix}${route}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(languageTag(locale));
        await check(page, route);
      }
      expect(consoleErrors).toEqual([]);
    });
    expect(found).toEqual([]);
  }, 240_000);
});
