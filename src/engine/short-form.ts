// A part of the quiz is a shorter test. What the whole quiz would say, given the answers so far, and the
// label a part earns from that forecast. Explained in docs/scoring.md ("A part of the quiz").
import { normalCdf } from './normal.ts';
import { retakeModel, stabilityOf } from './stability.ts';

/** One answered or unanswered question, as the forecast needs it: its reach and, if answered, its points. */
export interface ReachAndPoints {
  reach: number;
  points?: number;
}

/**
 * How far below the forecast a part of the quiz is read: the whole quiz lands at or beyond this margin 19
 * times in 20 under the model (the 5th percentile of the forecast).
 */
export const cautiousQuantile = 1.6448536269514722;

/** The whole quiz's margin from an even split, forecast from the answers so far. */
export interface WholeForecast {
  /** The margin of the answers so far (product share minus one half). */
  margin: number;
  /** The forecast margin of the whole quiz, and how far it could stray (a standard deviation). */
  mean: number;
  deviation: number;
  /** The answered questions' share of the whole quiz's reach. */
  answeredShare: number;
}

/**
 * Forecasts the whole quiz's margin from the answered part. Each unanswered question is modelled as
 * leaning the way the person leans, plus its own scatter; the person's lean is the answers' margin pulled
 * toward an even split by the reliability of the part answered (Kelley), which is the Spearman–Brown
 * reliability of a test of that length. The scatter of single answers is the model's `itemVariance`, or
 * the person's own when their answers scatter more (clicking at random does).
 */
export function forecastWhole(
  answered: readonly Required<ReachAndPoints>[],
  unanswered: readonly ReachAndPoints[],
): WholeForecast {
  const answeredReach = answered.reduce((sum, answer) => sum + answer.reach, 0);
  const restReach = unanswered.reduce((sum, question) => sum + question.reach, 0);
  const wholeReach = answeredReach + restReach;
  if (answeredReach === 0) return { margin: 0, mean: 0, deviation: 0.5, answeredShare: 0 };
  const points = answered.reduce((sum, answer) => sum + answer.points, 0);
  const mean = points / answeredReach;
  const margin = mean / 2;
  if (restReach === 0) return { margin, mean: margin, deviation: 0, answeredShare: 1 };
  const ownVariance =
    answered.reduce((sum, answer) => sum + answer.reach * (answer.points / answer.reach - mean) ** 2, 0) /
    answeredReach;
  const itemVariance = Math.max(retakeModel.itemVariance, ownVariance);
  // Each answer is a share of its reach in [-1, 1]; the margin is half the reach-weighted mean.
  const sumSquares = (items: readonly ReachAndPoints[]) =>
    items.reduce((sum, item) => sum + item.reach ** 2, 0);
  const answeredError = (itemVariance * sumSquares(answered)) / (4 * answeredReach ** 2);
  const restError = (itemVariance * sumSquares(unanswered)) / (4 * restReach ** 2);
  const wholeError = (itemVariance * (sumSquares(answered) + sumSquares(unanswered))) / (4 * wholeReach ** 2);
  // The spread of people's leans: the whole quiz's spread less its own error.
  const leanVariance = Math.max(retakeModel.spread ** 2 - wholeError, 1e-6);
  const partReliability = leanVariance / (leanVariance + answeredError);
  const restWeight = restReach / wholeReach;
  return {
    margin,
    mean: (answeredReach * margin + restReach * partReliability * margin) / wholeReach,
    deviation: restWeight * Math.sqrt(partReliability * answeredError + restError),
    answeredShare: answeredReach / wholeReach,
  };
}

/**
 * The margin a part of the quiz is read at: the forecast's 5th percentile toward an even split, never
 * past it. The whole quiz reads at its own margin.
 */
export function cautiousMargin(forecast: WholeForecast): number {
  const size = Math.max(0, Math.abs(forecast.mean) - cautiousQuantile * forecast.deviation);
  return Math.sign(forecast.mean) * size;
}

/**
 * The stability of a part of the quiz: the retake model's stability for the whole quiz's result at the
 * cautious margin. For the whole quiz, `stabilityOf` of its own margin.
 */
export function partStability(forecast: WholeForecast): number {
  return stabilityOf(cautiousMargin(forecast));
}

/** The probability, under the forecast, that the whole quiz lands on the same side of an even split. */
export function sameTrackProbability(forecast: WholeForecast): number {
  if (forecast.deviation === 0) return 1;
  return normalCdf(Math.abs(forecast.mean) / forecast.deviation);
}

/** The probability, under the forecast, that the whole quiz lands within `margin` of an even split. */
export function withinProbability(forecast: WholeForecast, margin: number): number {
  if (forecast.deviation === 0) return Math.abs(forecast.mean) < margin ? 1 : 0;
  const above = normalCdf((margin - forecast.mean) / forecast.deviation);
  const below = normalCdf((-margin - forecast.mean) / forecast.deviation);
  return above - below;
}
