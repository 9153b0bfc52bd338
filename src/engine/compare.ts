import type { DimensionId, Evaluation } from './types.ts';

export interface DimensionDifference {
  id: DimensionId;
  name: string;
  productPole: string;
  projectPole: string;
  /** Each side's score in [-1, 1]. */
  first: number;
  second: number;
  /** How far apart the two are, in [0, 2]. */
  gap: number;
}

export interface Comparison {
  /** Every dimension, in bank order, with both scores. */
  dimensions: DimensionDifference[];
  /** The dimensions where the two differ most, largest gap first (at most three, each at least 0.25 apart). */
  biggestDifferences: DimensionDifference[];
  /** Percentage points between the two product shares (positive: the second leans more to product). */
  shareGap: number;
}

/** Puts two evaluations side by side, dimension by dimension, and finds where they differ most. */
export function compareEvaluations(first: Evaluation, second: Evaluation): Comparison {
  const dimensions = first.dimensions.map((dimension): DimensionDifference => {
    const other = second.dimensions.find((candidate) => candidate.id === dimension.id);
    const secondScore = other?.score ?? 0;
    return {
      id: dimension.id,
      name: dimension.name,
      productPole: dimension.productPole,
      projectPole: dimension.projectPole,
      first: dimension.score,
      second: secondScore,
      gap: Math.abs(dimension.score - secondScore),
    };
  });
  return {
    dimensions,
    biggestDifferences: [...dimensions]
      .filter((dimension) => dimension.gap >= 0.25)
      .sort((left, right) => right.gap - left.gap)
      .slice(0, 3),
    shareGap: Math.round(second.productShare * 100) - Math.round(first.productShare * 100),
  };
}
