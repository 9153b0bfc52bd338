import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageFreeRoutes, localeAddress, localeBasename, paths, shareLink } from '../../src/lib/paths.ts';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('addresses in a language', () => {
  it('give the router a base with the language’s prefix, so every link inside the app stays in it', () => {
    expect(localeBasename('en')).toBe('/');
    expect(localeBasename('es')).toBe('/es');
    expect(localeBasename('pt-br')).toBe('/pt-br');
  });

  it('put a route in a language for a link that loads a new page', () => {
    expect(localeAddress(paths.roles, 'en')).toBe('/roles');
    expect(localeAddress(paths.roles, 'de')).toBe('/de/roles');
    expect(localeAddress(paths.start, 'en')).toBe('/');
    expect(localeAddress(paths.start, 'fr')).toBe('/fr/');
    expect(localeAddress(paths.question(3), 'pt-br')).toBe('/pt-br/quiz/3');
  });

  it('leave a share link free of any language, whatever the page’s', () => {
    window.history.replaceState(null, '', '/es/result');
    expect(shareLink('abc', 'https://example.org')).toBe('https://example.org/shared#abc');
    expect(languageFreeRoutes).toEqual([paths.shared]);
  });
});

describe('addresses under a sub-path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('carry the base path, then the language', async () => {
    vi.stubEnv('BASE_URL', '/careers/tpm/');
    vi.resetModules();
    const {
      localeAddress: address,
      localeBasename: basenameIn,
      shareLink: share,
    } = await import('../../src/lib/paths.ts');
    expect(basenameIn('en')).toBe('/careers/tpm');
    expect(basenameIn('es')).toBe('/careers/tpm/es');
    expect(address('/', 'es')).toBe('/careers/tpm/es/');
    expect(address('/roles', 'en')).toBe('/careers/tpm/roles');
    expect(share('abc', 'https://example.org')).toBe('https://example.org/careers/tpm/shared#abc');
  });
});
