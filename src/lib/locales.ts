// The languages the app speaks, read by the app, the build and lingui.config.ts (in Node: nothing here may
// touch the browser or Vite). A new language is one more entry here, its name, and its catalog in src/locales/.
// Addresses: see docs/decisions/023-language-addresses.md

/** Every language, English (the source) first. Each id is a lowercase BCP 47 tag, and its address prefix. */
export const locales = ['en', 'es', 'de', 'pt-br', 'fr'] as const;

export type Locale = (typeof locales)[number];

/** The language the messages are written in, whose pages have no prefix. */
export const sourceLocale: Locale = 'en';

/**
 * Each language's catalogs (lingui.config.ts says which files' words go in which), each a file the pages
 * that show its words load: `messages` first, on every page; `notices` with the first notice; `quiz` with
 * the questions; `result` with every page that shows a result; `others` with the pages around it (past
 * results, comparing, a shared result, the answers); `content` with /roles and /path; `method` with /method.
 */
export const catalogNames = ['messages', 'notices', 'quiz', 'result', 'others', 'content', 'method'] as const;

export type CatalogName = (typeof catalogNames)[number];

/** Each language by its own name, as a reader of it looks for it in a list. Never translated. */
export const languageNames: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  'pt-br': 'Português (Brasil)',
  fr: 'Français',
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The language a route (the path below the site's base) is in: its first segment, when that names one. */
export function localeOfRoute(route: string): Locale {
  const first = route.split('/')[1] ?? '';
  return isLocale(first) && first !== sourceLocale ? first : sourceLocale;
}

/** The prefix a language's addresses carry below the base: "" for English, "/es" for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === sourceLocale ? '' : `/${locale}`;
}

/** A route without its language's prefix, as the router inside that language sees it: "/es/roles" is "/roles". */
export function routeWithoutLocale(route: string): string {
  const prefix = localePrefix(localeOfRoute(route));
  return route.slice(prefix.length) || '/';
}

/**
 * A route of the router (no prefix) in a language: "/roles" is "/es/roles" in Spanish. The start page of a
 * language keeps its slash ("/es/"), the address a static host serves its folder's index.html at.
 */
export function routeInLocale(route: string, locale: Locale): string {
  return `${localePrefix(locale)}${route}`;
}

/** The tag for `lang`, `hreflang` and `Intl`: the region in capitals, as BCP 47 writes it ("pt-BR"). */
export function languageTag(locale: Locale): string {
  return locale.replace(/-([a-z]+)$/, (_, region: string) => `-${region.toUpperCase()}`);
}

/** The locale a language tag names, whatever its case ("pt-BR" is pt-br); undefined for one the app lacks. */
export function localeOfTag(tag: string): Locale | undefined {
  const id = tag.toLowerCase();
  return isLocale(id) ? id : undefined;
}

/**
 * The first of a browser's languages (`navigator.languages`, most wanted first) that the app speaks: the
 * tag itself ("pt-BR"), or else its language without the region ("es-MX" reads Spanish, "pt-PT" Brazilian
 * Portuguese). Undefined when none is.
 */
export function localeOfLanguages(tags: readonly string[]): Locale | undefined {
  for (const tag of tags) {
    const exact = localeOfTag(tag);
    if (exact) return exact;
    const language = tag.toLowerCase().split('-')[0];
    const near = locales.find((locale) => locale.split('-')[0] === language);
    if (near) return near;
  }
  return undefined;
}

/**
 * The language an address that names none (a shared result) reads in: the one the person chose from the
 * language menu, else the first of the browser's languages the app speaks, else English.
 */
export function readerLocale(chosen: string | null, browserLanguages: readonly string[]): Locale {
  return (
    (chosen === null ? undefined : localeOfTag(chosen)) ?? localeOfLanguages(browserLanguages) ?? sourceLocale
  );
}
