// A language's catalogs, merged, as the pages that show all of them would load them. Loaded only when
// asked for: the bench drives the quiz with the same helpers, and Node cannot import a catalog.
import type { Messages } from '@lingui/core';
import { catalogNames, type Locale } from '../src/lib/locales.ts';

export async function catalogsOf(locale: Locale): Promise<Messages> {
  const loaded = await Promise.all(
    catalogNames.map(
      async (name) =>
        ((await import(`../src/locales/${locale}/${name}.po`)) as { messages: Messages }).messages,
    ),
  );
  return Object.assign({}, ...loaded) as Messages;
}
