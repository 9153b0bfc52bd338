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

/** The files whose words only the questions read, in the quiz and when an answer is changed. */
const quizFiles = [
  '<rootDir>/src/screens/quiz-step.tsx',
  '<rootDir>/src/screens/question-screen.tsx',
  '<rootDir>/src/screens/quick-check-screen.tsx',
  '<rootDir>/src/components/question-form.tsx',
  '<rootDir>/src/components/option-list.tsx',
];

/** The files whose words only the result page, and the pages that show a result, read. */
const resultFiles = [
  '<rootDir>/src/engine/result-copy.ts',
  '<rootDir>/src/screens/result-screen.tsx',
  '<rootDir>/src/components/result-view.tsx',
  '<rootDir>/src/components/reason-list.tsx',
  '<rootDir>/src/components/flip-panel.tsx',
  '<rootDir>/src/components/share-panel.tsx',
  '<rootDir>/src/components/result-card.tsx',
  '<rootDir>/src/components/result-card-svg.ts',
  '<rootDir>/src/components/dimension-chart.tsx',
  '<rootDir>/src/components/print-stamp.tsx',
  '<rootDir>/src/components/lean-bar.tsx',
  '<rootDir>/src/components/download-answers.tsx',
];

/**
 * The files whose words only the pages around a result read: past results, comparing, a shared result,
 * and the answers page. They show a result too, so they load `result` as well.
 */
const othersFiles = [
  '<rootDir>/src/engine/compare-copy.ts',
  '<rootDir>/src/engine/history-copy.ts',
  '<rootDir>/src/screens/history-screen.tsx',
  '<rootDir>/src/screens/past-result-screen.tsx',
  '<rootDir>/src/screens/compare-screen.tsx',
  '<rootDir>/src/screens/shared-result-screen.tsx',
  '<rootDir>/src/screens/answers-screen.tsx',
  '<rootDir>/src/components/attempt-summary.tsx',
];

/**
 * The store's notices: what happened to saved answers and results (storage trouble, a change in another
 * tab). Most visits show none, so their words load with the first one (src/app/notice-list.tsx).
 */
const noticeFiles = ['<rootDir>/src/store/**'];

/**
 * Messages written beside the question they belong to, in the bank, but read on one page only: a comment
 * that starts with `prefix` moves its message to that page's catalog when the catalogs are compiled
 * (scripts/lingui/catalog-modules.ts). The comment also tells translators where the words show.
 */
export const movedByComment = [
  { prefix: 'On the result:', catalog: 'result' },
  { prefix: 'On a shared result:', catalog: 'others' },
  { prefix: 'On the method page:', catalog: 'method' },
];

/** Where the catalogs live. The languages come from src/lib/locales.ts, the one list the app reads too. */
export default defineConfig({
  sourceLocale,
  locales: [...locales],
  // Catalogs per language, split along the pages that load them (src/lib/locales.ts lists them), so a
  // page fetches the words it can show. See docs/decisions/025-catalogs-by-page-and-short-ids.md
  catalogs: [
    { path: '<rootDir>/src/locales/{locale}/content', include: contentFiles },
    { path: '<rootDir>/src/locales/{locale}/method', include: methodFiles },
    { path: '<rootDir>/src/locales/{locale}/notices', include: noticeFiles },
    { path: '<rootDir>/src/locales/{locale}/quiz', include: quizFiles },
    { path: '<rootDir>/src/locales/{locale}/result', include: resultFiles },
    { path: '<rootDir>/src/locales/{locale}/others', include: othersFiles },
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: [
        ...contentFiles,
        ...methodFiles,
        ...noticeFiles,
        ...quizFiles,
        ...resultFiles,
        ...othersFiles,
      ],
    },
  ],
  // Without line numbers, a change elsewhere in a file does not rewrite every catalog.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  // <Trans> renders without a React provider: the page's language is fixed for the page's life (a new
  // language is a new address), so every message reads the one shared i18n instance.
  runtimeConfigModule: { Trans: ['#trans', 'Trans'] },
});
