import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retakeModel, stabilityBands, stabilityOf, strengthOf } from '../../src/engine/index.ts';
import { normalCdf } from '../../src/engine/normal.ts';

describe('stabilityOf: the chance a retake gives the same track', () => {
  it('is one half with no answers or with a share of exactly 50%', () => {
    expect(stabilityOf(0.2, 0)).toBe(0.5);
    expect(stabilityOf(0, 1)).toBe(0.5);
  });

  it('follows the retake model: Kelley regression toward the middle plus fresh error', () => {
    const { reliability, errorNearEven } = retakeModel;
    // The whole quiz: the reliability is the model's own, and the error is the one near an even split.
    const expected = normalCdf((reliability * 0.1) / Math.sqrt(errorNearEven ** 2 * (1 + reliability)));
    expect(stabilityOf(0.1, 1)).toBeCloseTo(expected, 12);
  });

  it('is the same either side of 50%', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (margin, share) => {
          expect(stabilityOf(margin, share)).toBeCloseTo(stabilityOf(-margin, share), 12);
        },
      ),
    );
  });

  it('grows with the distance from 50% and with the share of the quiz answered', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.45, noNaN: true }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (margin, share) => {
          expect(stabilityOf(margin + 0.05, share)).toBeGreaterThan(stabilityOf(margin, share));
          expect(stabilityOf(margin, share + 0.1)).toBeGreaterThan(stabilityOf(margin, share));
        },
      ),
    );
  });

  it('stays well short of certain for one answer, however far it leans', () => {
    // One choice of 30 or so questions is about a thirtieth of the points.
    expect(stabilityOf(0.5, 1 / 30)).toBeLessThan(0.9);
  });

  it('calls a whole quiz at 90% product clear, at 75% moderate, and at 55% a close call', () => {
    expect(strengthOf(stabilityOf(0.4, 1))).toBe('clear');
    expect(strengthOf(stabilityOf(0.25, 1))).toBe('moderate');
    expect(strengthOf(stabilityOf(0.05, 1))).toBe('close');
  });
});

describe('strengthOf: the bands on stability', () => {
  it.each([
    { stability: 0.5, strength: 'close' },
    { stability: stabilityBands.moderate - 1e-9, strength: 'close' },
    { stability: stabilityBands.moderate, strength: 'moderate' },
    { stability: stabilityBands.clear - 1e-9, strength: 'moderate' },
    { stability: stabilityBands.clear, strength: 'clear' },
    { stability: 1, strength: 'clear' },
  ] as const)('calls $stability $strength', ({ stability, strength }) => {
    expect(strengthOf(stability)).toBe(strength);
  });

  it('puts the bands at 0.8 and 0.95', () => {
    expect(stabilityBands).toEqual({ moderate: 0.8, clear: 0.95 });
  });
});
