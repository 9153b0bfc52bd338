// Rules that turn a result into a career path. The path's facts live in src/content; these rules only
// decide what to show first. Explained in docs/scoring.md ("Your path").
import { dimensionLean } from './evaluate.ts';
import type { DimensionId, Evaluation, Track } from './types.ts';

/** A profile that points to the neighbouring roles rather than to one of the two. */
export type NeighbourProfile = 'both-appeal' | 'neither-pulls';

/**
 * When both interests are high, roles that mix the two kinds of work fit; when both are low, roles
 * that lead the people or the team's way of working. Otherwise the two roles themselves are the path.
 */
export function neighbourProfileOf(evaluation: Pick<Evaluation, 'interestPattern'>): NeighbourProfile | null {
  if (evaluation.interestPattern === 'both') return 'both-appeal';
  if (evaluation.interestPattern === 'neither') return 'neither-pulls';
  return null;
}

/**
 * The themes to build skills in for `track`, where the person leaned least toward it first: their
 * weakest side of that role is the first thing to grow. Unanswered themes (score 0) sit with the
 * balanced ones; ties keep the bank's order.
 * @example skillOrder(evaluate({ 'customer-slowdowns': 'a-lot' }), 'product').at(-1); // 'compass': it already leans product
 */
export function skillOrder(evaluation: Pick<Evaluation, 'dimensions'>, track: Track): DimensionId[] {
  const toward = track === 'product' ? 1 : -1;
  return evaluation.dimensions
    .map((dimension, index) => ({ id: dimension.id, lean: toward * dimension.score, index }))
    .sort((first, second) => first.lean - second.lean || first.index - second.index)
    .map((dimension) => dimension.id);
}

/**
 * The themes worth building skills in for `track`, weakest first, and apart from them the themes where
 * the answers already lean strongly toward it: a strength is not a skill to build.
 * @example skillsToBuild(evaluate({ 'customer-slowdowns': 'very-much', 'rather-change-for-customers': 'strongly-agree' }), 'product'); // { toBuild: ['direction', ...], strongAlready: ['compass'] }
 */
export function skillsToBuild(
  evaluation: Pick<Evaluation, 'dimensions'>,
  track: Track,
): { toBuild: DimensionId[]; strongAlready: DimensionId[] } {
  const strongAlready = new Set(
    evaluation.dimensions
      .filter((dimension) => dimensionLean(dimension)?.toward === track && dimensionLean(dimension)?.strongly)
      .map((dimension) => dimension.id),
  );
  const ordered = skillOrder(evaluation, track);
  return {
    toBuild: ordered.filter((id) => !strongAlready.has(id)),
    strongAlready: ordered.filter((id) => strongAlready.has(id)),
  };
}
