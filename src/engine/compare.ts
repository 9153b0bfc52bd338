import { dimensionLean } from './evaluate.ts';
import { themeStance } from './compare-copy.ts';
import type { ComparedWith } from './compare-copy.ts';
import { shiftSentence } from './result-copy.ts';
import type { Subject } from './result-copy.ts';
import type { DimensionId, DimensionScore, Evaluation, Message, Track } from './types.ts';

export interface DimensionDifference {
  id: DimensionId;
  /** The theme's name and poles as the bank words them, for the person comparing. */
  name: DimensionScore['name'];
  productPole: DimensionScore['productPole'];
  projectPole: DimensionScore['projectPole'];
  /** Each side's score in [-1, 1]. */
  first: number;
  second: number;
  /**
   * Where each side stands, as a whole sentence: the first about "you", the second about "they" (or,
   * for a past result, the person then and now). A screen shows both, the first first.
   */
  firstReading: Message;
  secondReading: Message;
  /** How far apart the two are, in [0, 2]. */
  gap: number;
  /** Whether the two really differ here (see `differenceBands`), not only by a little on the same side. */
  differs: boolean;
}

export interface Comparison {
  /** Every dimension, in bank order, with both scores. */
  dimensions: DimensionDifference[];
  /** The dimensions where the two really differ, largest gap first (at most three); empty when none does. */
  biggestDifferences: DimensionDifference[];
}

/**
 * When two readings of a theme really differ. Both sides must have answered it, be at least `least`
 * apart, and either sit on different sides (one toward product, one toward project, or one balanced) or
 * be `sameSide` apart on the same side: a quarter of the scale, as from a slight lean to a strong one.
 */
export const differenceBands = { least: 0.25, sameSide: 0.5 } as const;

function sideOf(dimension: DimensionScore): Track | 'balanced' {
  return dimensionLean(dimension)?.toward ?? 'balanced';
}

function differsMeaningfully(first: DimensionScore, second: DimensionScore): boolean {
  if (first.answered === 0 || second.answered === 0) return false;
  // Rounded, so 0.7 and 0.2 are half a side apart as people count, not 0.49999999999999994.
  const gap = Math.round(Math.abs(first.score - second.score) * 1e9) / 1e9;
  if (gap < differenceBands.least) return false;
  return sideOf(first) !== sideOf(second) || gap >= differenceBands.sameSide;
}

/**
 * Where `subject` stands on a dimension. The words that follow "toward" read the same about anyone, so
 * the sentence needs no theme words written about them.
 */
function stance(subject: Subject, dimension: DimensionScore, comparedWith: ComparedWith): Message {
  return themeStance(subject, dimensionLean(dimension), dimension.answered, comparedWith);
}

/**
 * Puts two evaluations side by side, dimension by dimension, and finds where they really differ.
 * With `other` (the default) the first is the person's and the second someone else's; with `past` the
 * first is a past result of the person's own and the second their result now.
 * @example compareEvaluations(evaluate({}), evaluate({}), 'past').biggestDifferences; // []: nothing answered, nothing differs
 */
export function compareEvaluations(
  first: Evaluation,
  second: Evaluation,
  comparedWith: ComparedWith = 'other',
): Comparison {
  const dimensions = first.dimensions.map((dimension): DimensionDifference => {
    const other = second.dimensions.find((candidate) => candidate.id === dimension.id) ?? {
      ...dimension,
      score: 0,
      answered: 0,
    };
    const secondScore = other.score;
    const firstReading = stance('you', dimension, comparedWith);
    const secondReading = stance('they', other, comparedWith);
    return {
      id: dimension.id,
      name: dimension.name,
      productPole: dimension.productPole,
      projectPole: dimension.projectPole,
      first: dimension.score,
      second: secondScore,
      firstReading,
      secondReading,
      gap: Math.abs(dimension.score - secondScore),
      differs: differsMeaningfully(dimension, other),
    };
  });
  return {
    dimensions,
    biggestDifferences: [...dimensions]
      .filter((dimension) => dimension.differs)
      .sort((left, right) => right.gap - left.gap)
      .slice(0, 3),
  };
}

/**
 * How a person's lean moved from one attempt to the next, in plain words.
 * @example translate(describeShift(evaluate({ 'customer-slowdowns': 'not-at-all' }), evaluate({ 'customer-slowdowns': 'a-lot' }))); // 'Since last time, your answers moved toward Technical Product Manager. The product side went from 0% to 75% of the answer points...'
 */
export function describeShift(before: Evaluation, after: Evaluation): Message {
  return shiftSentence(
    Math.round(before.productShare * 100),
    Math.round(after.productShare * 100),
    before.track,
    after.track,
  );
}
