import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careerContent, claimsIn } from '../content/career-content.ts';

// The seed articles sit beside the repository, in ../shared/seeds (as the bank's test reads them), or
// wherever WHICH_TPM_SEEDS_DIR points. Every quote in the career content must appear in its seed word for word.
const seedsDir = process.env['WHICH_TPM_SEEDS_DIR'] ?? join(process.cwd(), '..', 'shared', 'seeds');

describe.runIf(existsSync(seedsDir))('seed quotes in the career content', () => {
  it('quotes every seed word for word', () => {
    const flatten = (text: string) => text.replace(/\s+/g, ' ');
    const missing = claimsIn(careerContent).flatMap(({ path, value }) =>
      value.kind !== 'fact'
        ? []
        : value.sources.flatMap((source) => {
            if (!('seed' in source)) return [];
            const text = flatten(readFileSync(join(seedsDir ?? '', source.seed), 'utf8'));
            return text.includes(flatten(source.quote)) ? [] : [`${path}: "${source.quote}"`];
          }),
    );
    expect(missing).toEqual([]);
  });
});
