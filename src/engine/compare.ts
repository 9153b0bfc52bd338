import { dimensionLean } from './evaluate.ts';
import { shiftSentence, themeAbout, themeStance } from './result-copy.ts';
import type { DimensionId, DimensionScore, Evaluation } from './types.ts';

export interface DimensionDifference {
  id: DimensionId;
  name: string;
  productPole: string;
  projectPole: string;
  /** Each side's score in [-1, 1]. */
  first: number;
  second: number;
  /** Where each side stands, as a whole sentence: the first about "you", the second about "they". */
  firstReading: string;
  secondReading: string;
  /** How far apart the two are, in [0, 2]. */
  gap: number;
  /** Both stances, the first side as "you": "You lean toward …. They are balanced between the two." */
  difference: string;
}

export interface Comparison {
  /** Every dimension, in bank order, with both scores. */
  dimensions: DimensionDifference[];
  /** The dimensions where the two differ most, largest gap first (at most three, each at least 0.25 apart). */
  biggestDifferences: DimensionDifference[];
}

/** Where `subject` stands on a dimension, with its poles written about them. */
function stance(subject: 'you' | 'they', dimension: DimensionScore): string {
  return themeStance(subject, dimensionLean(themeAbout(dimension, subject)), dimension.answered);
}

/** Puts two evaluations side by side, dimension by dimension, and finds where they differ most. */
export function compareEvaluations(first: Evaluation, second: Evaluation): Comparison {
  const dimensions = first.dimensions.map((dimension): DimensionDifference => {
    const other = second.dimensions.find((candidate) => candidate.id === dimension.id) ?? {
      ...dimension,
      score: 0,
      answered: 0,
    };
    const secondScore = other.score;
    const firstReading = stance('you', dimension);
    const secondReading = stance('they', other);
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
      difference: `${firstReading} ${secondReading}`,
    };
  });
  return {
    dimensions,
    biggestDifferences: [...dimensions]
      .filter((dimension) => dimension.gap >= 0.25)
      .sort((left, right) => right.gap - left.gap)
      .slice(0, 3),
  };
}

/**
 * How a person's lean moved from one attempt to the next, in plain words.
 * @example describeShift(before, after); // 'Since last time, your answers moved toward Technical Product Manager: from 54% to 62% of the answer points on the product side.'
 */
export function describeShift(before: Evaluation, after: Evaluation): string {
  return shiftSentence(
    Math.round(before.productShare * 100),
    Math.round(after.productShare * 100),
    before.track,
    after.track,
  );
}
