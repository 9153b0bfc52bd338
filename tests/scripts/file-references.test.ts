import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A comment that says "see docs/scoring.md" or "(after-paint.ts)" is only useful if that file exists.
// This finds such references in the comments under src/ and in the README, and checks each one.

const root = join(import.meta.dirname, '..', '..');
const skipped = new Set([
  'node_modules',
  '.git',
  'dist',
  'coverage',
  'reports',
  '.prerender',
  '.stryker-tmp',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const repositoryFiles = filesUnder(root);
const fileNames = new Set(repositoryFiles.map((path) => path.slice(dirname(path).length + 1)));

/** A path from the repository's root (`docs/scoring.md`, `src/engine/bank/`). */
const rootedPath = /(?<![\w./-])(?:docs|src|scripts|tests)\/[\w./-]*\w/g;
/** A bare file name (`after-paint.ts`), found in its own folder or anywhere in the repository. */
const fileName = /(?<![\w./-])[\w-]+\.(?:ts|tsx|css|md)\b/g;

function commentsOf(text: string): string {
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)].map((match) => match[0]).join('\n');
}

interface Reference {
  from: string;
  to: string;
}

function brokenReferencesIn(path: string, text: string): Reference[] {
  const from = relative(root, path).replaceAll('\\', '/');
  const rooted = [...text.matchAll(rootedPath)].map((match) => match[0]);
  const bare = [...text.matchAll(fileName)].map((match) => match[0]);
  return [
    ...rooted.filter((to) => !existsSync(join(root, to))),
    ...bare.filter((to) => !existsSync(join(dirname(path), to)) && !fileNames.has(to)),
  ].map((to) => ({ from, to }));
}

function brokenReferences(): Reference[] {
  const sources = repositoryFiles.filter((path) => /^src\/.*\.(?:ts|tsx|css)$/.test(relative(root, path)));
  const readme = join(root, 'README.md');
  return [
    ...sources.flatMap((path) => brokenReferencesIn(path, commentsOf(readFileSync(path, 'utf8')))),
    ...brokenReferencesIn(readme, readFileSync(readme, 'utf8')),
  ];
}

/** None is broken today; an entry here would be one known broken while its owner fixes it. */
const awaitingFix: readonly Reference[] = [];

describe('file references in comments and the README', () => {
  it('point at files that exist', () => {
    expect(brokenReferences()).toEqual(awaitingFix);
  });

  it('are found, so a passing check means something', () => {
    const text = 'See docs/scoring.md, docs/missing.md, after-paint.ts and missing-file.ts.';
    expect(
      brokenReferencesIn(join(root, 'src', 'example.ts'), text).map((reference) => reference.to),
    ).toEqual(['docs/missing.md', 'missing-file.ts']);
  });
});
