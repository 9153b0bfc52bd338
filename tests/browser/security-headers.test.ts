// `vite preview` (and so `npm start`) sent no security headers, so another
// site could frame the app.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The headers the README tells hosts to send, word for word. */
const readmeHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

describe('the preview server', () => {
  it.each(['/', '/result', '/assets/', '/sw.js'])(
    'sends the README’s security headers with %s',
    async (path) => {
      const response = await fetch(new URL(path, inject('baseUrl')));
      for (const [name, value] of Object.entries(readmeHeaders)) {
        expect(response.headers.get(name), name).toBe(value);
      }
    },
  );

  it('cannot be framed by a page on another port', async () => {
    const target = new URL('/result', inject('baseUrl')).href;
    const framing = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(
        `<!doctype html><title>Another site</title><iframe title="framed" src="${target}"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const { port } = framing.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      // Chromium replaces a frame its ancestors may not hold with an error page.
      expect(frame?.url()).toMatch(/^chrome-error:/);
      expect(await page.frameLocator('iframe').getByRole('link', { name: 'Which TPM?' }).count()).toBe(0);
    } finally {
      await context.close();
      await new Promise((resolve) => framing.close(resolve));
    }
  });
});
