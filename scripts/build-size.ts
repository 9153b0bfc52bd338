// Byte counts of a production build: what the start page loads, and everything under dist/.
// Used by `npm run bench` and by the size budget test, so it only reads files: no output, no network.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of a set of files: `raw` as stored, `gzip` the sum of each file gzipped at level 9 (as a server would send them). */
export interface ByteCount {
  raw: number;
  gzip: number;
  /** Paths relative to the build folder, with forward slashes, sorted. */
  files: string[];
}

export interface BuildSize {
  /**
   * The most JavaScript and CSS dist/index.html can load before anything is clicked: its entry, the
   * modules the entry may import (the app, which a visit with saved answers loads after the first
   * paint), and everything those import statically. A first visit loads only the entry.
   */
  startPage: { js: ByteCount; css: ByteCount };
  /** Every .js and .css file of the build, except the service worker's. */
  total: { js: ByteCount; css: ByteCount };
  /** The service worker (sw.js) and any Workbox runtime it loads, when the build has one. */
  serviceWorker?: ByteCount;
}

export interface MeasureBuildOptions {
  /**
   * The path the build is served from (Vite's `base`), used to turn the page's URLs into files.
   * Defaults to BASE_PATH (as vite.config.ts reads it) or "/"; when a URL does not start with it,
   * the longest tail of the URL that names a file in the build is used.
   */
  base?: string;
}

/** The service worker and the Workbox runtime generateSW writes next to it (not workbox-window, which the page loads). */
export function isServiceWorkerFile(path: string): boolean {
  const name = posix.basename(path);
  return name === 'sw.js' || (/^workbox-.*\.js$/.test(name) && !name.startsWith('workbox-window'));
}

function listFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = resolve(directory, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** The bytes of the given files (paths relative to distDir), raw and gzipped at level 9 one by one. */
export function countBytes(distDir: string, files: Iterable<string>): ByteCount {
  const sorted = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of sorted) {
    const content = readFileSync(resolve(distDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files: sorted };
}

interface Attributes {
  [name: string]: string | undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function parseAttributes(source: string): Attributes {
  const attributes: Attributes = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    if (name === undefined || name in attributes) continue;
    attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The URLs of the module scripts, module preloads and stylesheets an HTML page names. */
export function startPageUrls(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of withoutComments.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attributes = parseAttributes(tag[2] ?? '');
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (tag[1]?.toLowerCase() === 'script') {
      if (attributes.type?.toLowerCase() === 'module' && attributes.src) scripts.push(attributes.src);
    } else if (rel.includes('modulepreload') && attributes.href) {
      scripts.push(attributes.href);
    } else if (rel.includes('stylesheet') && attributes.href) {
      styles.push(attributes.href);
    }
  }
  return { scripts, styles };
}

/**
 * The specifiers of the static imports (and re-exports) at the top of an ES module: everything that
 * loads with it. Stops at the first statement that is not one, which is where bundlers stop writing them.
 * Vite writes its one-line `__vite__mapDeps` table (the CSS files of lazy chunks) above a chunk's
 * imports; it is skipped, or every import after it would go uncounted.
 */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const gap = /(?:\s+|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/|const __vite__mapDeps=[^\n]*\n)*/y;
  const statement =
    /(?:import(?![\s]*[(.])\s*(?:[\w$\s{},*]*?\s*from\s*)?|export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[\w$\s,]*\}\s*)from\s*)(["'])([^"'\n]+)\1\s*;?/y;
  let position = 0;
  for (;;) {
    gap.lastIndex = position;
    gap.exec(code);
    position = gap.lastIndex;
    statement.lastIndex = position;
    const match = statement.exec(code);
    if (!match) return specifiers;
    if (match[2] !== undefined) specifiers.push(match[2]);
    position = statement.lastIndex;
  }
}

/** The specifiers of `import("./x.js")` calls in a module: what it loads later, on its own schedule. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)].flatMap((match) => match[2] ?? []);
}

/** The `@import` URLs at the top of a stylesheet. */
function cssImports(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1\s*\)?[^;]*;/g)) {
    if (match[2] !== undefined) urls.push(match[2]);
  }
  return urls;
}

const origin = 'http://build.invalid';

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * The file in distDir (relative, forward slashes) that `url`, seen from the page or file at `fromPath`
 * (a URL path), names; undefined for another origin, a data: URL or (in JavaScript) a bare module name.
 */
function resolveUrl(
  distDir: string,
  base: string,
  url: string,
  fromPath: string,
  kind: 'url' | 'module',
): string | undefined {
  if (kind === 'module' && !/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(url)) return undefined;
  const resolved = new URL(url, origin + fromPath);
  if (resolved.origin !== origin) return undefined;
  const path = decodeURIComponent(resolved.pathname);
  if (path.startsWith(base) && isFile(resolve(distDir, path.slice(base.length)))) {
    return path.slice(base.length);
  }
  // The build was made for another base path: take the longest tail of the path that is a file.
  const segments = path.split('/').filter((segment) => segment !== '');
  for (let start = 0; start < segments.length; start++) {
    const file = segments.slice(start).join('/');
    if (isFile(resolve(distDir, file))) return file;
  }
  throw new Error(`${url} (from ${fromPath}) names no file in ${distDir}.`);
}

/** Measures the build in distDir: exact byte counts, the same for the same files. */
export function measureBuild(distDir = 'dist', options: MeasureBuildOptions = {}): BuildSize {
  const root = resolve(distDir);
  const indexFile = resolve(root, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`No ${toPosix(relative('.', indexFile))}: build the app first.`);
  let base = options.base ?? process.env.BASE_PATH ?? '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;

  const { scripts, styles } = startPageUrls(readFileSync(indexFile, 'utf8'));
  const pagePath = `${base}index.html`;
  const startJs = new Set<string>();
  const startCss = new Set<string>();
  const entries = scripts.flatMap((url) => resolveUrl(root, base, url, pagePath, 'url') ?? []);
  // The entry may load the app once the page has painted (src/boot.ts does when answers are saved);
  // that is start-page code too. Dynamic imports further in are screens loaded on a visit, not followed.
  const appModules = entries.flatMap((file) =>
    dynamicImports(readFileSync(resolve(root, file), 'utf8')).flatMap(
      (specifier) => resolveUrl(root, base, specifier, base + file, 'module') ?? [],
    ),
  );
  const pendingJs = [...entries, ...appModules];
  const pendingCss = styles.flatMap((url) => resolveUrl(root, base, url, pagePath, 'url') ?? []);
  for (let file = pendingJs.shift(); file !== undefined; file = pendingJs.shift()) {
    if (startJs.has(file)) continue;
    startJs.add(file);
    for (const specifier of staticImports(readFileSync(resolve(root, file), 'utf8'))) {
      const imported = resolveUrl(root, base, specifier, base + file, 'module');
      if (imported !== undefined) pendingJs.push(imported);
    }
  }
  for (let file = pendingCss.shift(); file !== undefined; file = pendingCss.shift()) {
    if (startCss.has(file)) continue;
    startCss.add(file);
    for (const url of cssImports(readFileSync(resolve(root, file), 'utf8'))) {
      const imported = resolveUrl(root, base, url, base + file, 'url');
      if (imported !== undefined) pendingCss.push(imported);
    }
  }

  const all = listFiles(root).map((file) => toPosix(relative(root, file)));
  const serviceWorker = all.filter(isServiceWorkerFile);
  const totalJs = all.filter((file) => /\.m?js$/.test(file) && !isServiceWorkerFile(file));
  const totalCss = all.filter((file) => file.endsWith('.css'));

  const size: BuildSize = {
    startPage: { js: countBytes(root, startJs), css: countBytes(root, startCss) },
    total: { js: countBytes(root, totalJs), css: countBytes(root, totalCss) },
  };
  if (serviceWorker.length > 0) size.serviceWorker = countBytes(root, serviceWorker);
  return size;
}
