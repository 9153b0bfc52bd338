import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countBytes, measureBuild, startPageUrls, staticImports } from '../../scripts/build-size.ts';
import { linguiCatalogSource } from '../../scripts/lingui/catalog-source.ts';
import { catalogNames, locales } from '../../src/lib/locales.ts';

// The browser project's global setup has just built dist/, so these check what would be deployed.
const dist = 'dist';
const htmlFiles = readdirSync(dist).filter((file) => file.endsWith('.html'));

function policyOf(html: string): Map<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

/** The class names a stylesheet's selectors name. */
function classesStyledBy(css: string): Set<string> {
  return new Set([...css.matchAll(/\.(-?[a-z_][\w-]*)/gi)].flatMap((match) => match[1] ?? []));
}

const cssFiles = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.css'));

describe('the built HTML', () => {
  it('is the prerendered pages plus the shell', () => {
    expect(htmlFiles.sort()).toEqual(['index.html', 'method.html', 'roles.html', 'shell.html']);
  });

  // Chromium fetches the page icon again on every move within the app, and for an SVG icon it builds a
  // whole SVG document on the main thread (27 ms on a slow phone), in the way of the next tap.
  it.each(htmlFiles)('%s names a PNG page icon, which is cheap to draw again', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const icons = [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*>/g)].map((match) => match[0]);
    expect(icons).toHaveLength(1);
    expect(icons[0]).toMatch(/href="[^"]+\.png"/);
    expect(icons[0]).toContain('type="image/png"');
  });

  // A prerendered page may show for good without the app (the start page on a first visit does), and so
  // may the shell's message when the app cannot start, so a class they use must not be styled only by a
  // sheet that comes with the app.
  it.each(['index.html', 'roles.html', 'method.html', 'shell.html'])(
    '%s finds the rules for every class it uses in the sheets it links',
    (file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      const linked = startPageUrls(html).styles.map((url) => url.replace(/^.*\/assets\//, ''));
      expect(linked.length).toBeGreaterThan(0);
      const styledHere = new Set(
        linked.flatMap((name) => [...classesStyledBy(readFileSync(join(dist, 'assets', name), 'utf8'))]),
      );
      const styledElsewhere = new Set(
        cssFiles
          .filter((name) => !linked.includes(name))
          .flatMap((name) => [...classesStyledBy(readFileSync(join(dist, 'assets', name), 'utf8'))]),
      );
      const used = new Set(
        [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => (match[1] ?? '').split(/\s+/)),
      );
      const unstyled = [...used].filter((name) => styledElsewhere.has(name) && !styledHere.has(name));
      expect(unstyled).toEqual([]);
    },
  );

  it.each(htmlFiles)('%s runs no inline script and loads scripts only from the app itself', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(body.trim()).toBe('');
      expect(attributes).toMatch(/src="\/assets\/[^"]+\.js"/);
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it.each(htmlFiles)('%s carries a Content-Security-Policy that allows only the app’s own origin', (file) => {
    const policy = policyOf(readFileSync(join(dist, file), 'utf8'));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    for (const values of policy.values()) {
      expect(values).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    }
  });

  it.each([
    ['index.html', '/', 'Which TPM? Product or Project Manager'],
    ['roles.html', '/roles', 'Compare the roles · Which TPM?'],
    ['method.html', '/method', 'How it works · Which TPM?'],
  ])('%s is prerendered for %s with its own title and main heading', (file, path, title) => {
    const html = readFileSync(join(dist, file), 'utf8');
    expect(html).toContain(`<div id="root" data-prerendered="${path}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toMatch(/<h1[^>]*>/);
  });

  it('gives the shell, for routes rendered in the browser, only a message for when the app cannot start', () => {
    const html = readFileSync(join(dist, 'shell.html'), 'utf8');
    const root = /<div id="root">([\s\S]*)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';
    expect(root).toContain('<main class="page narrow app-not-started">');
    expect(root).toContain('<h1>This page could not start</h1>');
    expect(root).toContain('<a class="button primary" href="">Reload the page</a>');
  });

  it('gives the prerendered pages no message about the app, which they do not need', () => {
    for (const file of ['index.html', 'roles.html', 'method.html']) {
      expect(readFileSync(join(dist, file), 'utf8')).not.toContain('app-not-started');
    }
  });
});

/** The start page's JavaScript budget, in exact gzip bytes (level 9, file by file, as a server sends them). */
const startPageBudget = 90_000;
/** What a first visit to the start page runs: the entry alone, which decides whether the app is needed. */
const firstVisitBudget = 2_000;

describe('the size budget', () => {
  it(`keeps the start page's JavaScript within ${startPageBudget} gzip bytes`, () => {
    const { startPage } = measureBuild(dist);
    expect(startPage.js.files.length).toBeGreaterThan(0);
    expect(startPage.js.gzip).toBeGreaterThan(50_000);
    expect(startPage.js.gzip, `start page JavaScript: ${startPage.js.files.join(', ')}`).toBeLessThanOrEqual(
      startPageBudget,
    );
  });

  it(`keeps what a first visit to the start page runs, its entry, within ${firstVisitBudget} gzip bytes`, () => {
    const entries = startPageUrls(readFileSync(join(dist, 'index.html'), 'utf8')).scripts.map((url) =>
      url.replace(/^\//, ''),
    );
    expect(entries).toHaveLength(1);
    for (const entry of entries) expect(staticImports(readFileSync(join(dist, entry), 'utf8'))).toEqual([]);
    const { gzip } = countBytes(dist, entries);
    expect(gzip).toBeGreaterThan(1_000);
    expect(gzip).toBeLessThanOrEqual(firstVisitBudget);
  });

  it('loads the other screens only when they are visited', () => {
    const { startPage, total } = measureBuild(dist);
    const lazy = total.js.files.filter((file) => !startPage.js.files.includes(file));
    for (const screen of [
      'question-screen',
      'result-screen',
      'roles-screen',
      'method-screen',
      'compare-screen',
    ]) {
      expect(lazy.some((file) => file.includes(screen))).toBe(true);
    }
  });
});

describe('the installable app', () => {
  it('has a manifest with 192 and 512 pixel icons that exist', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string; sizes: string }[];
      display: string;
    };
    expect(manifest.display).toBe('standalone');
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === size);
      expect(icon && existsSync(join(dist, icon.src))).toBe(true);
    }
  });

  it('has a generated service worker that precaches every page and script', () => {
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    for (const file of htmlFiles) expect(worker).toContain(`"${file}"`);
    for (const script of readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'))) {
      expect(worker).toContain(`assets/${script}`);
    }
  });
});

describe('the built catalogs', () => {
  const scripts = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));

  // The build looks every message up by a short id; a Lingui id left in the code would find no words.
  it('leave no Lingui message id in the built code', async () => {
    const extracted = await linguiCatalogSource(process.cwd()).sourceMessages();
    const ids = new Set(extracted.flatMap(([, messages]) => messages.map(({ id }) => id)));
    expect(ids.size).toBeGreaterThan(1000);
    const left = scripts.flatMap((file) => {
      const code = readFileSync(join(dist, 'assets', file), 'utf8');
      return [...code.matchAll(/(["'`])([A-Za-z0-9+/]{6})\1/g)]
        .map((match) => match[2] ?? '')
        .filter((id) => ids.has(id))
        .map((id) => `${file}: ${id}`);
    });
    expect(left).toEqual([]);
  });

  it('are one list per catalog and language', () => {
    const catalogFile = new RegExp(`^(${catalogNames.join('|')})-[\\w-]{8}\\.js$`);
    const catalogs = scripts.filter((file) => catalogFile.test(file));
    expect(catalogs).toHaveLength(catalogNames.length * locales.length);
    for (const file of catalogs) {
      const code = readFileSync(join(dist, 'assets', file), 'utf8');
      expect(code, file).toMatch(/JSON\.parse\(`\[/);
    }
  });
});
