import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import lingui from 'eslint-plugin-lingui';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The engine imports nothing from outside src/engine (`outside` is the relative path out of it). */
function engineImports(outside) {
  return [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*'],
          message: 'The engine must not depend on UI or state libraries.',
        },
        { group: [outside], message: 'The engine must not import from outside src/engine.' },
      ],
    },
  ];
}

/**
 * Who may import whom, one layer at a time; nothing imports upward (see docs/decisions/019-a-fence-for-every-layer.md).
 * Each entry names the folders a layer may not reach, as seen from files one level inside src/.
 */
const layerFences = [
  { layer: 'lib', forbidden: ['app', 'screens', 'components', 'store', 'content'] },
  { layer: 'content', forbidden: ['app', 'screens', 'components', 'store', 'lib'] },
  { layer: 'store', forbidden: ['app', 'screens', 'components', 'content'] },
  { layer: 'components', forbidden: ['app', 'screens', 'store'] },
  { layer: 'screens', forbidden: ['app'] },
];

function layerImports(forbidden, depth) {
  const up = '../'.repeat(depth);
  return [
    'error',
    {
      patterns: forbidden.map((folder) => ({
        group: [`${up}${folder}/*`, `${up}${folder}`],
        message: `This layer may not import from src/${folder}: imports go one way (lib and engine at the bottom, app at the top).`,
      })),
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'reports', '.stryker-tmp', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/browser/**', 'tests/engine/**', 'tests/scripts/**', 'tests/content/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Vitest runs without globals, so Testing Library cannot register its own cleanup.
    files: ['tests/setup-dom.ts'],
    rules: { 'testing-library/no-manual-cleanup': 'off' },
  },
  {
    files: ['scripts/**/*.ts', 'tests/browser/**/*.ts', 'tests/scripts/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The engine is pure: no UI, no storage, no browser globals. See docs/decisions/002-a-pure-engine.md.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': engineImports('../*'),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'].map(
          (name) => ({
            name,
            message: 'The engine runs without a browser: pass data in instead.',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use createRandom(seed) so every figure can be reproduced.',
        },
      ],
    },
  },
  {
    // Files in the engine's folders (bank/, tooling/) may use the rest of the engine, one level up.
    files: ['src/engine/*/**/*.ts'],
    rules: { 'no-restricted-imports': engineImports('../../*') },
  },
  {
    // Every word a person reads lives in a message catalog (src/locales): text in JSX or in a string a
    // screen shows fails here. Strings that are not words for people (class names, routes, keys) pass.
    files: [
      'src/screens/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/lib/**/*.tsx',
    ],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          // One token without a capital (a class name, a key, a route). The rule already passes text with no
          // letters at all; it builds these without the `u` flag, so a `\p{L}` here would pass any text without a "p".
          // Markup built as text (the result card's SVG) starts with a tag; its words come in as escaped values.
          ignore: ['^[^\\sA-Z]+$', '^<'],
          ignoreNames: [
            {
              regex: {
                pattern:
                  '^(className|type|rel|role|id|href|to|key|kind|as|name|htmlFor|autoComplete|inputMode|lang|hrefLang|target|method|download|mode|step|variant|tone|src|srcSet|viewBox|d|fill|stroke|xmlns|dateTime|accept|encType|pattern|property|content|media|sizes|crossOrigin|loading|decoding|fetchPriority|aria-live|aria-current|aria-hidden|aria-haspopup|aria-controls|aria-describedby|aria-labelledby|aria-invalid|data-.*|[A-Z_]+)$',
              },
            },
            // A CSS font stack (the result card's SVG) names typefaces, which are never translated.
            { regex: { pattern: '^font(Family)?$' } },
          ],
          ignoreFunctions: [
            'console.*',
            'Error',
            '*.querySelector',
            '*.querySelectorAll',
            '*.getItem',
            '*.setItem',
            '*.removeItem',
            '*.addEventListener',
            '*.removeEventListener',
            '*.get',
            '*.has',
            '*.set',
            '*.delete',
            '*.getAttribute',
            '*.setAttribute',
            'matchPath',
            'useHeadingFocus',
            'createElement',
            '*.createElement',
            '*.startsWith',
            '*.endsWith',
            '*.includes',
            '*.split',
            '*.replace',
            '*.join',
            '*.toLocaleString',
            'Intl.*',
            '*.postMessage',
            'new URL',
            'URL',
            'Blob',
            'new Blob',
            'fetch',
          ],
        },
      ],
    },
  },
  ...layerFences.flatMap(({ layer, forbidden }) => [
    { files: [`src/${layer}/*.{ts,tsx}`], rules: { 'no-restricted-imports': layerImports(forbidden, 1) } },
    {
      files: [`src/${layer}/*/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': layerImports(forbidden, 2) },
    },
  ]),
);
