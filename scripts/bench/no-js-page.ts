// The yardstick for the start page's LCP: the same prerendered page with no JavaScript at all, served
// from a copy of the build. Whatever the app's scripts add to the first paint shows as the difference.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The page's HTML without its script tags and module preloads; its stylesheet and content stay. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>\s*/gi, '');
}

export interface NoJsCopy {
  /** The folder to serve: a copy of dist/ whose index.html runs no script. */
  dir: string;
  remove: () => void;
}

/** Copies distDir to a temporary folder and strips the scripts from its start page. */
export function noJsCopy(distDir = 'dist'): NoJsCopy {
  const dir = mkdtempSync(join(tmpdir(), 'which-tpm-no-js-'));
  cpSync(resolve(distDir), dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = withoutScripts(readFileSync(index, 'utf8'));
  if (/<script\b/i.test(html)) throw new Error('The no-JavaScript start page still has a script tag.');
  writeFileSync(index, html);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
