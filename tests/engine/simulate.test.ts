import { describe, expect, it } from 'vitest';
import {
  createRandom,
  evaluate,
  questionBank,
  randomRespondent,
  respondentProfiles,
  simulateRespondent,
} from '../../src/engine/index.ts';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const first = createRandom(42);
    const again = createRandom(42);
    const other = createRandom(43);
    const sequence = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => again())).toEqual(sequence);
    expect(Array.from({ length: 5 }, () => other())).not.toEqual(sequence);
    for (const value of sequence) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('simulated respondents', () => {
  it('answer every question with an option the bank holds', () => {
    const answers = randomRespondent(createRandom(1));
    expect(Object.keys(answers)).toHaveLength(questionBank.questions.length);
    expect(() => evaluate(answers)).not.toThrow();
  });

  it('with a clear lean mostly get their own track back', () => {
    const random = createRandom(5);
    for (const [profile, track] of [
      [respondentProfiles.clearProduct, 'product'],
      [respondentProfiles.clearProject, 'project'],
    ] as const) {
      const tracks = Array.from({ length: 50 }, () => evaluate(simulateRespondent(profile, random)).track);
      expect(tracks.filter((candidate) => candidate === track).length).toBeGreaterThanOrEqual(48);
    }
  });

  it('without noise or wobble answer exactly at their lean', () => {
    const answers = simulateRespondent({ lean: 1, noise: 0, wobble: 0 }, createRandom(2));
    expect(evaluate(answers).productShare).toBe(1);
  });
});
