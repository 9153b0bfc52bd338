import { describe, expect, it } from 'vitest';
import {
  createRandom,
  encodeAnswers,
  questionBank,
  randomRespondent,
  respondentProfiles,
  simulateRespondent,
} from '../../src/engine/index.ts';
import type { Answers } from '../../src/engine/index.ts';

/** The lean of the option each question was answered with, in bank order. */
function chosenLeans(answers: Answers): number[] {
  return questionBank.questions.map(
    (question) => question.options.find((option) => option.id === answers[question.id])?.lean ?? Number.NaN,
  );
}

describe('createRandom: the fixed sequence', () => {
  it('gives the same first numbers for seed 42 on every machine', () => {
    const random = createRandom(42);
    expect([random(), random(), random()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
  });

  it('reads a seed as an unsigned 32-bit number', () => {
    expect(createRandom(-1)()).toBe(createRandom(2 ** 32 - 1)());
    expect(createRandom(-1)()).toBe(0.8964226141106337);
  });
});

describe('simulated respondents: exact answers', () => {
  it('answers for a clear product lean as they always have (seed 1)', () => {
    expect(encodeAnswers(simulateRespondent(respondentProfiles.clearProduct, createRandom(1)))).toBe(
      '1-031213030100011103413201201430-wvm64',
    );
  });

  it('answers at random as they always have (seed 3)', () => {
    expect(encodeAnswers(randomRespondent(createRandom(3)))).toBe('1-000020042140113101312112240333-8i8ko');
  });

  it('without noise or wobble picks the option nearest twice the lean', () => {
    const leans = chosenLeans(simulateRespondent({ lean: -0.5, noise: 0, wobble: 0 }, createRandom(1)));
    questionBank.questions.forEach((question, index) => {
      expect(leans[index]).toBe(question.kind === 'choice' ? -2 : -1);
    });
  });

  it('breaks a tie between two nearest options at random', () => {
    const leans = chosenLeans(simulateRespondent({ lean: 0, noise: 0, wobble: 0 }, createRandom(1)));
    const byKind = (kind: string) =>
      leans.filter((_, index) => questionBank.questions[index]?.kind === kind).map((lean) => Math.abs(lean));
    expect(new Set(byKind('agreement'))).toEqual(new Set([0]));
    expect(new Set(byKind('scenario'))).toEqual(new Set([1]));
    expect(new Set(byKind('choice'))).toEqual(new Set([2]));
    // Both ways occur among the tied choices and scenarios.
    const tied = leans.filter((lean) => lean !== 0);
    expect(tied.some((lean) => lean > 0)).toBe(true);
    expect(tied.some((lean) => lean < 0)).toBe(true);
  });

  it('with full noise ignores the lean entirely', () => {
    const leaning = simulateRespondent({ lean: 1, noise: 1, wobble: 0 }, createRandom(3));
    expect(leaning).toEqual(randomRespondent(createRandom(3)));
  });
});

describe('respondentProfiles', () => {
  it('are a clear (0.8), a slight (0.3) and no lean, each with 20% noise and 0.8 wobble', () => {
    expect(respondentProfiles).toEqual({
      clearProduct: { lean: 0.8, noise: 0.2, wobble: 0.8 },
      clearProject: { lean: -0.8, noise: 0.2, wobble: 0.8 },
      slightProduct: { lean: 0.3, noise: 0.2, wobble: 0.8 },
      slightProject: { lean: -0.3, noise: 0.2, wobble: 0.8 },
      even: { lean: 0, noise: 0.2, wobble: 0.8 },
    });
  });
});
