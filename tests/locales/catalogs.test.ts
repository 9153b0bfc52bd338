// Every language says everything: each catalog holds every message the code uses, each translation keeps
// the values and tags its English source has. Loops over the app's list of languages, so a new language
// is checked by these same tests.
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/lib/locales.ts';

const config = getConfig({ cwd: process.cwd() });
const catalogs = await getCatalogs(config);
const translatedLocales = locales.filter((locale) => locale !== sourceLocale);
/** Each catalog (the words of the quiz and result, the career content's) with its English. */
const named = await Promise.all(
  catalogs.map(async (catalog) => ({
    catalog,
    name: catalog.path.split('/').at(-1) ?? catalog.path,
    english: (await catalog.read(sourceLocale)) ?? {},
  })),
);

/** The named values a message takes ("{role}", "{count, plural, …}"), sorted. */
function valuesIn(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map(([, name]) => name ?? '').sort();
}

/** The numbered tags a message wraps its links and emphasis in ("<0>", "</0>", "<1/>"), sorted. */
function tagsIn(message: string): string[] {
  return [...message.matchAll(/<\/?\d+\/?>/g)].map(([tag]) => tag).sort();
}

describe('the catalogs', () => {
  it('serve the languages the app lists, English first', () => {
    expect(config.locales).toEqual([...locales]);
    expect(config.sourceLocale).toBe(sourceLocale);
  });

  it.each(named)(
    '$name holds every message the code uses, and none it no longer uses (run `npm run extract`)',
    async ({ catalog, english }) => {
      const used = (await catalog.collect()) ?? {};
      const describe = (ids: string[], from: Record<string, { message?: string | undefined }>) =>
        ids.map((id) => from[id]?.message ?? id).sort();
      const missing = Object.keys(used).filter((id) => !(id in english));
      const unused = Object.keys(english).filter((id) => !(id in used));
      expect({ missing: describe(missing, used), unused: describe(unused, english) }).toEqual({
        missing: [],
        unused: [],
      });
    },
    120_000,
  );

  it.each(named)('$name has messages to check', ({ english }) => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
  });
});

describe.each(translatedLocales)('the %s catalogs', (locale) => {
  it.each(named)('$name translates every message', async ({ catalog, english }) => {
    const translated = (await catalog.read(locale)) ?? {};
    const untranslated = Object.entries(english)
      .filter(([id]) => !translated[id]?.translation?.trim())
      .map(([, { message }]) => message);
    expect(untranslated).toEqual([]);
  });

  it.each(named)(
    '$name keeps every value and tag of the English in each translation',
    async ({ catalog, english }) => {
      const translated = (await catalog.read(locale)) ?? {};
      const mismatched = Object.entries(english).flatMap(([id, { message = '' }]) => {
        const translation = translated[id]?.translation ?? '';
        if (!translation) return [];
        const same =
          valuesIn(translation).join() === valuesIn(message).join() &&
          tagsIn(translation).join() === tagsIn(message).join();
        return same ? [] : [`${message} => ${translation}`];
      });
      expect(mismatched).toEqual([]);
    },
  );
});
