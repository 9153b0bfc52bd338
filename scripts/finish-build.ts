// The last step of `npm run build`: writes the prerendered pages and the bare app shell into dist/,
// then generates the service worker from everything the build produced.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSW } from 'workbox-build';

const distDir = resolve('dist');
const serverBundle = resolve('.prerender/prerender.js');
/** The page's #root, the last thing in its body: in the template it holds the shell's message. */
const rootElement = /<div id="root">[\s\S]*<\/div>(?=\s*<\/body>)/;

interface PrerenderModule {
  prerenderedPages: readonly { path: string; file: string; title: string }[];
  renderPage: (path: string) => Promise<string>;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const template = await readFile(join(distDir, 'index.html'), 'utf8');
if (!rootElement.test(template) || !template.includes('app-not-started')) {
  throw new Error(
    'dist/index.html has no #root, at the end of its body, with the message for an app that has not started.',
  );
}

// Every route that is not prerendered is served this page, which the app renders from scratch. Until it
// does, or if it cannot, the page shows its own message: never a blank page.
await writeFile(join(distDir, 'shell.html'), template);

const { prerenderedPages, renderPage } = (await import(pathToFileURL(serverBundle).href)) as PrerenderModule;
for (const page of prerenderedPages) {
  const body = await renderPage(page.path);
  const html = template
    // A prerendered page is whole without the app, so it needs no message about the app not starting.
    .replace(rootElement, () => `<div id="root" data-prerendered="${escapeHtml(page.path)}">${body}</div>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  await writeFile(join(distDir, page.file), html);
}
await rm(resolve('.prerender'), { recursive: true, force: true });

const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
  swDest: join(distDir, 'sw.js'),
  // Offline, a route that was not prerendered gets the shell, and the app takes it from there.
  navigateFallback: 'shell.html',
  // Hashed file names already change with their content.
  dontCacheBustURLsMatching: /assets\//,
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  // A new version waits until the person agrees to reload (the app offers it), so no answer is lost.
  skipWaiting: false,
  // The first version installed takes charge of the page that installed it at once, so a first visit
  // that goes offline still gets every screen from the cache.
  clientsClaim: true,
  mode: 'production',
  sourcemap: false,
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(
  `Prerendered ${prerenderedPages.map((page) => page.path).join(', ')}; service worker precaches ${count} files (${(size / 1024).toFixed(1)} KiB).`,
);
