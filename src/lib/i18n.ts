// Loads the page's catalog, and decides which language a page is in. Each language's catalog is a file of
// its own, compiled from its PO file at build time, so a page fetches only the words of its own language.
// See docs/decisions/023-language-addresses.md
import { i18n, type Messages } from '@lingui/core';
import { currentRoute } from './base-path.ts';
import {
  type CatalogName,
  languageTag,
  localeOfRoute,
  localeOfTag,
  readerLocale,
  sourceLocale,
  type Locale,
} from './locales.ts';
import { languageFreeRoutes, localeAddress } from './paths.ts';
import { chosenLanguage } from './storage-keys.ts';

export { i18n };

export type { CatalogName };

// In the built app a message missing from the loaded catalogs shows as its short id: a page that forgot to
// load its catalog. Saying so in the console makes every browser test that checks the console catch it.
// (In development and tests a missing message falls back to its English.)
if (import.meta.env.PROD) {
  i18n.on('missing', ({ id, locale }) => {
    console.error(`No words in ${locale} for message ${id}: is its catalog loaded on this page?`);
  });
}

async function catalogOf(locale: Locale, name: CatalogName): Promise<Messages> {
  const { messages } = (await import(`../locales/${locale}/${name}.po`)) as { messages: Messages };
  return messages;
}

/** Loads and switches to a language's messages; `Intl` formats then follow it too. */
export async function activateLocale(locale: Locale): Promise<void> {
  const messages = await catalogOf(locale, 'messages');
  i18n.loadAndActivate({ locale: languageTag(locale), messages });
}

const extraLoads = new Map<string, Promise<void>>();

/** Adds one more catalog's words in the active language, once; the pages that show them wait for this. */
export function loadCatalog(name: Exclude<CatalogName, 'messages'>): Promise<void> {
  const tag = i18n.locale;
  let load = extraLoads.get(`${tag}:${name}`);
  if (!load) {
    load = catalogOf(activeLocale(), name).then(
      (messages) => i18n.load(tag, messages),
      (error: unknown) => {
        // A failed fetch is not kept, so the screen's retry fetches the catalog again.
        extraLoads.delete(`${tag}:${name}`);
        throw error;
      },
    );
    extraLoads.set(`${tag}:${name}`, load);
  }
  return load;
}

/** The language of the messages active now, which is the page's: its words, its links, its router. */
export function activeLocale(): Locale {
  return localeOfTag(i18n.locale) ?? sourceLocale;
}

/**
 * The language of the page at this address, settled before the app renders. An address that names a
 * language reads in it. A language-free one (a shared result) reads in the language the person chose,
 * else the browser's, else English; and it takes that language's prefix in place (no reload), so every
 * link on the page, a reload and the language menu stay in that language.
 */
export function settlePageLocale(): Locale {
  const route = currentRoute();
  if (!languageFreeRoutes.includes(route)) return localeOfRoute(route);
  const locale = readerLocale(chosenLanguage(), navigator.languages);
  if (locale !== sourceLocale) {
    const { search, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${localeAddress(route, locale)}${search}${hash}`);
  }
  return locale;
}
