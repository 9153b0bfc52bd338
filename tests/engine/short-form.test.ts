import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cautiousMargin,
  forecastWhole,
  partStability,
  sameTrackProbability,
  withinProbability,
} from '../../src/engine/short-form.ts';
import { stabilityOf, strengthOf } from '../../src/engine/stability.ts';

/** `count` answered questions of reach 6 at `share` of their reach toward product, and `left` unanswered. */
function part(count: number, share: number, left: number) {
  const answered = Array.from({ length: count }, () => ({ reach: 6, points: 6 * share }));
  const unanswered = Array.from({ length: left }, () => ({ reach: 6 }));
  return forecastWhole(answered, unanswered);
}

describe('forecastWhole: what the whole quiz would say from a part of it', () => {
  it('is the answers’ own margin, with no spread, once everything is answered', () => {
    const whole = part(36, 0.5, 0);
    expect(whole).toMatchObject({ margin: 0.25, mean: 0.25, deviation: 0, answeredShare: 1 });
    expect(partStability(whole)).toBe(stabilityOf(0.25));
  });

  it('pulls a short part toward an even split, less as more is answered', () => {
    const short = part(9, 0.8, 27);
    const longer = part(27, 0.8, 9);
    expect(Math.abs(short.mean)).toBeLessThan(short.margin);
    expect(Math.abs(longer.mean)).toBeGreaterThan(Math.abs(short.mean));
    expect(longer.deviation).toBeLessThan(short.deviation);
  });

  it('never reads a part more strongly than the whole quiz at the same margin (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 35 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (count, share) => {
          const forecast = part(count, share, 36 - count);
          expect(partStability(forecast)).toBeLessThanOrEqual(stabilityOf(forecast.margin) + 1e-12);
          expect(Math.abs(cautiousMargin(forecast))).toBeLessThanOrEqual(Math.abs(forecast.margin) + 1e-12);
        },
      ),
    );
  });

  it('reads nine answers all the way one side as no stronger than moderate', () => {
    // Every one of nine heavy answers fully product: a quarter of the quiz cannot carry a clear lean.
    expect(strengthOf(partStability(part(9, 1, 27)))).not.toBe('clear');
  });

  it('reads answers that scatter widely, as clicking at random does, more cautiously than steady ones', () => {
    const steady = forecastWhole(
      Array.from({ length: 12 }, () => ({ reach: 6, points: 2 })),
      Array.from({ length: 24 }, () => ({ reach: 6 })),
    );
    const scattered = forecastWhole(
      Array.from({ length: 12 }, (_, index) => ({ reach: 6, points: index % 3 === 0 ? -6 : 6 })),
      Array.from({ length: 24 }, () => ({ reach: 6 })),
    );
    expect(steady.margin).toBeCloseTo(scattered.margin, 12);
    expect(scattered.deviation).toBeGreaterThan(steady.deviation);
  });

  it('gives probabilities that add up: same side, and within a margin of even', () => {
    const forecast = part(12, 0.2, 24);
    expect(sameTrackProbability(forecast)).toBeGreaterThan(0.5);
    expect(withinProbability(forecast, 10)).toBeCloseTo(1, 9);
    expect(withinProbability(forecast, 0)).toBe(0);
  });
});
