import { describe, expect, it } from 'vitest';
import {
  compareEvaluations,
  describeShift,
  differenceBands,
  evaluate,
  questionBank,
} from '../../src/engine/index.ts';
import type { DimensionDifference, Evaluation, Track } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { answersToward } from './answers.ts';

const base = evaluate({});

/** An evaluation with the given dimension scores (in bank order), each theme answered in full. */
function withScores(scores: readonly number[], productShare = 0.5): Evaluation {
  return {
    ...base,
    productShare,
    dimensions: base.dimensions.map((dimension, index) => ({
      ...dimension,
      score: scores[index] ?? 0,
      answered: dimension.total,
    })),
  };
}

function withShare(productShare: number, track: Track): Evaluation {
  return { ...base, productShare, track };
}

/** Where both sides stand on a theme, in English, the first side first, as the compare page shows them. */
function bothReadings(dimension: DimensionDifference | undefined): string {
  return dimension ? `${translate(dimension.firstReading)} ${translate(dimension.secondReading)}` : '';
}

describe('compareEvaluations: edges', () => {
  it('matches dimensions by id, whatever order the second result lists them in', () => {
    const firstScores = [1, 0.5, 0, 0, 0, 0, 0, -1, 0];
    const secondScores = [-1, 0.5, 0, 0, 0, 0, 0, 1, 0];
    const first = withScores(firstScores);
    const second = withScores(secondScores);
    const reordered = { ...second, dimensions: [...second.dimensions].reverse() };
    const comparison = compareEvaluations(first, reordered);
    expect(
      comparison.dimensions.map((dimension) => [dimension.id, dimension.first, dimension.second]),
    ).toEqual(
      base.dimensions.map((dimension, index) => [dimension.id, firstScores[index], secondScores[index]]),
    );
  });

  it('treats a dimension the second result lacks as unanswered', () => {
    const first = withScores([0.8, 0, 0, 0, 0, 0, 0, 0]);
    const second = { ...withScores([]), dimensions: withScores([]).dimensions.slice(1) };
    const [direction] = compareEvaluations(first, second).dimensions;
    expect(direction).toMatchObject({ id: 'direction', first: 0.8, second: 0, gap: 0.8 });
    expect(direction && translate(direction.secondReading)).toBe('They answered none of its questions.');
    expect(direction && translate(direction.firstReading)).toMatch(/^You lean strongly toward /);
  });

  it('says in two whole sentences where each side stands, in the bands of describeDimension', () => {
    const first = withScores([0.8, 0.3, 0.1, 0.8]);
    const second = withScores([-0.2, -0.6, -0.19, 0]);
    const comparison = compareEvaluations(first, {
      ...second,
      dimensions: second.dimensions.map((dimension) =>
        dimension.id === 'measure' ? { ...dimension, answered: 0 } : dimension,
      ),
    });
    expect(comparison.dimensions.slice(0, 4).map(bothReadings)).toEqual([
      'You lean strongly toward deciding where to go: vision and strategy. They lean toward getting there: planning and execution.',
      'You lean toward customers and the market. They lean strongly toward schedule, budget and people.',
      'You are balanced between the two. They are balanced between the two.',
      'You lean strongly toward outcomes: adoption, satisfaction, revenue. They answered none of its questions.',
    ]);
  });

  it('words the other side’s poles about them, not you', () => {
    // Each theme's lean is written without "you", so both sides read it whole; the other side never says "you".
    const uncertainty = base.dimensions.findIndex((dimension) => dimension.id === 'uncertainty');
    const scores = base.dimensions.map((_, index) => (index === uncertainty ? 0.8 : 0));
    const comparison = compareEvaluations(withScores(scores), withScores(scores));
    const theme = comparison.dimensions[uncertainty];
    expect(theme && translate(theme.firstReading)).toBe(
      'You lean strongly toward exploring: learning by trying.',
    );
    expect(theme && translate(theme.secondReading)).toBe(
      'They lean strongly toward exploring: learning by trying.',
    );
    expect(
      comparison.dimensions.map((dimension) => translate(dimension.secondReading)).join(' '),
    ).not.toMatch(/\byour?\b/i);
  });

  it('names the three widest gaps of at least 0.25, widest first', () => {
    const first = withScores([0, 0, 0, 0, 0, 0, 0, 0]);
    const second = withScores([0.25, 0.24, -0.5, 0.3, 1, -0.1, 0.26, 0]);
    const comparison = compareEvaluations(first, second);
    expect(comparison.biggestDifferences.map((dimension) => [dimension.id, dimension.gap])).toEqual([
      ['ownership', 1],
      ['uncertainty', 0.5],
      ['measure', 0.3],
    ]);
    const fewer = compareEvaluations(first, withScores([0.25, 0.24, 0, 0, 0, 0, 0, 0]));
    expect(fewer.biggestDifferences.map((dimension) => dimension.id)).toEqual(['direction']);
  });

  it('lists only real differences: not themes where both lean the same way by about as much', () => {
    // Both strongly product (1 and 0.75), both strongly project (-0.625 and -1): the same lean, not a difference.
    const first = withScores([1, -0.625, 0.75, 0.25, 0.125]);
    const second = withScores([0.75, -1, 0.25, -0.25, 0.375]);
    const comparison = compareEvaluations(first, second);
    expect(comparison.biggestDifferences.map((dimension) => [dimension.id, dimension.gap])).toEqual([
      ['uncertainty', 0.5],
      ['measure', 0.5],
      ['ownership', 0.25],
    ]);
    expect(
      comparison.dimensions.filter((dimension) => dimension.differs).map((dimension) => dimension.id),
    ).toEqual(['uncertainty', 'measure', 'ownership']);
  });

  it('counts a difference of side, or one of at least half a side on the same side', () => {
    const balanced = withScores([0]);
    expect(compareEvaluations(balanced, withScores([0.25])).biggestDifferences).toHaveLength(1);
    expect(compareEvaluations(balanced, withScores([0.21])).biggestDifferences).toHaveLength(0);
    expect(compareEvaluations(withScores([0.2]), withScores([-0.2])).biggestDifferences).toHaveLength(1);
    expect(compareEvaluations(withScores([0.3]), withScores([0.79])).biggestDifferences).toHaveLength(0);
    expect(compareEvaluations(withScores([0.3]), withScores([0.8])).biggestDifferences).toHaveLength(1);
    expect(differenceBands.sameSide).toBeGreaterThan(differenceBands.least);
  });

  it('finds no difference on a theme one side did not answer', () => {
    const second = withScores([-1]);
    const unanswered = {
      ...second,
      dimensions: second.dimensions.map((dimension) => ({ ...dimension, answered: 0 })),
    };
    expect(compareEvaluations(withScores([1]), unanswered).biggestDifferences).toEqual([]);
  });
});

describe('compareEvaluations: you then and you now', () => {
  it('speaks of the past you and the present you, in whole sentences, oldest first', () => {
    const then = withScores([-0.8, 0.3, 0, 0.8]);
    const now = withScores([0.8, 0.3, 0, 0.8]);
    const comparison = compareEvaluations(then, now, 'past');
    const [direction, compass, uncertainty] = comparison.dimensions;
    expect(bothReadings(direction)).toBe(
      'Then, you leaned strongly toward getting there: planning and execution. Now, you lean strongly toward deciding where to go: vision and strategy.',
    );
    expect(compass && translate(compass.firstReading)).toBe(
      'Then, you leaned toward customers and the market.',
    );
    expect(compass && translate(compass.secondReading)).toBe(
      'Now, you lean toward customers and the market.',
    );
    expect(uncertainty && translate(uncertainty.secondReading)).toBe(
      'Now, you are balanced between the two.',
    );
    expect(
      comparison.dimensions.map((dimension) => translate(dimension.secondReading)).join(' '),
    ).not.toMatch(/\bthey\b/i);
    expect(comparison.biggestDifferences.map((dimension) => dimension.id)).toEqual(['direction']);
  });
});

describe('describeShift', () => {
  it.each([
    {
      name: 'a move toward product',
      before: withShare(0.54, 'product'),
      after: withShare(0.62, 'product'),
      text: 'Since last time, your answers moved toward Technical Product Manager. The product side went from 54% to 62% of the answer points.',
    },
    {
      name: 'a move toward project',
      before: withShare(0.62, 'product'),
      after: withShare(0.544, 'product'),
      text: 'Since last time, your answers moved toward Technical Project Manager. The product side went from 62% to 54% of the answer points.',
    },
    {
      name: 'no move',
      before: withShare(0.7, 'product'),
      after: withShare(0.701, 'product'),
      text: 'Your answers lean the same way as last time: 70% of the answer points on the product side.',
    },
    {
      name: 'a move that changes the recommendation',
      before: withShare(0.53, 'product'),
      after: withShare(0.45, 'project'),
      text: 'Since last time, your answers moved toward Technical Project Manager. The product side went from 53% to 45% of the answer points. The role your answers lean to changed from Technical Product Manager to Technical Project Manager.',
    },
    {
      name: 'a tie broken the other way',
      before: withShare(0.5, 'project'),
      after: withShare(0.5, 'product'),
      text: 'Your answers lean the same way as last time: 50% of the answer points on the product side. The role your answers lean to changed from Technical Project Manager to Technical Product Manager.',
    },
  ])('describes $name', ({ before, after, text }) => {
    expect(translate(describeShift(before, after))).toBe(text);
  });
});

describe('compareEvaluations', () => {
  it('finds no differences between two identical results', () => {
    const result = evaluate(answersToward('product'));
    const comparison = compareEvaluations(result, result);
    expect(comparison.biggestDifferences).toEqual([]);
    expect(comparison.dimensions.every((dimension) => dimension.gap === 0)).toBe(true);
  });

  it('lists every dimension and the three widest gaps, largest first', () => {
    const product = evaluate(answersToward('product'));
    const project = evaluate(answersToward('project'));
    const comparison = compareEvaluations(product, project);
    expect(comparison.dimensions.map((dimension) => dimension.id)).toEqual(
      questionBank.dimensions.map((dimension) => dimension.id),
    );
    expect(comparison.biggestDifferences).toHaveLength(3);
    expect(comparison.biggestDifferences.map((dimension) => dimension.gap)).toEqual([2, 2, 2]);
  });

  it('ignores gaps too small to matter', () => {
    const base = answersToward('product');
    const nudged = { ...base, 'picture-next-year': 'a-lot' };
    expect(compareEvaluations(evaluate(base), evaluate(nudged)).biggestDifferences).toEqual([]);
  });
});
