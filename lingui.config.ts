import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';
import { locales, sourceLocale } from './src/lib/locales.ts';

/** Where the catalogs live. The languages come from src/lib/locales.ts, the one list the app reads too. */
export default defineConfig({
  sourceLocale,
  locales: [...locales],
  catalogs: [{ path: '<rootDir>/src/locales/{locale}/messages', include: ['<rootDir>/src'] }],
  // Without line numbers, a change elsewhere in a file does not rewrite every catalog.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  // <Trans> renders without a React provider: the page's language is fixed for the page's life (a new
  // language is a new address), so every message reads the one shared i18n instance.
  runtimeConfigModule: { Trans: ['#trans', 'Trans'] },
});
