import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale, activeLocale, i18n, settlePageLocale } from '../../src/lib/i18n.ts';
import { chooseLanguage } from '../../src/lib/storage-keys.ts';

function browserLanguages(...tags: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);
}

function address(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the page’s language', () => {
  it('is the one its address names, and the address stays as it is', () => {
    browserLanguages('de-DE');
    for (const [at, locale] of [
      ['/', 'en'],
      ['/roles', 'en'],
      ['/es/', 'es'],
      ['/pt-br/quiz/3?x=1', 'pt-br'],
      ['/fr/shared#abc', 'fr'],
    ] as const) {
      window.history.replaceState(null, '', at);
      expect(settlePageLocale()).toBe(locale);
      expect(address()).toBe(at);
    }
  });

  it('for a shared result, is the one the person chose, and the address takes its prefix', () => {
    browserLanguages('fr-FR');
    chooseLanguage('de');
    window.history.replaceState({ kept: true }, '', '/shared?from=mail#abc');
    expect(settlePageLocale()).toBe('de');
    expect(address()).toBe('/de/shared?from=mail#abc');
    // Replaced, not pushed: Back leaves the shared result as it would have.
    expect(window.history.state).toEqual({ kept: true });
  });

  it('for a shared result, is the browser’s when nothing was chosen', () => {
    browserLanguages('ja', 'pt-BR', 'en');
    window.history.replaceState(null, '', '/shared/#abc');
    expect(settlePageLocale()).toBe('pt-br');
    expect(address()).toBe('/pt-br/shared#abc');
  });

  it('for a shared result, is English, in place, when English was chosen or nothing fits', () => {
    browserLanguages('de-DE');
    chooseLanguage('en');
    window.history.replaceState(null, '', '/shared#abc');
    expect(settlePageLocale()).toBe('en');
    expect(address()).toBe('/shared#abc');

    localStorage.clear();
    browserLanguages('ja');
    expect(settlePageLocale()).toBe('en');
    expect(address()).toBe('/shared#abc');
  });
});

describe('activeLocale', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('is the language whose catalog is active', async () => {
    expect(activeLocale()).toBe('en');
    await activateLocale('pt-br');
    expect(i18n.locale).toBe('pt-BR');
    expect(activeLocale()).toBe('pt-br');
  });
});
