import { existsSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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
 * should; otherwise they would get the start page's prerendered HTML and show it for a moment.
 */
function previewShellPlugin(): Plugin {
  return {
    name: 'which-tpm:preview-shell',
    configurePreviewServer(server) {
      const distDir = server.config.build.outDir;
      const base = server.config.base;
      server.middlewares.use((request, _response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const route = path.startsWith(base) ? path.slice(base.length) : path;
        const isPage = request.method === 'GET' && route !== '' && !/\.[a-z0-9]+$/i.test(route);
        if (isPage && !existsSync(join(distDir, `${route.replace(/\/$/, '')}.html`))) {
          request.url = `${base}shell.html`;
        }
        next();
      });
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  // Where the app is hosted: "/" by default, or a sub-path such as BASE_PATH=/careers/tpm/.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentSecurityPolicyPlugin(), previewShellPlugin()],
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
          include: ['tests/engine/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          environment: 'node',
          // Generous: property tests and full renders take seconds on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/**/*.test.tsx', 'tests/store/**/*.test.ts', 'tests/app/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
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
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
