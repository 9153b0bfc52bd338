import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  isQuickCheckSettled,
  isScored,
  nextQuestion,
  questionBank,
  quickCheck,
  quickCheckMinimum,
  quickCheckPath,
  resumePlace,
  settledProbability,
} from '../../src/engine/index.ts';
import { interestItemsPerRole, quickCheckOpening, quickCheckStop } from '../../src/engine/adaptive.ts';
import type { Answers } from '../../src/engine/index.ts';
import { answersToward, arbitraryAnswers, questionById } from './answers.ts';
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

describe('quickCheckOpening: what the quick check asks before anything else', () => {
  it('takes two tasks of each role in turn, and a mirrored pair with its halves apart', () => {
    expect(quickCheckOpening(fixtureBank)).toEqual([
      'p1',
      'j1',
      'decide-over-plan',
      'p2',
      'j2',
      'plan-over-decide',
    ]);
  });

  it('opens the shipped quiz on preference: ratings and statements only, never a situation or a choice', () => {
    const opening = quickCheckOpening().map(questionById);
    expect(opening[0]?.kind).toBe('interest');
    expect(opening.every((question) => question.kind === 'interest' || question.kind === 'agreement')).toBe(
      true,
    );
    for (const role of ['product', 'project'] as const) {
      expect(
        opening.filter((question) => question.kind === 'interest' && question.role === role).length,
      ).toBeGreaterThanOrEqual(interestItemsPerRole);
    }
    const pair = opening.find((question) => question.mirrorOf);
    expect(opening.map((question) => question.id)).toContain(pair?.mirrorOf);
  });

  it('is what nextQuestion asks first, whatever the answers to it', () => {
    const opening = quickCheckOpening();
    for (const track of ['product', 'project'] as const) {
      const full = answersToward(track, scoredQuestions);
      expect(Object.keys(runQuickCheck(full)).slice(0, opening.length)).toEqual(opening);
    }
  });
});

describe('nextQuestion: the order of asking after the opening', () => {
  it('asks about a theme not heard yet, the heaviest question in it first', () => {
    const opened = Object.fromEntries(quickCheckOpening(fixtureBank).map((id) => [id, 'somewhat']));
    // The opening used "direction" and "ownership"; the heaviest question of an unheard theme is s1 (compass).
    const answers = { ...opened, 'decide-over-plan': 'neutral', 'plan-over-decide': 'neutral' };
    expect(nextQuestion(answers, fixtureBank)).toBe('s1');
  });

  it('asks about every theme once before it may stop', () => {
    for (const track of ['product', 'project'] as const) {
      const asked = Object.keys(runQuickCheck(answersToward(track)));
      const themes = new Set(asked.map((id) => questionById(id).dimension));
      expect(themes.size).toBe(questionBank.dimensions.length);
      expect(asked.length).toBeGreaterThanOrEqual(quickCheckMinimum());
    }
  });

  it('never asks the optional background question', () => {
    const everything = answersToward('product', fixtureBank.questions.filter(isScored));
    expect(nextQuestion(everything, fixtureBank)).toBeNull();
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

describe('quickCheckStop: when to stop, and why', () => {
  it('stops a consistent lean either way well before the end, naming the role but no more than moderate', () => {
    for (const track of ['product', 'project'] as const) {
      const asked = runQuickCheck(answersToward(track));
      expect(quickCheckStop(asked)).toBe('settled-lean');
      expect(Object.keys(asked).length).toBeLessThanOrEqual(scoredQuestions.length / 2);
      const result = evaluate(asked);
      expect(result.track).toBe(track);
      expect(result.strength).toBe('moderate');
    }
  });

  it('stops a settled close call too, as a close call, before the end', () => {
    // Each question as it is asked gets the mildest answer, alternately each way: close to even throughout.
    const asked: Record<string, string> = {};
    for (let id = nextQuestion(asked); id !== null; id = nextQuestion(asked)) {
      const question = questionById(id);
      const sign = Object.keys(asked).length % 2 === 0 ? 1 : -1;
      const mildest = Math.min(...question.options.map((option) => Math.abs(option.lean)));
      const option =
        question.options.find((candidate) => candidate.lean === sign * mildest) ??
        question.options.find((candidate) => Math.abs(candidate.lean) === mildest);
      asked[id] = option?.id ?? '';
    }
    expect(quickCheckStop(asked)).toBe('settled-close');
    expect(Object.keys(asked).length).toBeLessThan(scoredQuestions.length);
    expect(evaluate(asked).strength).toBe('close');
  });

  it('never stops before the opening and every theme; stops on a lean only when the whole quiz would very likely agree (property)', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const stop = quickCheckStop(answers);
        if (stop === null || stop === 'complete') return;
        expect(quickCheckOpening().every((id) => Object.hasOwn(answers, id))).toBe(true);
        const themes = new Set(
          scoredQuestions
            .filter((question) => Object.hasOwn(answers, question.id))
            .map((question) => question.dimension),
        );
        expect(themes.size).toBe(questionBank.dimensions.length);
        if (stop === 'settled-lean') {
          expect(evaluate(answers).strength).not.toBe('close');
          expect(settledProbability(answers)).toBeGreaterThanOrEqual(quickCheck.settledProbability);
        } else {
          expect(evaluate(answers).strength).toBe('close');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is complete for a small bank once everything is answered', () => {
    const everything = answersToward('product', fixtureBank.questions.filter(isScored));
    expect(quickCheckStop(everything, fixtureBank)).toBe('complete');
    expect(isQuickCheckSettled(everything, fixtureBank)).toBe(true);
  });
});

describe('settledProbability: would the whole quiz give the same role?', () => {
  it('is a half with no answers, and one with nothing left to ask', () => {
    expect(settledProbability({}, fixtureBank)).toBe(0.5);
    expect(settledProbability(alternating())).toBe(1);
  });

  it('grows as more answers agree, and is never below one half', () => {
    const product = answersToward('product', scoredQuestions);
    const few = Object.fromEntries(Object.entries(product).slice(0, 4));
    const more = Object.fromEntries(Object.entries(product).slice(0, 16));
    expect(settledProbability(more)).toBeGreaterThan(settledProbability(few));
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(settledProbability(answers)).toBeGreaterThanOrEqual(0.5);
      }),
      { numRuns: 200 },
    );
  });
});

describe('quickCheckPath and resumePlace', () => {
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
    expect(quickCheckPath({ c2: 'product' }, fixtureBank)).toEqual({ asked: [], next: 'p1' });
  });

  it('goes on with the full quiz at its first unanswered scored question, and is done when none is left', () => {
    expect(resumePlace({}, 'full', fixtureBank)).toEqual({ kind: 'question', mode: 'full', step: 1 });
    expect(resumePlace({ p1: 'a-lot' }, 'full', fixtureBank)).toEqual({
      kind: 'question',
      mode: 'full',
      step: 2,
    });
    expect(
      resumePlace(answersToward('product', fixtureBank.questions.filter(isScored)), 'full', fixtureBank),
    ).toEqual({ kind: 'result' });
  });

  it('goes on with the quick check one step past the questions it asked, and is done once settled', () => {
    expect(resumePlace({ p1: 'very-much' }, 'quick', fixtureBank)).toEqual({
      kind: 'question',
      mode: 'quick',
      step: 2,
    });
    expect(resumePlace(runQuickCheck(answersToward('product')), 'quick')).toEqual({ kind: 'result' });
  });
});
