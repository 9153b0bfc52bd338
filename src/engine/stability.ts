// The retake model behind `stability` and the strength labels. Explained in docs/scoring.md
// ("How sure the result is"); why these constants, in docs/decisions/013-labels-that-hold.md. The audit
// checks the labels under six ways of answering (docs/validity.md, "Response processes").
import { normalCdf } from './normal.ts';
import type { Strength } from './types.ts';

/**
 * The retake model, in the units of the product share minus one half (from -0.5 to 0.5).
 * - `reliability`: the correlation between two sittings of the whole quiz. 0.72, the low end of what the
 *   difference-score formula gives for two correlated 9-item rating scales and 18 choices (0.72–0.80).
 * - `errorNearEven`: how much one sitting of the whole quiz strays from the person's own average, among
 *   people near an even split, where a retake decides between the roles. About what the audit measures
 *   under its six response processes (0.12–0.15).
 * - `spread`: how widely whole-quiz results spread over people. Set below the audit's own population
 *   (0.28), so that a part of the quiz is read cautiously (`short-form.ts`).
 * - `itemVariance`: how much single answers scatter around a person's own lean (each answer as a share of
 *   its reach, from -1 to 1). Set near the largest the audit sees for careful people; a person whose
 *   answers scatter more is read with their own.
 */
export const retakeModel = {
  reliability: 0.72,
  errorNearEven: 0.135,
  spread: 0.22,
  itemVariance: 0.45,
} as const;

/**
 * From this stability a result is a moderate lean, and from `clear` a clear one; below, a close call.
 * Moderate asks for 0.9, not 0.8: at 0.8 too many people with no real preference would be called a lean
 * (decision 013).
 */
export const stabilityBands = { moderate: 0.9, clear: 0.95 } as const;

/**
 * What the labels promise, and the audit checks under every response process it runs: the least share
 * of simulated people labelled clear, or moderate, who get the same role on a retake, and the most share
 * of people with no real preference who are labelled a lean. The method page quotes them.
 */
export const labelPromises = {
  retakeSameRole: { clear: 0.95, moderate: 0.8 },
  undecidedLabelledAtMost: 0.1,
} as const;

/**
 * The probability that a retake of the whole quiz gives the same track, under the retake model, for a
 * whole-quiz result `margin` from an even split. Classical test theory: the true score is estimated by
 * regressing toward the middle (Kelley), and a retake adds fresh error around it.
 * @param margin the product share minus one half
 * @returns a probability in [0.5, 1); 0.5 when the margin is zero
 * @example stabilityOf(0.4); // about 0.95: a share of 90% on the whole quiz
 */
export function stabilityOf(margin: number): number {
  if (margin === 0) return 0.5;
  const { reliability, errorNearEven } = retakeModel;
  const retakeDeviation = Math.sqrt(errorNearEven ** 2 * (1 + reliability));
  return normalCdf((reliability * Math.abs(margin)) / retakeDeviation);
}

/** The strength label a stability earns. */
export function strengthOf(stability: number): Strength {
  if (stability >= stabilityBands.clear) return 'clear';
  if (stability >= stabilityBands.moderate) return 'moderate';
  return 'close';
}

/** The z-value of each band, for the inverse of `stabilityOf`. */
const bandZ = { moderate: 1.2815515655446004, clear: 1.6448536269514722 } as const;

/**
 * The smallest whole-quiz margin from an even split that earns `strength`: where `stabilityOf` reaches
 * the band.
 */
export function marginFor(strength: Exclude<Strength, 'close'>): number {
  const { reliability, errorNearEven } = retakeModel;
  return (bandZ[strength] * Math.sqrt(errorNearEven ** 2 * (1 + reliability))) / reliability;
}
