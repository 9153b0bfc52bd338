// The retake model behind `stability` and the strength labels. Explained in docs/scoring.md
// ("How sure the result is"); the audit checks it against simulated retakes (calibration).
import { normalCdf } from './normal.ts';
import type { Strength } from './types.ts';

/**
 * The retake model, in the units of the product share minus one half (from -0.5 to 0.5).
 * - `reliability`: the correlation between two sittings of the whole quiz. It is set to 0.86, the
 *   median one-month test–retest correlation of the Strong Interest Inventory's General Occupational
 *   Themes (Harmon, Hansen, Borgen and Hammer, 1994, Strong Interest Inventory Applications and
 *   Technical Guide). The simulated population is sized so that its retest correlation matches.
 * - `spread`: the standard deviation of that score over the simulated population taking the whole quiz.
 * - `errorNearEven`: how much one sitting's score strays from the person's own average, among simulated
 *   people within `nearEven` of one half. Answers near the middle of a scale can stray either way, so
 *   the error there is larger than the population's average error, and it is there that a retake
 *   decides between the two roles.
 * - `itemShareOfError`: the part of that error that comes from the single answers, and so shrinks as
 *   more questions are answered. The rest is how a person's lean shifts from one day to the next,
 *   which more questions do not average away.
 */
export const retakeModel = {
  reliability: 0.86,
  spread: 0.284,
  errorNearEven: 0.129,
  nearEven: 0.08,
  itemShareOfError: 0.07,
} as const;

/** From this stability a result is a moderate lean, and from `clear` a clear one; below, a close call. */
export const stabilityBands = { moderate: 0.8, clear: 0.95 } as const;

/** How much the error variance grows when only `answeredShare` of the quiz's points are answered. */
export function errorGrowth(answeredShare: number): number {
  const { itemShareOfError } = retakeModel;
  return 1 - itemShareOfError + itemShareOfError / Math.min(answeredShare, 1);
}

/**
 * The probability that a retake of the same questions gives the same track, under the retake model.
 * Classical test theory: a shorter set of answers has more error (only its item part grows, as
 * 1 / answeredShare), the true score is estimated by regressing toward the middle (Kelley), and a
 * retake adds fresh error around it.
 * @param margin the product share minus one half
 * @param answeredShare the answered questions' share of the whole quiz's points, in (0, 1]
 * @returns a probability in [0.5, 1); 0.5 when nothing is answered or the margin is zero
 * @example stabilityOf(0.4, 1); // about 0.97: a share of 90% on the whole quiz
 */
export function stabilityOf(margin: number, answeredShare: number): number {
  if (!(answeredShare > 0) || margin === 0) return 0.5;
  const { reliability, spread, errorNearEven } = retakeModel;
  const growth = errorGrowth(answeredShare);
  const trueVariance = reliability * spread ** 2;
  const partReliability = trueVariance / (trueVariance + (1 - reliability) * spread ** 2 * growth);
  const retakeDeviation = Math.sqrt(errorNearEven ** 2 * growth * (1 + partReliability));
  return normalCdf((partReliability * Math.abs(margin)) / retakeDeviation);
}

/** The strength label a stability earns. */
export function strengthOf(stability: number): Strength {
  if (stability >= stabilityBands.clear) return 'clear';
  if (stability >= stabilityBands.moderate) return 'moderate';
  return 'close';
}
