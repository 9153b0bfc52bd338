import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';
import { locales, sourceLocale } from './src/lib/locales.ts';

/** The files whose words only the content pages (/roles, /path/…) read. */
const contentFiles = [
  '<rootDir>/src/content/career-path/**',
  '<rootDir>/src/content/certifications.ts',
  '<rootDir>/src/content/neighbour-roles.ts',
  '<rootDir>/src/content/pay.ts',
  '<rootDir>/src/content/roles.ts',
  '<rootDir>/src/components/career-path.tsx',
  '<rootDir>/src/screens/path-screen.tsx',
  '<rootDir>/src/screens/roles-screen.tsx',
];

/** The files whose words only the method page reads: how the score works, with a worked example. */
const methodFiles = [
  '<rootDir>/src/screens/method-screen.tsx',
  '<rootDir>/src/components/worked-example.tsx',
];

/** Where the catalogs live. The languages come from src/lib/locales.ts, the one list the app reads too. */
export default defineConfig({
  sourceLocale,
  locales: [...locales],
  // Two catalogs per language, split along the pages that load them: the career content (role facts, career
  // paths, certifications) is read only on /roles and /path, and the method's only on /method, so the quiz
  // and the result fetch neither.
  catalogs: [
    { path: '<rootDir>/src/locales/{locale}/content', include: contentFiles },
    { path: '<rootDir>/src/locales/{locale}/method', include: methodFiles },
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: [...contentFiles, ...methodFiles],
    },
  ],
  // Without line numbers, a change elsewhere in a file does not rewrite every catalog.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  // <Trans> renders without a React provider: the page's language is fixed for the page's life (a new
  // language is a new address), so every message reads the one shared i18n instance.
  runtimeConfigModule: { Trans: ['#trans', 'Trans'] },
});
