import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  itemRestCorrelations,
  pearson,
  pilotReport,
} from '../../../src/engine/tooling/pilot-statistics.ts';
import type { PilotFile } from '../../../src/engine/tooling/pilot-statistics.ts';
import {
  backgroundQuestions,
  choiceQuestion,
  enjoymentOptionIds,
  fixtureBank,
  interestQuestion,
} from '../../fixtures/pilot/fixture-bank.ts';

// Five people, three items on a 1–5 scale:
//   person  items    total
//   1       2 3 3     8
//   2       4 4 5    13
//   3       3 4 3    10
//   4       5 5 4    14
//   5       1 2 2     5
// Sums of squared deviations: item 1 (mean 3) 1+1+0+4+4 = 10; item 2 (mean 3.6) .36+.16+.16+1.96+2.56 = 5.2;
// item 3 (mean 3.4) .16+2.56+.16+.36+1.96 = 5.2; totals (mean 10) 4+9+0+16+25 = 54.
// alpha = 3/2 × (1 − (10 + 5.2 + 5.2)/54) = 3/2 × 33.6/54 = 14/15.
const textbook = [
  [2, 3, 3],
  [4, 4, 5],
  [3, 4, 3],
  [5, 5, 4],
  [1, 2, 2],
];

describe('pearson', () => {
  it('matches a hand computation', () => {
    // x deviations −2 −1 0 1 2, y (mean 4) −2 0 1 0 1: cross products 6, squares 10 and 6, r = 6/√60.
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it('is null for fewer than two pairs or a list that does not vary, and refuses lists of two lengths', () => {
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow(RangeError);
  });

  it('stays within [-1, 1] and does not change when either list is shifted or stretched', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
      minLength: 2,
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        pairs,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: -9, max: 9 }),
        (list, scale, shift) => {
          const x = list.map(([first]) => first);
          const y = list.map(([, second]) => second);
          const r = pearson(x, y);
          if (r === null) return;
          expect(Math.abs(r)).toBeLessThanOrEqual(1);
          expect(
            pearson(
              x.map((value) => value * scale + shift),
              y,
            ),
          ).toBeCloseTo(r, 9);
        },
      ),
    );
  });
});

describe('cronbachAlpha', () => {
  it('gives 14/15 for the five-person example worked by hand above', () => {
    expect(cronbachAlpha(textbook)).toBeCloseTo(14 / 15, 12);
  });

  it('is 1 when every item gives the same scores, and 0 when the items are unrelated', () => {
    expect(
      cronbachAlpha([
        [0, 0],
        [2, 2],
        [4, 4],
      ]),
    ).toBeCloseTo(1, 12);
    // Two items that do not covary: the total's variance is the sum of the items' variances.
    expect(
      cronbachAlpha([
        [0, 0],
        [0, 2],
        [2, 0],
        [2, 2],
      ]),
    ).toBeCloseTo(0, 12);
  });

  it('is null with one person, one item, or totals that never differ; refuses ragged rows', () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1], [3]])).toBeNull();
    expect(
      cronbachAlpha([
        [1, 3],
        [3, 1],
      ]),
    ).toBeNull();
    expect(cronbachAlpha([])).toBeNull();
    expect(() => cronbachAlpha([[1, 2], [1]])).toThrow(RangeError);
  });
});

describe('itemRestCorrelations', () => {
  it('correlates each item with the sum of the others', () => {
    // Item 1 against items 2 + 3 (6 9 7 9 4, mean 7): cross products 1+2+0+4+6 = 13, squares 10 and 18.
    const [first, second, third] = itemRestCorrelations(textbook);
    expect(first).toBeCloseTo(13 / Math.sqrt(180), 12);
    expect(second).toBeCloseTo(0.908108, 6);
    expect(third).toBeCloseTo(0.795304, 6);
    expect(itemRestCorrelations([])).toEqual([]);
  });
});

// Three product interest items and two project ones, four forced choices, and the background questions.
const bank = fixtureBank([
  interestQuestion('p1', 'product'),
  interestQuestion('p2', 'product'),
  interestQuestion('p3', 'product'),
  interestQuestion('j1', 'project'),
  interestQuestion('j2', 'project'),
  choiceQuestion('c1'),
  choiceQuestion('c2'),
  choiceQuestion('c3'),
  choiceQuestion('c4'),
  ...backgroundQuestions,
]);

type Attempt = PilotFile['attempts'][number];
const day = 24 * 60 * 60 * 1000;

function attempt(answers: Record<string, string>, change: Partial<Attempt> = {}): Attempt {
  return { takenAt: 0, mode: 'full', answers, background: {}, ...change };
}

/** Answers to the four choices with `productCount` of them for product: productShare is productCount/4. */
function choices(productCount: number): Record<string, string> {
  return Object.fromEntries(
    ['c1', 'c2', 'c3', 'c4'].map((id, index) => [id, index < productCount ? 'product' : 'project']),
  );
}

/** Interest answers from scores 0–4, in the order p1 p2 p3 j1 j2. */
function interests(scores: readonly number[]): Record<string, string> {
  return Object.fromEntries(
    ['p1', 'p2', 'p3', 'j1', 'j2'].map((id, index) => [
      id,
      enjoymentOptionIds[scores[index] ?? -1] ?? 'missing',
    ]),
  );
}

const file = (...attempts: Attempt[]): PilotFile => ({ bankVersion: 2, attempts });

describe('pilotReport: interest scales', () => {
  // The hand-worked example shifted to the 0–4 scale (alpha does not change); the two project items
  // always agree, so their alpha and item–rest correlations are 1.
  const files = [
    file(attempt(interests([1, 2, 2, 0, 0]))),
    file(attempt(interests([3, 3, 4, 2, 2]))),
    // The newest attempt skipped p3: the older, complete one counts.
    file(attempt({ p1: 'very-much' }, { takenAt: 2 }), attempt(interests([2, 3, 2, 4, 4]), { takenAt: 1 })),
    file(attempt(interests([4, 4, 3, 1, 1]))),
    file(attempt(interests([0, 1, 1, 3, 3]))),
    // Never answered every item: left out.
    file(attempt({ p1: 'a-lot', p2: 'a-lot' })),
  ];

  it("takes each person's newest complete attempt and gives alpha and item–rest correlations per scale", () => {
    const [product, project] = pilotReport(files, bank).scales;
    expect(product).toMatchObject({ role: 'product', n: 5 });
    expect(product?.alpha).toBeCloseTo(14 / 15, 12);
    expect(product?.items.map((item) => item.questionId)).toEqual(['p1', 'p2', 'p3']);
    expect(product?.items[0]?.correlation).toBeCloseTo(13 / Math.sqrt(180), 12);
    expect(project).toMatchObject({ role: 'project', n: 5 });
    expect(project?.alpha).toBeCloseTo(1, 12);
    expect(project?.items.map((item) => item.correlation)).toEqual([1, 1]);
  });

  it('says plainly when too few people answered for the figure to be read', () => {
    const [product] = pilotReport(files, bank).scales;
    expect(product?.note).toBe(
      'Only 5 people answered every item of this scale: too few to read this figure (aim for 30 or more).',
    );
  });
});

describe('pilotReport: people who enjoy their current role', () => {
  const enjoying = (role: string, enjoyment: string) => ({ currentRole: role, currentEnjoyment: enjoyment });
  const files = [
    file(attempt(choices(4), { background: enjoying('product-manager', 'very-much') })), // product: matches
    file(attempt(choices(1), { background: enjoying('product-manager', 'a-lot') })), // project: does not
    file(attempt(choices(0), { background: enjoying('project-manager', 'a-lot') })), // project: matches
    file(attempt(choices(0), { background: enjoying('project-manager', 'somewhat') })), // does not enjoy it
    file(attempt(choices(4), { background: enjoying('designer', 'very-much') })), // neither role
    // The newest attempt says student: the older product-manager answer no longer describes them.
    file(
      attempt(choices(4), { takenAt: 2, background: enjoying('student', 'very-much') }),
      attempt(choices(4), { takenAt: 1, background: enjoying('product-manager', 'very-much') }),
    ),
    file(attempt({}, { background: enjoying('product-manager', 'very-much') })), // nothing to score
  ];

  it('counts how many were recommended the track of the role they enjoy, overall and by role', () => {
    const { roleMatch } = pilotReport(files, bank);
    expect(roleMatch).toMatchObject({
      n: 3,
      matched: 2,
      byRole: { product: { n: 2, matched: 1 }, project: { n: 1, matched: 1 } },
    });
    expect(roleMatch.share).toBeCloseTo(2 / 3, 12);
    expect(roleMatch.note).toMatch(/^Only 3 people enjoy a current product or project role: too few/);
  });
});

describe('pilotReport: retest', () => {
  // productShare of the older and the newer full attempt, in quarters: (4, 3), (1, 1), (3, 0).
  // Deviations from the means 8/3 and 4/3: x 4/3 −5/3 1/3, y 5/3 −1/3 −4/3; cross products 21/9,
  // squares 42/9 each: r = 21/42 = 0.5. The third person changed track; the other two did not.
  const files = [
    file(
      attempt(choices(3), { takenAt: 3 }),
      attempt(choices(4), { takenAt: 2 }),
      attempt(choices(0), { takenAt: 1 }),
    ),
    file(attempt(choices(1), { takenAt: 2 }), attempt(choices(1), { takenAt: 1 })),
    // A quick check in between does not count: the two full attempts do.
    file(
      attempt(choices(0), { takenAt: 3 }),
      attempt(choices(4), { takenAt: 2, mode: 'quick' }),
      attempt(choices(3), { takenAt: 1 }),
    ),
    // One full attempt only.
    file(attempt(choices(4), { takenAt: 2, mode: 'quick' }), attempt(choices(4), { takenAt: 1 })),
  ];

  it("correlates productShare between each person's newest two full attempts", () => {
    const { retest } = pilotReport(files, bank);
    expect(retest.n).toBe(3);
    expect(retest.correlation).toBeCloseTo(0.5, 12);
    expect(retest.sameTrack).toBe(2);
    expect(retest.note).toMatch(/^Only 3 people took the full quiz twice/);
  });

  it('gives the median days between the two attempts', () => {
    const spaced = [
      file(attempt(choices(3), { takenAt: 3 * day }), attempt(choices(4), { takenAt: day })),
      file(attempt(choices(1), { takenAt: 14 * day }), attempt(choices(1), { takenAt: 0 })),
      file(attempt(choices(0), { takenAt: 7 * day }), attempt(choices(3), { takenAt: 0 })),
    ];
    expect(pilotReport(spaced, bank).retest.medianDaysApart).toBe(7);
  });

  it('can skip attempts taken too soon after one another to count as a retest', () => {
    // The first person changed an answer an hour later: with a week required, their older sitting counts.
    const withChange = [
      file(
        attempt(choices(4), { takenAt: 10 * day + 3_600_000 }),
        attempt(choices(3), { takenAt: 10 * day }),
        attempt(choices(4), { takenAt: 0 }),
      ),
      ...files.slice(1),
    ];
    expect(pilotReport(withChange, bank).retest.medianDaysApart).toBeCloseTo(0, 0);
    const { retest } = pilotReport(withChange, bank, { minimumDaysApart: 7 });
    expect(retest.n).toBe(1);
    expect(retest.medianDaysApart).toBeCloseTo(10 + 1 / 24, 9);
  });

  it('reads attempts by date, whatever order the file lists them in', () => {
    const shuffled = files.map((entry) => ({ ...entry, attempts: [...entry.attempts].reverse() }));
    expect(pilotReport(shuffled, bank).retest.correlation).toBeCloseTo(0.5, 12);
  });
});

describe('pilotReport: what it leaves out', () => {
  it('counts files of another bank version and answers the bank does not hold, and uses neither', () => {
    const report = pilotReport(
      [
        file(attempt({ ...choices(4), retired: 'agree', c1: 'maybe' })),
        { bankVersion: 1, attempts: [attempt(choices(0))] },
      ],
      bank,
    );
    expect(report).toMatchObject({
      bankVersion: 2,
      people: 1,
      attempts: 1,
      otherVersion: 1,
      unknownAnswers: 2,
    });
    expect(report.roleMatch.n).toBe(0);
    expect(report.roleMatch.share).toBeNull();
    expect(report.retest.correlation).toBeNull();
  });
});
