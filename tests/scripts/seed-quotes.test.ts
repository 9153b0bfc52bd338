import { describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { findBankProblems } from '../../src/engine/tooling/validate-bank.ts';
import { readSeedArticles, seedsFolderVariable } from './seed-articles.ts';
import { careerContent, claimsIn } from '../content/career-content.ts';

// Every quote from a seed article, in the question bank and in the career content, must appear in that
// article word for word. The articles sit outside the repository, so this runs only where they are.
const seeds = readSeedArticles();
const flatten = (text: string) => text.replace(/\s+/g, ' ');

describe('quotes from the seed articles', () => {
  it('finds every quote, in the question bank and the career content, in its seed word for word', (context) => {
    if (!seeds.found) {
      // The default reporter lists a skipped test without its note, so say it where anyone running npm test sees it.
      console.info(`Skipped the seed-quote check: ${seeds.why}.`);
      return context.skip(seeds.why);
    }
    const inBank = findBankProblems(questionBank, seeds.texts);
    const inCareerContent = claimsIn(careerContent).flatMap(({ path, value }) =>
      value.kind !== 'fact'
        ? []
        : value.sources.flatMap((source) =>
            'seed' in source && !flatten(seeds.texts[source.seed]).includes(flatten(source.quote))
              ? [`${path}: "${source.quote}"`]
              : [],
          ),
    );
    expect([...inBank, ...inCareerContent]).toEqual([]);
  });
});

describe('reading the seed articles', () => {
  it(`says why the check is skipped when ${seedsFolderVariable} is not set`, () => {
    const absent = readSeedArticles({});
    expect(absent.found).toBe(false);
    expect(absent.found ? '' : absent.why).toContain(seedsFolderVariable);
  });

  it('fails plainly when the folder it names lacks an article', () => {
    expect(() => readSeedArticles({ [seedsFolderVariable]: 'tests' })).toThrow(
      /has no 000_0bce19b767154173\.txt/,
    );
  });
});
