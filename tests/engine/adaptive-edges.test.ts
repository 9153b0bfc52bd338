import { describe, expect, it } from 'vitest';
import {
  isQuickCheckSettled,
  nextQuestion,
  nextStep,
  questionBank,
  quickCheck,
  quickCheckPath,
  settledProbability,
} from '../../src/engine/index.ts';
import type { Answers } from '../../src/engine/index.ts';
import { answersToward, optionAt } from './answers.ts';

// The reference probabilities below were worked out by hand from the model in docs/scoring.md ("The
// quick check"), with an exact normal distribution: mean lean of the answers extrapolated to the rest
// of the bank, spread floored at 0.1, plus the uncertainty of the mean.
const mixed: Answers = {
  'one-chart': 'weekly-users', // +8 of 8
  'free-afternoon': 'untangle-schedule', // -6 of 6
  'blank-page': 'agree', // +2 of 4
  'promise-kept': 'agree', // -2 of 4
  'shared-engineer': 'ask-what-drops', // +4 of 8
};

/** The same answers with every lean reversed. */
const mirrored: Answers = {
  'one-chart': 'budget-burn',
  'free-afternoon': 'sketch-future',
  'blank-page': 'disagree',
  'promise-kept': 'disagree',
  'shared-engineer': 'fit-both-plans',
};

describe('settledProbability: the model', () => {
  it.each([
    {
      name: 'two answers, spread below the floor',
      answers: { 'free-afternoon': 'sketch-future', 'blank-page': 'agree' },
      probability: 0.9998396629610633,
    },
    { name: 'five mixed answers', answers: mixed, probability: 0.7377912309083696 },
    { name: 'the same five reversed', answers: mirrored, probability: 0.7377912309083696 },
    {
      name: 'six mixed answers',
      answers: { ...mixed, 'blank-page': 'strongly-agree', 'lunch-meeting': 'design-and-marketing' },
      probability: 0.911503281164038,
    },
  ])('matches the worked figure for $name', ({ answers, probability }) => {
    expect(settledProbability(answers)).toBeCloseTo(probability, 6);
  });

  it('never falls below one half, even when the answers cancel out exactly', () => {
    const probability = settledProbability({
      'free-afternoon': 'sketch-future',
      'know-inside-out': 'team-capacity',
    });
    expect(probability).toBeGreaterThanOrEqual(0.5);
    expect(probability).toBeCloseTo(0.5, 8);
  });

  it('is a half with a single answer', () => {
    expect(settledProbability({ 'one-chart': 'weekly-users' })).toBe(0.5);
  });

  it('is one when every question is answered, even when the answers cancel out exactly', () => {
    let choices = 0;
    let scenarios = 0;
    const even = Object.fromEntries(
      questionBank.questions.map((question) => {
        if (question.kind === 'agreement') return [question.id, 'neutral'];
        const turn = question.kind === 'choice' ? choices++ : scenarios++;
        const lean = question.kind === 'choice' ? 2 : 1;
        const wanted = turn % 2 === 0 ? lean : -lean;
        return [question.id, question.options.find((option) => option.lean === wanted)?.id ?? ''];
      }),
    );
    expect(Object.keys(even)).toHaveLength(questionBank.questions.length);
    expect(settledProbability(even)).toBe(1);
  });
});

describe('isQuickCheckSettled', () => {
  it('is settled for a bank smaller than the minimum once everything is answered', () => {
    const bank = { ...questionBank, questions: questionBank.questions.slice(0, 3) };
    const answers = Object.fromEntries(
      bank.questions.map((question) => [question.id, optionAt(question, 0)]),
    );
    expect(quickCheck.minimumAnswers).toBeGreaterThan(3);
    expect(isQuickCheckSettled(answers, bank)).toBe(true);
    expect(nextQuestion(answers, bank)).toBeNull();
    const [first] = bank.questions;
    if (!first) throw new Error('empty bank');
    expect(isQuickCheckSettled({ [first.id]: optionAt(first, 0) }, bank)).toBe(false);
  });

  it('never settles before the minimum, however clear the answers', () => {
    const scenarios = questionBank.questions.filter((question) => question.kind === 'scenario').slice(0, 7);
    const answers = Object.fromEntries(scenarios.map((question) => [question.id, optionAt(question, 0)]));
    expect(isQuickCheckSettled(answers)).toBe(false);
  });
});

describe('nextQuestion: the order of asking', () => {
  it('opens with the earliest of the heaviest questions', () => {
    expect(nextQuestion({})).toBe('shared-engineer');
  });

  it('asks about a theme not heard yet before a heavier question in a theme already heard', () => {
    // Ownership (8) and direction (6) are heard; the direction scenario must wait for the measure one.
    expect(nextQuestion({ 'shared-engineer': 'back-customer-goal', 'free-afternoon': 'sketch-future' })).toBe(
      'one-chart',
    );
  });

  it('prefers the least heard theme to a heavier question elsewhere, to the end of the bank', () => {
    // Direction is heard least (8 of 22) and holds free-afternoon, goal-into-plan and blank-page; compass
    // (14 heard) still holds its heavier scenario, rival-feature. The answers are balanced, so nothing settles.
    const left = new Set(['free-afternoon', 'goal-into-plan', 'blank-page', 'rival-feature']);
    const turns = { choice: 0, scenario: 0 };
    const answers = Object.fromEntries(
      questionBank.questions
        .filter((question) => !left.has(question.id))
        .map((question) => {
          if (question.kind === 'agreement') return [question.id, 'neutral'];
          const lean = question.kind === 'choice' ? 2 : 1;
          const wanted = turns[question.kind as 'choice' | 'scenario']++ % 2 ? -lean : lean;
          return [question.id, question.options.find((option) => option.lean === wanted)?.id ?? ''];
        }),
    );
    expect(isQuickCheckSettled(answers)).toBe(false);
    expect(nextQuestion(answers)).toBe('free-afternoon');
  });

  it('adds up everything heard in a theme', () => {
    // Every theme heard through its scenario (8); direction also through two statements (8 + 4 + 4).
    // Of the themes heard least, the earliest heaviest question is the first choice: free-afternoon is
    // in direction, so way-of-working comes first.
    const scenarios = questionBank.questions.filter((question) => question.kind === 'scenario');
    const answers = {
      ...Object.fromEntries(scenarios.map((question) => [question.id, optionAt(question, 0)])),
      'blank-page': 'agree',
      'goal-into-plan': 'agree',
    };
    expect(nextQuestion(answers)).toBe('way-of-working');
  });
});

describe('quickCheckPath: edges', () => {
  it('asks nothing yet without answers, and names the first question', () => {
    expect(quickCheckPath({})).toEqual({ asked: [], next: 'shared-engineer' });
  });

  it('ignores answers the quick check has not asked for yet', () => {
    expect(quickCheckPath({ 'free-afternoon': 'sketch-future' })).toEqual({
      asked: [],
      next: 'shared-engineer',
    });
  });
});

describe('nextStep', () => {
  it('goes on with the full quiz at its first unanswered question, and is done when none is left', () => {
    expect(nextStep({}, 'full')).toBe(1);
    const skipsTheSecond = Object.fromEntries(
      questionBank.questions
        .filter((_, index) => index === 0 || index === 2)
        .map((question) => [question.id, optionAt(question, 0)]),
    );
    expect(nextStep(skipsTheSecond, 'full')).toBe(2);
    expect(nextStep(answersToward('product'), 'full')).toBeNull();
  });

  it('goes on with the quick check one step past the questions it asked, and is done once settled', () => {
    expect(nextStep({}, 'quick')).toBe(1);
    const { asked } = quickCheckPath(answersToward('project'));
    const firstFour = Object.fromEntries(
      asked.slice(0, 4).map((id) => [id, answersToward('project')[id] ?? '']),
    );
    expect(nextStep(firstFour, 'quick')).toBe(5);
    const settled = Object.fromEntries(asked.map((id) => [id, answersToward('project')[id] ?? '']));
    expect(nextStep(settled, 'quick')).toBeNull();
    expect(asked.length).toBeLessThan(questionBank.questions.length);
  });
});
