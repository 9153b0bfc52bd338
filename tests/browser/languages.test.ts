// Each language has its own addresses and the page keeps its language: lang and hreflang on the
// prerendered pages, a shell per language, a language menu that keeps the place, the English start page's
// offer of the browser's language without the app, and a share link read in the reader's language.
// The words are still being translated, so this checks structure (lang, addresses, links), not words.
// See docs/decisions/023-language-addresses.md
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { t } from '@lingui/core/macro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBytes, startPageUrls } from '../../scripts/build-size.ts';
import { siteOrigin } from '../../scripts/site-origin.ts';
import { encodeAnswers, questionBank } from '../../src/engine/index.ts';
import { languageTag, locales, sourceLocale, type Locale } from '../../src/lib/locales.ts';
import { launchBrowser, readStorage, waitForApp, withPage, writeStorage } from './harness.ts';
import { activateLanguage, inEnglish, questionAt, strongestIndex } from './quiz-driver.ts';

/** What the app calls a thing in `locale`: an English message written here, in that language's words. */
async function wordsIn(locale: Locale, english: () => string): Promise<string> {
  await activateLanguage(locale);
  try {
    return english();
  } finally {
    await activateLanguage(sourceLocale);
  }
}

const dist = 'dist';
const languageKey = 'which-tpm:language';
const otherLocales = locales.filter((locale) => locale !== sourceLocale);
/** Where each language's files are in dist/, and its addresses below the site. */
const folderOf = (locale: string) => (locale === sourceLocale ? '' : `${locale}/`);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

function read(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** The page's `lang`, read from the live document. */
function langOf(page: Page): Promise<string> {
  return page.evaluate<string>('document.documentElement.lang');
}

function shareCode(): string {
  const answers = Object.fromEntries(
    questionBank.questions
      .filter((question) => question.kind !== 'background')
      .map((question) => [question.id, question.options[strongestIndex(question, 'product')]?.id ?? '']),
  );
  return encodeAnswers(answers);
}

describe('the built site', () => {
  it.each(locales)(
    'has start, roles and method pages in %s, each with its lang and its prefixed route',
    (locale) => {
      const prefix = locale === sourceLocale ? '' : `/${locale}`;
      for (const [name, route] of [
        ['index', prefix || '/'],
        ['roles', `${prefix}/roles`],
        ['method', `${prefix}/method`],
      ] as const) {
        const html = read(`${folderOf(locale)}${name}.html`);
        // A start page says so: the entry runs no app on it when nothing is saved.
        const mark = name === 'index' ? ' data-page="start"' : '';
        expect(html).toContain(`<html lang="${languageTag(locale)}"${mark}>`);
        expect(html).toContain(`<div id="root" data-prerendered="${route}">`);
        expect(html).toContain(`<link rel="manifest" href="/${folderOf(locale)}manifest.webmanifest" />`);
        // The same page in every language, and English for readers of any other.
        const alternates = [
          ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g),
        ].map(([, hreflang, href]) => `${hreflang} ${href}`);
        const path = name === 'index' ? '/' : `/${name}`;
        expect(alternates).toEqual([
          ...locales.map(
            (other) =>
              `${languageTag(other)} ${siteOrigin()}${other === sourceLocale ? '' : `/${other}`}${path}`,
          ),
          `x-default ${siteOrigin()}${path}`,
        ]);
      }
    },
  );

  it.each(locales)(
    'has a shell in %s that says, in its language, that the page could not start',
    (locale) => {
      const html = read(`${folderOf(locale)}shell.html`);
      expect(html).toContain(`<html lang="${languageTag(locale)}">`);
      expect(html).toContain('<main class="page narrow app-not-started">');
      expect(html).toContain('<a class="button primary" href="">');
      expect(html).toContain(`<a class="button" href="/${folderOf(locale)}">`);
      expect(html).not.toContain('data-prerendered');
    },
  );

  it.each(locales)('has a manifest in %s that starts the installed app in it', (locale) => {
    const manifest = JSON.parse(read(`${folderOf(locale)}manifest.webmanifest`)) as {
      lang: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect(manifest.lang).toBe(languageTag(locale));
    expect(manifest.start_url).toBe('./');
    expect(
      new URL(manifest.scope, `https://example.org/${folderOf(locale)}manifest.webmanifest`).pathname,
    ).toBe('/');
    for (const icon of manifest.icons) {
      expect(existsSync(join(dist, folderOf(locale), icon.src))).toBe(true);
    }
  });

  it('puts the hidden offers of the other languages on the English start page only', () => {
    const offers = (file: string) =>
      [
        ...read(file).matchAll(
          /<p class="language-offer" lang="([^"]+)">[\s\S]*?<a href="([^"]+)" hrefLang="([^"]+)">/g,
        ),
      ].map(([, lang, href, hreflang]) => `${lang} ${href} ${hreflang}`);
    expect(offers('index.html')).toEqual(
      otherLocales.map((locale) => `${languageTag(locale)} /${locale}/ ${languageTag(locale)}`),
    );
    for (const file of ['roles.html', 'es/index.html', 'shell.html']) expect(offers(file)).toEqual([]);
    // The entry's stylesheet, which every page links, shows each one.
    const [sheet = ''] = startPageUrls(read('index.html')).styles;
    const css = read(sheet.replace(/^\//, ''));
    for (const locale of otherLocales) {
      const tag = languageTag(locale);
      expect(css.replace(/['"]/g, '')).toContain(
        `[data-offer|=${tag.split('-')[0] ?? ''}] .language-offer[lang=${tag}]`,
      );
    }
  });

  it('precaches every language’s pages and shell, and falls back offline to each language’s shell', () => {
    const worker = read('sw.js');
    for (const locale of otherLocales) {
      for (const file of readdirSync(join(dist, locale))) expect(worker).toContain(`"${locale}/${file}"`);
      expect(worker).toContain(`fallbackURL:"${locale}/shell.html"`);
    }
  });

  it('keeps what a first visit to the start page runs within 2,000 gzip bytes', () => {
    const entries = startPageUrls(read('index.html')).scripts.map((url) => url.replace(/^\//, ''));
    const { gzip } = countBytes(dist, entries);
    console.log(`First visit to the start page: ${entries.join(', ')}, ${gzip} B gzip.`);
    expect(gzip).toBeLessThanOrEqual(2_000);
    // Every language's start page runs the same entry.
    for (const locale of otherLocales) {
      expect(startPageUrls(read(`${locale}/index.html`)).scripts).toEqual(
        startPageUrls(read('index.html')).scripts,
      );
    }
  });
});

describe('a language’s pages', () => {
  it('/es/ reads in Spanish, links its versions, and as a start page runs no app', async () => {
    await withPage(browser, { path: '/es/' }, async ({ page, consoleErrors }) => {
      await waitForApp(page);
      expect(await langOf(page)).toBe('es');
      expect(await page.evaluate<string | undefined>('document.documentElement.dataset.app')).toBe('none');
      const alternates = await page.evaluate<string[]>(
        "[...document.querySelectorAll('link[rel=alternate][hreflang]')].map((link) => link.hreflang + ' ' + link.getAttribute('href'))",
      );
      expect(alternates).toEqual(
        ['en /', 'es /es/', 'de /de/', 'pt-BR /pt-br/', 'fr /fr/', 'x-default /'].map((alternate) =>
          alternate.replace(' /', ` ${siteOrigin()}/`),
        ),
      );
      const menu = page.getByRole('navigation', { name: await wordsIn('es', () => t`Language`) });
      expect(await menu.getByRole('link', { name: 'Español' }).getAttribute('aria-current')).toBe('true');
      // Links inside the page stay in Spanish.
      expect(
        await page
          .getByRole('link', { name: await wordsIn('es', () => t`Start the quiz`) })
          .getAttribute('href'),
      ).toBe('/es/quiz/1');
      expect(consoleErrors).toEqual([]);
    });
  });

  it('keep their language as the app moves, and the menu leads to the same question in English', async () => {
    await withPage(browser, { path: '/de/quiz/3' }, async ({ page, consoleErrors }) => {
      // Nothing is answered, so the app moves on to the first open question: still in German.
      await page.waitForURL('**/de/quiz/1');
      await page.getByRole('progressbar').waitFor();
      expect(await langOf(page)).toBe('de');
      const menu = page.getByRole('navigation', { name: await wordsIn('de', () => t`Language`) });
      expect(await menu.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/quiz/1');
      expect(await menu.getByRole('link', { name: 'Deutsch' }).getAttribute('aria-current')).toBe('true');
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('the language menu', () => {
  it('leads from /roles to /es/roles, a Spanish page, and remembers the choice', async () => {
    await withPage(browser, { path: '/roles' }, async ({ page, consoleErrors }) => {
      await waitForApp(page);
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
      await page.waitForURL('**/es/roles');
      await waitForApp(page);
      expect(await langOf(page)).toBe('es');
      expect(
        await page.evaluate<string | undefined>("document.getElementById('root')?.dataset.prerendered"),
      ).toBe('/es/roles');
      expect((await readStorage(page))[languageKey]).toBe('es');
      expect(consoleErrors).toEqual([]);
    });
  });

  it('carries answers over: they are kept once, for every language', async () => {
    await withPage(browser, { path: '/quiz/1' }, async ({ page, consoleErrors }) => {
      await page
        .getByRole('radio', { name: inEnglish(questionAt(0).options[0]?.label), exact: true })
        .click();
      await page
        .getByRole('navigation', { name: 'Language' })
        .getByRole('link', { name: 'Français' })
        .click();
      await page.waitForURL('**/fr/quiz/1');
      await page.getByRole('progressbar').waitFor();
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    });
  });
});

describe('the English start page', () => {
  it('offers a German browser the German start page, without loading the app', async () => {
    await withPage(
      browser,
      { contextOptions: { locale: 'de-DE', serviceWorkers: 'block' } },
      async ({ page, consoleErrors }) => {
        const scripts: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        });
        await page.goto('/', { waitUntil: 'networkidle' });
        await waitForApp(page);
        const offer = page.locator('.language-offer[lang="de"]');
        expect(await offer.isVisible()).toBe(true);
        expect(await page.locator('.language-offer:visible').count()).toBe(1);
        expect(await langOf(page)).toBe('en');
        // Still only the entry: no app, no catalog.
        expect(scripts.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))).toEqual(['/assets/index.js']);
        expect(await page.evaluate<string | undefined>('document.documentElement.dataset.app')).toBe('none');

        await offer.getByRole('link').click();
        await page.waitForURL('**/de/');
        expect(await langOf(page)).toBe('de');
        expect((await readStorage(page))[languageKey]).toBe('de');
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('offers the language chosen before instead, and nothing once English was chosen', async () => {
    await withPage(browser, { path: '/', contextOptions: { locale: 'de-DE' } }, async ({ page }) => {
      await writeStorage(page, { [languageKey]: 'pt-BR' });
      await page.reload();
      await waitForApp(page);
      expect(await page.locator('.language-offer:visible').getAttribute('lang')).toBe('pt-BR');

      await writeStorage(page, { [languageKey]: 'en' });
      await page.reload();
      await waitForApp(page);
      expect(await page.locator('.language-offer:visible').count()).toBe(0);
    });
  });

  it('offers nothing to an English browser', async () => {
    await withPage(browser, { path: '/', contextOptions: { locale: 'en-US' } }, async ({ page }) => {
      await waitForApp(page);
      expect(await page.locator('.language-offer:visible').count()).toBe(0);
    });
  });
});

describe('a share link', () => {
  it('opened by someone who chose German reads in German, at the German address', async () => {
    const code = shareCode();
    await withPage(
      browser,
      { path: '/', contextOptions: { locale: 'fr-FR' } },
      async ({ page, consoleErrors }) => {
        await writeStorage(page, { [languageKey]: 'de' });
        await page.goto(`/shared#${code}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await langOf(page)).toBe('de');
        const url = new URL(page.url());
        expect(`${url.pathname}${url.hash}`).toBe(`/de/shared#${code}`);
        // The menu keeps the shared answers, which ride in the fragment.
        const menu = page.getByRole('navigation', { name: await wordsIn('de', () => t`Language`) });
        expect(await menu.getByRole('link', { name: 'English' }).getAttribute('href')).toBe(
          `/shared#${code}`,
        );
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('opened with nothing chosen reads in the browser’s language, or in English in place', async () => {
    const code = shareCode();
    await withPage(
      browser,
      { path: `/shared#${code}`, contextOptions: { locale: 'fr-FR' } },
      async ({ page }) => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await langOf(page)).toBe('fr');
        expect(new URL(page.url()).pathname).toBe('/fr/shared');
      },
    );
    await withPage(
      browser,
      { path: `/shared#${code}`, contextOptions: { locale: 'ja-JP' } },
      async ({ page }) => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await langOf(page)).toBe('en');
        expect(new URL(page.url()).pathname).toBe('/shared');
      },
    );
  });
});

describe('offline', () => {
  it('a Spanish route never visited gets the Spanish shell, and a Spanish page its prerendered copy', async () => {
    await withPage(browser, { path: '/es/' }, async ({ context, page, consoleErrors }) => {
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      await page.reload();
      expect(await page.evaluate<boolean>('navigator.serviceWorker.controller !== null')).toBe(true);
      await context.setOffline(true);

      const shell = await page.goto('/es/quiz/3');
      expect(shell?.fromServiceWorker()).toBe(true);
      const shellHtml = (await shell?.text()) ?? '';
      expect(shellHtml).toContain('<html lang="es">');
      expect(shellHtml).toContain('app-not-started');
      await page.getByRole('progressbar').waitFor();
      expect(await langOf(page)).toBe('es');

      const roles = await page.goto('/es/roles');
      expect(await roles?.text()).toContain('data-prerendered="/es/roles"');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await langOf(page)).toBe('es');
      expect(consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    });
  });
});
