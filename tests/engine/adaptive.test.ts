import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  isQuickCheckSettled,
  isScored,
  nextQuestion,
  nextStep,
  questionBank,
  quickCheck,
  quickCheckMinimum,
  quickCheckPath,
  settledProbability,
} from '../../src/engine/index.ts';
import type { Answers } from '../../src/engine/index.ts';
import { answersToward, arbitraryAnswers } from './answers.ts';
import { fixtureBank } from './fixture-bank.ts';

const scoredQuestions = questionBank.questions.filter(isScored);

/** Runs the quick check for someone whose full answers are `full`. */
function runQuickCheck(full: Answers, bank = questionBank): Record<string, string> {
  const asked: Record<string, string> = {};
  for (let id = nextQuestion(asked, bank); id !== null; id = nextQuestion(asked, bank))
    asked[id] = full[id] ?? '';
  return asked;
}

/** Answers alternating between the poles, so the points stay close to even. */
function alternating(): Answers {
  const product = answersToward('product', scoredQuestions);
  const project = answersToward('project', scoredQuestions);
  return Object.fromEntries(
    scoredQuestions.map((question, index) => [
      question.id,
      (index % 2 ? project : product)[question.id] ?? '',
    ]),
  );
}

describe('nextQuestion: the order of asking', () => {
  it('opens with the earliest of the heaviest questions', () => {
    // In the fixture bank the heaviest are the two situations (4 x 2 = 8 points); s1 comes first.
    expect(nextQuestion({}, fixtureBank)).toBe('s1');
  });

  it('asks about a theme not heard yet before a heavier question in a theme already heard', () => {
    // After s1 (compass), the heaviest left is s2 (measure, not heard yet).
    expect(nextQuestion({ s1: 'mild-product' }, fixtureBank)).toBe('s2');
    // After both situations, c1 (direction, not heard yet) comes before c2 (compass, heard).
    expect(nextQuestion({ s1: 'mild-product', s2: 'mild-project' }, fixtureBank)).toBe('c1');
  });

  it('never asks the optional background question', () => {
    const everything = answersToward('product', fixtureBank.questions.filter(isScored));
    expect(nextQuestion(everything, fixtureBank)).toBeNull();
  });

  it('asks about every theme once before asking about any theme twice', () => {
    const asked = Object.keys(runQuickCheck(answersToward('product')));
    const themes = asked
      .slice(0, questionBank.dimensions.length)
      .map((id) => questionBank.questions.find((question) => question.id === id)?.dimension);
    expect(new Set(themes).size).toBe(questionBank.dimensions.length);
  });

  it('is deterministic and never asks a question already answered', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const next = nextQuestion(answers);
        expect(nextQuestion({ ...answers })).toBe(next);
        if (next !== null) expect(Object.hasOwn(answers, next)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isQuickCheckSettled: when to stop', () => {
  it('stops at the minimum, one question per theme, for a consistent lean either way', () => {
    expect(Object.keys(runQuickCheck(answersToward('product')))).toHaveLength(quickCheckMinimum());
    expect(Object.keys(runQuickCheck(answersToward('project')))).toHaveLength(quickCheckMinimum());
    expect(quickCheckMinimum()).toBe(questionBank.dimensions.length);
  });

  it('keeps asking to the end while the answers are a close call', () => {
    // Each question as it is asked gets the mildest answer, alternately each way: close to even throughout.
    const asked: Record<string, string> = {};
    for (let id = nextQuestion(asked); id !== null; id = nextQuestion(asked)) {
      const question = scoredQuestions.find((candidate) => candidate.id === id);
      const sign = Object.keys(asked).length % 2 === 0 ? 1 : -1;
      const mildest = Math.min(...(question?.options ?? []).map((option) => Math.abs(option.lean)));
      const option =
        question?.options.find((candidate) => candidate.lean === sign * mildest) ??
        question?.options.find((candidate) => Math.abs(candidate.lean) === mildest);
      asked[id] = option?.id ?? '';
    }
    expect(Object.keys(asked)).toHaveLength(scoredQuestions.length);
    expect(evaluate(asked).strength).toBe('close');
  });

  it('never stops on a close call before every scored question is asked', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        if (!isQuickCheckSettled(answers)) return;
        const answered = scoredQuestions.filter((question) => Object.hasOwn(answers, question.id)).length;
        if (answered === scoredQuestions.length) return;
        expect(answered).toBeGreaterThanOrEqual(quickCheckMinimum());
        expect(evaluate(answers).strength).not.toBe('close');
        expect(settledProbability(answers)).toBeGreaterThanOrEqual(quickCheck.settledProbability);
      }),
      { numRuns: 300 },
    );
  });

  it('is settled for a small bank once everything is answered', () => {
    const everything = answersToward('product', fixtureBank.questions.filter(isScored));
    expect(isQuickCheckSettled(everything, fixtureBank)).toBe(true);
  });
});

describe('settledProbability: would the full quiz agree?', () => {
  it('is a half with a single answer, and one with nothing left to ask', () => {
    expect(settledProbability({ s1: 'strong-product' }, fixtureBank)).toBe(0.5);
    expect(settledProbability(alternating())).toBe(1);
  });

  it('stays near a half when two strong answers almost cancel, and grows as they agree', () => {
    // s1 +8 of 8 and c1 -6 of 6 nearly cancel; s1 +8 and c1 +6 agree.
    const split = settledProbability({ s1: 'strong-product', c1: 'project' }, fixtureBank);
    const agreeing = settledProbability({ s1: 'strong-product', c1: 'product' }, fixtureBank);
    expect(split).toBeGreaterThan(0.5);
    expect(split).toBeLessThan(0.7);
    expect(agreeing).toBeGreaterThan(0.95);
  });

  it('is high for a clear lean after a handful of answers, and never below one half', () => {
    const first = Object.fromEntries(Object.entries(answersToward('product', scoredQuestions)).slice(0, 8));
    expect(settledProbability(first)).toBeGreaterThan(0.99);
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(settledProbability(answers)).toBeGreaterThanOrEqual(0.5);
      }),
      { numRuns: 200 },
    );
  });
});

describe('quickCheckPath and nextStep', () => {
  it('replays the questions asked, in order, and names the one to ask now', () => {
    const full = answersToward('project', scoredQuestions);
    const first = nextQuestion({}) ?? '';
    const second = nextQuestion({ [first]: full[first] ?? '' }) ?? '';
    expect(quickCheckPath({})).toEqual({ asked: [], next: first });
    expect(quickCheckPath({ [first]: full[first] ?? '' })).toEqual({ asked: [first], next: second });
    const finished = runQuickCheck(full);
    expect(quickCheckPath(finished)).toEqual({ asked: Object.keys(finished), next: null });
  });

  it('ignores answers the quick check has not asked for yet', () => {
    expect(quickCheckPath({ c2: 'product' }, fixtureBank)).toEqual({ asked: [], next: 's1' });
  });

  it('goes on with the full quiz at its first unanswered scored question, and is done when none is left', () => {
    expect(nextStep({}, 'full', fixtureBank)).toBe(1);
    expect(nextStep({ p1: 'a-lot' }, 'full', fixtureBank)).toBe(2);
    expect(
      nextStep(answersToward('product', fixtureBank.questions.filter(isScored)), 'full', fixtureBank),
    ).toBeNull();
  });

  it('goes on with the quick check one step past the questions it asked, and is done once settled', () => {
    expect(nextStep({ s1: 'strong-product' }, 'quick', fixtureBank)).toBe(2);
    expect(nextStep(runQuickCheck(answersToward('product')), 'quick')).toBeNull();
  });
});
