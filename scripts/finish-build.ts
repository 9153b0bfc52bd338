// The last step of `npm run build`: writes each language's prerendered pages, bare app shell and manifest
// into dist/ (English at the top, every other language in a folder of its own: es/, de/, ...), then
// generates the service worker from everything the build produced.
// See docs/decisions/023-language-addresses.md
import { siteOrigin } from './site-origin.ts';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSW } from 'workbox-build';

const distDir = resolve('dist');
const serverBundle = resolve('.prerender/prerender.js');
/** The page's #root, the last thing in its body: in the template it holds the shell's message. */
const rootElement = /<div id="root">[\s\S]*<\/div>(?=\s*<\/body>)/;

/** What src/app/prerender.tsx exports (it is bundled for Node, so its types are restated here). */
interface PrerenderedPage {
  route: string;
  file: string;
  title: string;
  body: string;
  start: boolean;
  alternates: { hreflang: string; href: string }[];
}
interface LanguageEdition {
  locale: string;
  lang: string;
  folder: string;
  name: string;
  shortName: string;
  description: string;
  pages: PrerenderedPage[];
  shell: string;
}
interface PrerenderModule {
  basename: string;
  locales: readonly string[];
  sourceLocale: string;
  renderLanguage: (locale: string) => Promise<LanguageEdition>;
  renderLanguageOffers: () => Promise<string>;
}

interface Manifest {
  icons: { src: string }[];
  [field: string]: unknown;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Replaces what `pattern` finds, failing the build when the template no longer has it. */
function replaceIn(html: string, pattern: RegExp, replacement: (...groups: string[]) => string): string {
  if (!pattern.test(html)) throw new Error(`dist/index.html no longer matches ${String(pattern)}.`);
  return html.replace(pattern, replacement);
}

async function write(file: string, content: string): Promise<void> {
  await mkdir(dirname(join(distDir, file)), { recursive: true });
  await writeFile(join(distDir, file), content);
}

const template = await readFile(join(distDir, 'index.html'), 'utf8');
if (!rootElement.test(template) || !template.includes('app-not-started')) {
  throw new Error(
    'dist/index.html has no #root, at the end of its body, with the message for an app that has not started.',
  );
}
const manifestTemplate = JSON.parse(
  await readFile(join(distDir, 'manifest.webmanifest'), 'utf8'),
) as Manifest;

/**
 * The template's head in a language: `lang`, the title, the description and the language's manifest. A
 * start page says so, for the entry, which runs no app on one with nothing saved (decision 010).
 */
function headIn(edition: LanguageEdition, title: string, start = false): string {
  const mark = start ? ' data-page="start"' : '';
  let html = replaceIn(template, /<html lang="[^"]*">/, () => `<html lang="${edition.lang}"${mark}>`);
  html = replaceIn(html, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
  html = replaceIn(
    html,
    /(<meta\s+name="description"\s+content=")[^"]*"/,
    (_, start = '') => `${start}${escapeHtml(edition.description)}"`,
  );
  return replaceIn(
    html,
    /(<link rel="manifest" href="[^"]*\/)manifest\.webmanifest"/,
    (_, start = '') => `${start}${edition.folder}manifest.webmanifest"`,
  );
}

/** The links between a page's versions in every language, for search engines and other readers, as full addresses. */
function alternateLinks(page: PrerenderedPage): string {
  return page.alternates
    .map(
      ({ hreflang, href }) =>
        `    <link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(`${siteOrigin()}${href}`)}" />\n`,
    )
    .join('');
}

const prerender = (await import(pathToFileURL(serverBundle).href)) as PrerenderModule;
const { basename, locales, sourceLocale } = prerender;
const offers = await prerender.renderLanguageOffers();
const written: string[] = [];

for (const locale of locales) {
  const edition = await prerender.renderLanguage(locale);

  // Every route that is not prerendered is served its language's shell, which the app renders from
  // scratch. Until it does, or if it cannot, the shell shows its own message: never a blank page.
  await write(
    `${edition.folder}shell.html`,
    headIn(edition, edition.name).replace(rootElement, () => `<div id="root">${edition.shell}</div>`),
  );

  for (const page of edition.pages) {
    // A prerendered page is whole without the app, so it needs no message about the app not starting. The
    // English start page carries the hidden offers to read in another language, outside what React owns.
    const root = `<div id="root" data-prerendered="${escapeHtml(page.route)}">${page.body}</div>`;
    const before = page.start && locale === sourceLocale ? `${offers}\n    ` : '';
    const html = headIn(edition, page.title, page.start)
      .replace(/\n(\s*)<\/head>/, (_, indent: string) => `\n${alternateLinks(page)}${indent}</head>`)
      .replace(rootElement, () => `${before}${root}`);
    await write(page.file, html);
    written.push(page.route);
  }

  // The manifest sits in the language's folder and starts the installed app there; its scope stays the
  // whole site, so following the language menu does not leave the installed app.
  const up = edition.folder === '' ? '' : '../';
  const manifest: Manifest = {
    ...manifestTemplate,
    lang: edition.lang,
    name: edition.name,
    short_name: edition.shortName,
    description: edition.description,
    start_url: './',
    scope: up === '' ? './' : up,
    icons: manifestTemplate.icons.map((icon) => ({ ...icon, src: `${up}${icon.src}` })),
  };
  await write(`${edition.folder}manifest.webmanifest`, `${JSON.stringify(manifest, null, 2)}\n`);
}
await rm(resolve('.prerender'), { recursive: true, force: true });

const siteBase = basename === '/' ? '/' : `${basename}/`;
const prefixed = locales.filter((locale) => locale !== sourceLocale);
const { count, size, warnings } = await generateSW({
  globDirectory: distDir,
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
  swDest: join(distDir, 'sw.js'),
  // Offline, a route that was not prerendered gets its language's shell, and the app takes it from there:
  // English routes the top one, and each other language's routes (which Workbox's one fallback cannot
  // serve) a route of their own that answers with that language's precached shell.
  navigateFallback: 'shell.html',
  navigateFallbackDenylist: [
    new RegExp(`^${escapeRegExp(siteBase)}(?:${prefixed.map(escapeRegExp).join('|')})(?:/|$)`),
  ],
  runtimeCaching: prefixed.map((locale) => ({
    // Page addresses in the language: no dot in the path, so a missing file is not answered with a page.
    urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(`${siteBase}${locale}`)}(?:/[^?.]*)?(?:\\?.*)?$`),
    // Nothing is ever cached under a page's own address, so this always falls back to the shell.
    handler: 'CacheOnly' as const,
    options: { precacheFallback: { fallbackURL: `${locale}/shell.html` } },
  })),
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
  `Prerendered ${written.join(', ')}, and a shell per language; service worker precaches ${count} files (${(size / 1024).toFixed(1)} KiB).`,
);
