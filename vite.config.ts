import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { transformAsync } from '@babel/core';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { linguiCatalogSource } from './scripts/lingui/catalog-source.ts';
import { catalogModules } from './scripts/lingui/catalog-modules.ts';
import { defineConfig } from 'vitest/config';

/**
 * Only the app's own origin may run code, load styles or be framed into forms. frame-ancestors cannot be
 * set from a meta tag: hosts should send it as a header (see the README).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The response headers the README asks hosts to send, sent by `vite preview` (and so `npm start`) too,
 * so what people run locally is what hosts are told to do. frame-ancestors stops other sites framing
 * the app, which the meta tag cannot.
 */
export const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
} as const;

/** Adds the Content-Security-Policy to the built pages (the dev server needs inline scripts). */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'which-tpm:content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

/**
 * `vite preview` serves the bare app shell for routes that were not prerendered, as a static host
 * should; otherwise they would get the start page's prerendered HTML and show it for a moment. A route
 * in a language (/es/quiz/1) gets that language's shell, so its message reads in it; a language's start
 * page is served with or without its slash (/es/, /es).
 */
function previewShellPlugin(): Plugin {
  return {
    name: 'which-tpm:preview-shell',
    configurePreviewServer(server) {
      const distDir = server.config.build.outDir;
      const base = server.config.base;
      const exists = (file: string) => existsSync(join(distDir, file));
      server.middlewares.use((request, _response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const route = path.startsWith(base) ? path.slice(base.length) : path;
        const isPage = request.method === 'GET' && route !== '' && !/\.[a-z0-9]+$/i.test(route);
        const page = route.replace(/\/$/, '');
        if (isPage && exists(`${page}/index.html`)) {
          request.url = `${base}${page}/index.html`;
        } else if (isPage && !exists(`${page}.html`)) {
          const folder = page.split('/')[0] ?? '';
          request.url = `${base}${exists(`${folder}/shell.html`) ? `${folder}/` : ''}shell.html`;
        }
        next();
      });
    },
  };
}

/**
 * Turns Lingui's macros (`t`, `msg`, `plural`, `<Trans>`) into message ids and values, before any other
 * transform. `@vitejs/plugin-react` 6 runs no Babel, and the Babel plugin for Rolldown needs Node 22, so
 * this runs Babel itself, only on files that import a macro. See docs/decisions/022-messages-in-catalogs.md
 */
function linguiMacroPlugin(): Plugin {
  return {
    name: 'which-tpm:lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.[jt]sx?$/.test(file) || file.includes('/node_modules/') || !code.includes('@lingui/'))
        return null;
      if (!/from\s*["']@lingui\/(core|react)\/macro["']/.test(code)) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: ['@lingui/babel-plugin-lingui-macro'],
      });
      return result?.code ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  // Where the app is hosted: "/" by default, or a sub-path such as BASE_PATH=/careers/tpm/.
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    linguiMacroPlugin(),
    lingui(),
    catalogModules(linguiCatalogSource(import.meta.dirname)),
    react(),
    contentSecurityPolicyPlugin(),
    previewShellPlugin(),
  ],
  // No preload helper for lazy screens: one stylesheet ships with the entry, and the service worker
  // precaches every chunk, so the helper's kilobyte on the start page would buy almost nothing.
  build: { target: 'es2022', modulePreload: false, copyPublicDir: !isSsrBuild },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/engine/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/locales/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['tests/setup-i18n.ts'],
          // Generous: property tests and full renders take seconds on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: [
            'tests/**/*.test.tsx',
            'tests/store/**/*.test.ts',
            'tests/app/**/*.test.ts',
            'tests/lib/**/*.test.ts',
          ],
          exclude: ['tests/browser/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-i18n.ts', 'tests/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // The quiz driver finds buttons by their words in the active language: English unless a test
          // switches.
          setupFiles: ['tests/setup-i18n.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
