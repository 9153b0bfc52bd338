// The languages the app speaks, read by the entry before any of the app has loaded, by the app, and by
// lingui.config.ts. A new language is one more entry here and its catalog in src/locales/.

/** Every language, English (the source) first. Each has its addresses under `/{locale}/`; English has `/`. */
export const locales = ['en', 'es', 'de', 'pt-br', 'fr'] as const;

export type Locale = (typeof locales)[number];

/** The language the messages are written in, whose pages have no prefix. */
export const sourceLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The language an address below the base is in: its first segment, when that names a language. */
export function localeOfRoute(route: string): Locale {
  const first = route.split('/')[1]?.toLowerCase() ?? '';
  return isLocale(first) ? first : sourceLocale;
}

/** The prefix a language's addresses carry below the base: "" for English, "/es" for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === sourceLocale ? '' : `/${locale}`;
}

/** The tag for `lang` and `Intl`: the region in capitals, as BCP 47 writes it ("pt-BR"). */
export function languageTag(locale: Locale): string {
  return locale.replace(/-([a-z]+)$/, (_, region: string) => `-${region.toUpperCase()}`);
}
