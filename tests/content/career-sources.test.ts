import { msg } from '@lingui/core/macro';
import { describe, expect, it } from 'vitest';
import { careerPaths } from '../../src/content/career-path/index.ts';
import { certifications, whenNoneIsNeeded } from '../../src/content/certifications.ts';
import { neighbourRoles, neighboursForProfile } from '../../src/content/neighbour-roles.ts';
import { programManagerNaming } from '../../src/content/program-manager-naming.ts';
import { payFigures } from '../../src/content/pay.ts';
import { seedArticles, seedArticleTitles } from '../../src/content/seed-articles.ts';
import { seedFiles } from '../../src/content/sources.ts';
import type { Claim } from '../../src/content/sources.ts';
import {
  careerContent,
  claimProblems,
  claimsIn,
  english,
  looseMessagesIn,
  plainStringsIn,
} from './career-content.ts';

const tracks = ['product', 'project'] as const;
const claims = claimsIn(careerContent);

function kindsAt(found: readonly Claim[]): string[] {
  return [...new Set(found.map((claim) => claim.kind))];
}

describe('the claim checker', () => {
  it('rejects a fact with no source, a bad source, or an empty text', () => {
    const plans = msg`Project managers plan.`;
    const isTrue = msg`It is true.`;
    expect(claimProblems({ kind: 'fact', text: plans, sources: [] })).toContain('a fact without a source');
    expect(claimProblems({ kind: 'fact', text: plans })).toContain('a fact without a source');
    expect(
      claimProblems({
        kind: 'fact',
        text: isTrue,
        sources: [{ seed: 'elsewhere.txt', quote: 'x', translation: msg`x` }],
      }),
    ).toEqual(['unknown seed elsewhere.txt']);
    expect(
      claimProblems({ kind: 'fact', text: isTrue, sources: [{ authority: 'A blog', work: msg`Post` }] }),
    ).toEqual(['unknown body A blog']);
    expect(claimProblems({ kind: 'advice', text: msg` ` })).toEqual(['empty text']);
  });

  it('rejects words that are not a message, and a quote whose translation says something else', () => {
    expect(claimProblems({ kind: 'advice', text: 'Plan it.' })).toEqual(['a text that is not a message']);
    expect(
      claimProblems({
        kind: 'fact',
        text: msg`It plans.`,
        sources: [
          {
            seed: '000_0bce19b767154173.txt',
            quote: 'Project planning and scheduling',
            translation: msg`Project planning`,
          },
        ],
      }),
    ).toEqual(["a translation's English is not its quote: Project planning and scheduling"]);
    expect(
      claimProblems({
        kind: 'fact',
        text: msg`It plans.`,
        sources: [{ seed: '000_0bce19b767154173.txt', quote: 'Project planning and scheduling' }],
      }),
    ).toEqual(['a seed quote has no translation']);
    expect(
      claimProblems({ kind: 'fact', text: msg`It plans.`, sources: [{ authority: 'PMI', work: 'PMBOK' }] }),
    ).toEqual(['a public source names no work']);
  });

  it('accepts a fact with a quoted seed and a fact with a named body', () => {
    expect(
      claimProblems({
        kind: 'fact',
        text: msg`It plans.`,
        sources: [
          {
            seed: '000_0bce19b767154173.txt',
            quote: 'Project planning and scheduling',
            translation: msg`Project planning and scheduling`,
          },
        ],
      }),
    ).toEqual([]);
    expect(
      claimProblems({
        kind: 'fact',
        text: msg`It plans.`,
        sources: [{ authority: 'PMI', work: msg`PMBOK`, date: msg`May 2021` }],
      }),
    ).toEqual([]);
  });
});

describe('career content sources', () => {
  it('finds a good number of claims to check', () => {
    expect(claims.length).toBeGreaterThan(150);
  });

  it('gives every fact a source and every claim a text, and every quote a translation of its own words', () => {
    const problems = claims.flatMap(({ path, value }) =>
      claimProblems(value).map((problem) => `${path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('says nothing as a full sentence outside a claim, so no claim can dodge a source', () => {
    const labels = looseMessagesIn(careerContent);
    expect(labels.length).toBeGreaterThan(50);
    const sentences = labels.filter(({ value }) => /[.!?]$/.test(value.trim()));
    expect(sentences.map(({ path, value }) => `${path}: ${value}`)).toEqual([]);
  });

  it('keeps every word a person reads in a message: plain strings are only ids, publishers and quotes', () => {
    const dataKeys =
      /\.(id|track|theme|neighbour|kind|issuer|authority|seed|quote)$|\.fits(Tracks|Neighbours)\[\d+\]$/;
    const words = plainStringsIn(careerContent).filter(({ path }) => !dataKeys.test(path));
    expect(words.map(({ path, value }) => `${path}: ${value}`)).toEqual([]);
  });

  it('states the week, the routes’ skills, certificates, neighbours and pay as facts', () => {
    for (const track of tracks) {
      const { typicalWeek, routes, skillsToBuild } = careerPaths[track];
      const weekItems = [
        ...typicalWeek.meetings,
        ...typicalWeek.documents,
        ...typicalWeek.decisions,
        ...typicalWeek.inTheRoom,
      ];
      expect(kindsAt(weekItems.map((item) => item.detail)), `${track} week`).toEqual(['fact']);
      const routeFacts = Object.values(routes).flatMap((route) => [...route.carriesOver, ...route.toLearn]);
      expect(kindsAt(routeFacts), `${track} routes`).toEqual(['fact']);
      expect(kindsAt(Object.values(skillsToBuild).map((entry) => entry.why)), `${track} skills`).toEqual([
        'fact',
      ]);
    }
    const certificateClaims = certifications.flatMap((certificate) => [
      certificate.signals,
      ...(certificate.prerequisites ? [certificate.prerequisites] : []),
    ]);
    expect(kindsAt(certificateClaims)).toEqual(['fact']);
    const neighbourClaims = neighbourRoles.flatMap((role) => [
      ...role.whatItIs,
      role.toProduct,
      role.toProject,
    ]);
    const fitClaims = Object.values(neighboursForProfile).flatMap((fits) => fits.map((fit) => fit.rationale));
    expect(kindsAt([...neighbourClaims, ...fitClaims, programManagerNaming])).toEqual(['fact']);
    expect(kindsAt(payFigures.map((pay) => pay.figure))).toEqual(['fact']);
  });

  it('marks first steps, practice and experiments as advice, and time frames as rough guides', () => {
    for (const track of tracks) {
      const { routes, skillsToBuild, experiments } = careerPaths[track];
      const advised = [
        ...Object.values(routes).map((route) => route.firstStep),
        ...Object.values(skillsToBuild).map((entry) => entry.practice),
        ...experiments.flatMap((experiment) => [experiment.howTo, experiment.whatItTells]),
      ];
      expect(kindsAt(advised), track).toEqual(['advice']);
      for (const route of Object.values(routes)) {
        const { kind } = route.timeFrame;
        const text = english(route.timeFrame.text);
        expect(kind, `${track}/${route.id}`).toBe('estimate');
        // The page labels every estimate "Rough guide:", so the sentence must not say it again.
        expect(text, `${track}/${route.id} must leave "rough guide" to its label`).not.toMatch(
          /rough guide/i,
        );
        expect(text, `${track}/${route.id} must say a range in words`).toMatch(
          /\b(a|one|two|three|four|five|six|nine)\b[^.]*\bto\b[^.]*\b(months?|years?|a half)\b/,
        );
        expect(text, `${track}/${route.id} must not use digits`).not.toMatch(/\d/);
      }
    }
  });

  it('keeps estimates to time frames, so nothing else claims without a source', () => {
    const estimates = claims.filter(({ value }) => value.kind === 'estimate');
    expect(estimates.length).toBeGreaterThan(0);
    for (const { path } of estimates) expect(path).toMatch(/\.timeFrame$/);
  });

  it('mixes facts with advice on when no certificate is needed', () => {
    expect(kindsAt(whenNoneIsNeeded).sort()).toEqual(['advice', 'fact']);
  });

  it('dates every pay figure, in its source and in its own field', () => {
    for (const pay of payFigures) {
      const occupation = english(pay.occupation);
      const dated = pay.figure.sources.filter(
        (source) => 'authority' in source && english(source.date) === english(pay.asOf),
      );
      expect(dated.length, occupation).toBeGreaterThan(0);
      expect(english(pay.figure.text)).toContain(english(pay.asOf));
    }
  });

  it('names no file path and says nothing about how the content was made', () => {
    const everything = JSON.stringify(careerContent);
    expect(everything).not.toMatch(/\/work\/|node_modules|seeds\/|\b(generated|chatbot|language model)\b/i);
  });
});

describe('the seed articles’ titles', () => {
  it('cites each article by its English title, with a translation whose English is that title', () => {
    for (const seed of seedFiles) {
      const { title, translation } = seedArticleTitles[seed];
      expect(seedArticles[seed], seed).toContain(`“${title}”`);
      expect(translation.message, seed).toBe(title);
    }
  });
});
