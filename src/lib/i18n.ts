// Loads the page's catalog. Each language's catalog is a file of its own, compiled from its PO file at
// build time, so a page fetches only the words of its own language.
import { i18n, type Messages } from '@lingui/core';
import { languageTag, type Locale } from './locales.ts';

export { i18n };

async function catalogOf(locale: Locale): Promise<Messages> {
  const { messages } = (await import(`../locales/${locale}/messages.po`)) as { messages: Messages };
  return messages;
}

/** Loads and switches to a language's messages; `Intl` formats then follow it too. */
export async function activateLocale(locale: Locale): Promise<void> {
  const messages = await catalogOf(locale);
  i18n.loadAndActivate({ locale: languageTag(locale), messages });
}
