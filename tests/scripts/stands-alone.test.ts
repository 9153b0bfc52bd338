import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A person's clone has nothing beside it, so no code may import, or read, a file outside the repository.
const root = resolve('.');
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\1/g;
const pathOutside = /(['"])\.\.\1\s*,\s*(['"])shared\2|readFileSync\([^)]*\.\.\/shared/;

/** Each relative import in `source` (a file at `file`) that resolves outside `top`, and each path built to `../shared`. */
export function reachesOutside(file: string, source: string, top: string = root): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(specifier)) {
    const target = resolve(dirname(file), (match[2] ?? '').replace(/\?.*$/, ''));
    if (relative(top, target).startsWith('..')) found.push(`${relative(top, file)} imports ${match[2]}`);
  }
  if (pathOutside.test(source)) found.push(`${relative(top, file)} builds a path to ../shared`);
  return found;
}

const codeFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file) && !file.startsWith('node_modules/'));

describe('a repository that stands alone', () => {
  it('has no code that imports or reads a file outside the repository', () => {
    expect(codeFiles.length).toBeGreaterThan(100);
    const found = codeFiles.flatMap((file) =>
      reachesOutside(resolve(file), readFileSync(file, 'utf8')).filter(
        // This file names the patterns it looks for.
        (line) => !line.startsWith('tests/scripts/stands-alone.test.ts'),
      ),
    );
    expect(found).toEqual([]);
  });

  it('would notice an import of the seed articles from beside the repository, or a path built to them', () => {
    const file = resolve('tests/engine/bank.test.ts');
    // Built in pieces, so that this file does not itself look like an import from beside the repository.
    const beside = ['..', '..', '..', 'shared', 'seeds', 'a.txt?raw'].join('/');
    expect(reachesOutside(file, `import article from '${beside}';`)).toEqual([
      `tests/engine/bank.test.ts imports ${beside}`,
    ]);
    expect(reachesOutside(file, "const seeds = join(process.cwd(), '..', 'shared', 'seeds');")).toEqual([
      'tests/engine/bank.test.ts builds a path to ../shared',
    ]);
    expect(reachesOutside(file, "import { questionBank } from '../../src/engine/index.ts';")).toEqual([]);
  });
});
