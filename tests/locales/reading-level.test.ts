// Every language reads at the level grade 8 means in English, by that language's own formula
// (tests/content/readability/). Each message a person reads as prose is measured in every language.
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/lib/locales.ts';
import { readingLevel } from '../content/readability/index.ts';
import { sentencesOf, wordsOf } from '../content/readability/text.ts';

const catalogs = await getCatalogs(getConfig({ cwd: process.cwd() }));

/** Every message in one language, from all its catalogs, with its English beside it. */
async function messagesIn(locale: string): Promise<{ english: string; translation: string }[]> {
  const all = await Promise.all(
    catalogs.map(async (catalog) => {
      const english = (await catalog.read(sourceLocale)) ?? {};
      const own = (await catalog.read(locale)) ?? {};
      return Object.entries(english).map(([id, { message = '' }]) => ({
        english: message,
        translation: own[id]?.translation ?? '',
      }));
    }),
  );
  return all.flat();
}

/** Messages shorter than this are labels and buttons, where a reading formula measures nothing. */
const proseWords = 12;

/**
 * The words of a message as a person reads them: values become a short figure, plurals and selects read
 * their "other" case, and tags keep only their text.
 */
export function readableText(message: string): string {
  const textOf = (tokens: readonly Token[]): string =>
    tokens
      .map((token) => {
        switch (token.type) {
          case 'content':
            return token.value;
          case 'octothorpe':
            return '3';
          case 'argument':
          case 'function':
            return '3';
          default: {
            const other = token.cases.find(({ key }) => key === 'other') ?? token.cases.at(-1);
            return other ? textOf(other.tokens) : '';
          }
        }
      })
      .join('');
  return textOf(parse(message, { strict: false })).replace(/<\/?\d+\/?>/g, '');
}

describe.each(locales)('reading level in %s', (locale) => {
  it('keeps every message a person reads as prose within grade 8 by its own formula', async () => {
    const prose = (await messagesIn(locale))
      .map(({ translation }) => readableText(translation))
      .filter(
        (text) => sentencesOf(text).flatMap(wordsOf).length >= proseWords && /[.!?]$/.test(text.trim()),
      );
    expect(prose.length).toBeGreaterThan(0);
    const tooHard = prose
      .map((text) => ({ text, level: readingLevel(locale, text) }))
      .filter(({ level }) => !level.withinGrade8)
      .map(({ text, level }) => `${level.score.toFixed(1)} ${text}`);
    expect(tooHard).toEqual([]);
  });
});
