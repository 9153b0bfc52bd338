import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isQuickCheckSettled,
  nextQuestion,
  questionBank,
  quickCheck,
  quickCheckPath,
  settledProbability,
} from '../../src/engine/index.ts';
import { answersToward, arbitraryAnswers, questionById } from './answers.ts';

const { questions } = questionBank;

/** Runs the quick check for someone whose full answers are `full`. */
function runQuickCheck(full: Record<string, string>): Record<string, string> {
  const asked: Record<string, string> = {};
  for (let id = nextQuestion(asked); id !== null; id = nextQuestion(asked)) asked[id] = full[id] ?? '';
  return asked;
}

/** Answers alternating between the poles, so the points stay close to even. */
function alternating(): Record<string, string> {
  const product = answersToward('product');
  const project = answersToward('project');
  return Object.fromEntries(
    questions.map((question, index) => [question.id, (index % 2 ? project : product)[question.id] ?? '']),
  );
}

describe('nextQuestion', () => {
  it('opens with a scenario, the kind that can move the estimate most', () => {
    const first = nextQuestion({});
    expect(first).not.toBeNull();
    expect(questionById(first ?? '').kind).toBe('scenario');
  });

  it('asks about every theme once before asking about any theme twice', () => {
    const asked = Object.keys(runQuickCheck(answersToward('product')));
    const themes = asked.slice(0, questionBank.dimensions.length).map((id) => questionById(id).dimension);
    expect(new Set(themes).size).toBe(questionBank.dimensions.length);
  });

  it('stops at the minimum for a consistent lean either way', () => {
    expect(Object.keys(runQuickCheck(answersToward('product')))).toHaveLength(quickCheck.minimumAnswers);
    expect(Object.keys(runQuickCheck(answersToward('project')))).toHaveLength(quickCheck.minimumAnswers);
  });

  it('keeps asking while the answers are close to even, instead of stopping', () => {
    const asked = runQuickCheck(alternating());
    expect(Object.keys(asked).length).toBeGreaterThan(questions.length / 2);
  });

  it('returns null once every question is answered', () => {
    expect(nextQuestion(alternating())).toBeNull();
  });

  it('is deterministic and never asks a question already answered', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const next = nextQuestion(answers);
        expect(nextQuestion({ ...answers })).toBe(next);
        if (next !== null) expect(Object.hasOwn(answers, next)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('stops only when the minimum is asked and the track is settled, or nothing is left', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        if (nextQuestion(answers) !== null) return;
        const answered = Object.keys(answers).length;
        const settled =
          answered >= quickCheck.minimumAnswers &&
          settledProbability(answers) >= quickCheck.settledProbability;
        expect(settled || answered === questions.length).toBe(true);
        expect(isQuickCheckSettled(answers)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('settledProbability', () => {
  it('is a half with almost nothing to go on, one with nothing left to ask, and high for a clear lean', () => {
    expect(settledProbability({})).toBe(0.5);
    expect(settledProbability(alternating())).toBe(1);
    const eight = Object.fromEntries(Object.entries(answersToward('product')).slice(0, 8));
    expect(settledProbability(eight)).toBeGreaterThan(0.99);
  });
});

describe('quickCheckPath', () => {
  it('replays the questions asked, in order, and names the one to ask now', () => {
    const full = answersToward('project');
    const first = nextQuestion({}) ?? '';
    const second = nextQuestion({ [first]: full[first] ?? '' }) ?? '';
    expect(quickCheckPath({ [first]: full[first] ?? '' })).toEqual({ asked: [first], next: second });
    const finished = runQuickCheck(full);
    expect(quickCheckPath(finished)).toEqual({ asked: Object.keys(finished), next: null });
  });
});
