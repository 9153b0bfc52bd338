import { describe, expect, it } from 'vitest';
import {
  isLocale,
  languageNames,
  languageTag,
  localeOfLanguages,
  localeOfRoute,
  localeOfTag,
  localePrefix,
  locales,
  readerLocale,
  routeInLocale,
  routeWithoutLocale,
  sourceLocale,
} from '../../src/lib/locales.ts';

describe('the languages', () => {
  it('are English first, then Spanish, German, Brazilian Portuguese and French', () => {
    expect(locales).toEqual(['en', 'es', 'de', 'pt-br', 'fr']);
    expect(sourceLocale).toBe('en');
  });

  it('each have their own name, as their readers write it', () => {
    expect(locales.map((locale) => languageNames[locale])).toEqual([
      'English',
      'Español',
      'Deutsch',
      'Português (Brasil)',
      'Français',
    ]);
  });

  it('each have a BCP 47 tag that names them back, whatever its case (a link’s hreflang is remembered)', () => {
    expect(locales.map(languageTag)).toEqual(['en', 'es', 'de', 'pt-BR', 'fr']);
    for (const locale of locales) {
      expect(localeOfTag(languageTag(locale))).toBe(locale);
      expect(localeOfTag(languageTag(locale).toUpperCase())).toBe(locale);
    }
    expect(localeOfTag('pt')).toBeUndefined();
    expect(localeOfTag('ja')).toBeUndefined();
    expect(isLocale('pt-BR')).toBe(false);
  });
});

describe('a route’s language', () => {
  it('is named by its first segment, English having none', () => {
    expect(localeOfRoute('/')).toBe('en');
    expect(localeOfRoute('/roles')).toBe('en');
    expect(localeOfRoute('/es')).toBe('es');
    expect(localeOfRoute('/pt-br/quiz/3')).toBe('pt-br');
    expect(localeOfRoute('/fr/')).toBe('fr');
  });

  it('is English for a segment that only looks like a language', () => {
    // English pages have no prefix, so "/en/roles" is an English address that does not exist.
    expect(localeOfRoute('/en/roles')).toBe('en');
    expect(localeOfRoute('/ES/roles')).toBe('en');
    expect(localeOfRoute('/pt-BR/roles')).toBe('en');
    expect(localeOfRoute('/estimate')).toBe('en');
  });

  it('gives the prefix its addresses carry', () => {
    expect(locales.map(localePrefix)).toEqual(['', '/es', '/de', '/pt-br', '/fr']);
  });

  it('moves a route of the router into a language and back', () => {
    expect(routeInLocale('/roles', 'es')).toBe('/es/roles');
    expect(routeInLocale('/', 'de')).toBe('/de/');
    expect(routeInLocale('/quiz/7', 'en')).toBe('/quiz/7');
    expect(routeWithoutLocale('/es/roles')).toBe('/roles');
    expect(routeWithoutLocale('/es')).toBe('/');
    expect(routeWithoutLocale('/pt-br/history/abc')).toBe('/history/abc');
    expect(routeWithoutLocale('/roles')).toBe('/roles');
    for (const locale of locales) {
      expect(routeWithoutLocale(routeInLocale('/answers/3', locale))).toBe('/answers/3');
    }
  });
});

describe('a reader’s language', () => {
  it('is the first of the browser’s languages the app speaks, by tag or else by language', () => {
    expect(localeOfLanguages(['de-DE', 'en'])).toBe('de');
    expect(localeOfLanguages(['pt-BR'])).toBe('pt-br');
    expect(localeOfLanguages(['pt-PT', 'en'])).toBe('pt-br');
    expect(localeOfLanguages(['es-419'])).toBe('es');
    expect(localeOfLanguages(['ja', 'fr-CA', 'de'])).toBe('fr');
    expect(localeOfLanguages(['en-GB', 'es'])).toBe('en');
    expect(localeOfLanguages(['ja', 'ko'])).toBeUndefined();
    expect(localeOfLanguages([])).toBeUndefined();
  });

  it('is the one they chose, else the browser’s, else English', () => {
    expect(readerLocale('fr', ['de-DE'])).toBe('fr');
    expect(readerLocale('pt-BR', ['de-DE'])).toBe('pt-br');
    expect(readerLocale('en', ['de-DE'])).toBe('en');
    expect(readerLocale(null, ['de-DE'])).toBe('de');
    expect(readerLocale(null, ['ja'])).toBe('en');
    // Something else stored under the key is no choice.
    expect(readerLocale('klingon', ['es-MX'])).toBe('es');
  });
});
