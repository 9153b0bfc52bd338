import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retakeModel, stabilityBands, stabilityOf, strengthOf } from '../../src/engine/index.ts';
import { normalCdf } from '../../src/engine/normal.ts';
import { marginFor } from '../../src/engine/stability.ts';

describe('stabilityOf: the chance a retake of the whole quiz gives the same track', () => {
  it('is one half with a share of exactly 50%', () => {
    expect(stabilityOf(0)).toBe(0.5);
  });

  it('follows the retake model: Kelley regression toward the middle plus fresh error', () => {
    const { reliability, errorNearEven } = retakeModel;
    const expected = normalCdf((reliability * 0.1) / Math.sqrt(errorNearEven ** 2 * (1 + reliability)));
    expect(stabilityOf(0.1)).toBeCloseTo(expected, 12);
  });

  it('is the same either side of 50%, and grows with the distance from it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.45, noNaN: true }), (margin) => {
        expect(stabilityOf(margin)).toBeCloseTo(stabilityOf(-margin), 12);
        expect(stabilityOf(margin + 0.05)).toBeGreaterThan(stabilityOf(margin));
      }),
    );
  });

  it('uses a reliability no higher than the difference-score formula allows for this quiz (0.72–0.80)', () => {
    expect(retakeModel.reliability).toBeGreaterThanOrEqual(0.72);
    expect(retakeModel.reliability).toBeLessThanOrEqual(0.8);
  });

  it('calls a whole quiz at 95% product clear, at 85% moderate, and at 75% a close call', () => {
    expect(strengthOf(stabilityOf(0.45))).toBe('clear');
    expect(strengthOf(stabilityOf(0.35))).toBe('moderate');
    expect(strengthOf(stabilityOf(0.25))).toBe('close');
  });

  it('puts each band where marginFor says it starts', () => {
    for (const strength of ['moderate', 'clear'] as const) {
      expect(strengthOf(stabilityOf(marginFor(strength) + 1e-6))).toBe(strength);
      expect(strengthOf(stabilityOf(marginFor(strength) - 1e-6))).not.toBe(strength);
    }
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

  it('puts the bands at 0.9 and 0.95', () => {
    expect(stabilityBands).toEqual({ moderate: 0.9, clear: 0.95 });
  });
});
