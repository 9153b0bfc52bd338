import { describe, expect, it } from 'vitest';
import {
  minutesToAnswer,
  progressOf,
  questionBank,
  readAnswers,
  scoredAnswerCount,
} from '../../src/engine/index.ts';
import { fixtureBank } from './fixture-bank.ts';

describe('readAnswers: untrusted input', () => {
  it.each([
    { name: 'null', input: null },
    { name: 'undefined', input: undefined },
    { name: 'a string', input: 'answers' },
    { name: 'a number', input: 42 },
    { name: 'a list', input: [['c1', 'product']] },
    { name: 'an empty object', input: {} },
  ])('reads $name as no answers and drops nothing', ({ input }) => {
    expect(readAnswers(input, fixtureBank)).toEqual({ answers: {}, dropped: 0 });
  });

  it.each([
    { name: 'a number', value: 1 },
    { name: 'null', value: null },
    { name: 'an object', value: { id: 'product' } },
    { name: "another question's option", value: 'strong-product' },
    { name: 'an option id in other case', value: 'Product' },
  ])('drops an answer given as $name, keeping the rest', ({ value }) => {
    expect(readAnswers({ c1: value, p1: 'a-lot' }, fixtureBank)).toEqual({
      answers: { p1: 'a-lot' },
      dropped: 1,
    });
  });

  it('drops answers to questions the bank does not hold, and keeps the optional background answer', () => {
    expect(readAnswers({ ghost: 'agree', 'current-role': 'student', c1: 'product' }, fixtureBank)).toEqual({
      answers: { 'current-role': 'student', c1: 'product' },
      dropped: 1,
    });
  });

  it('keeps every answer of a complete, sound set', () => {
    const input = Object.fromEntries(
      fixtureBank.questions.map((question) => [question.id, question.options.at(-1)?.id ?? '']),
    );
    expect(readAnswers(input, fixtureBank)).toEqual({ answers: input, dropped: 0 });
  });
});

describe('progressOf', () => {
  const scored = fixtureBank.questions.filter((question) => question.kind !== 'background');

  it('starts at the first question with nothing answered, counting scored questions only', () => {
    expect(progressOf({}, fixtureBank)).toEqual({
      answered: 0,
      total: scored.length,
      complete: false,
      firstUnanswered: 0,
    });
  });

  it('finds the first unanswered question in bank order', () => {
    expect(progressOf({ p1: 'a-lot', p2: 'somewhat', ghost: 'x' }, fixtureBank)).toEqual({
      answered: 2,
      total: scored.length,
      complete: false,
      firstUnanswered: 1,
    });
  });

  it('is complete once every scored question is answered, with the optional one left', () => {
    const answers = Object.fromEntries(
      scored.map((question) => [question.id, question.options[0]?.id ?? '']),
    );
    expect(progressOf(answers, fixtureBank)).toEqual({
      answered: scored.length,
      total: scored.length,
      complete: true,
      firstUnanswered: null,
    });
  });

  it('is complete for a bank with no questions', () => {
    expect(progressOf({}, { ...fixtureBank, questions: [] })).toMatchObject({
      complete: true,
      firstUnanswered: null,
    });
  });
});

describe('minutesToAnswer', () => {
  it('allows more time for a situation than for a rating, and rounds to the minute', () => {
    // 8 tasks x 8 s + 2 statements x 10 s + 2 choices x 14 s + 2 situations x 20 s + 1 optional x 8 s = 160 s.
    expect(minutesToAnswer(fixtureBank)).toBe(3);
    expect(minutesToAnswer()).toBe(7);
    expect(questionBank.questions.length).toBeLessThanOrEqual(40);
  });
});

describe('scoredAnswerCount', () => {
  it('counts every answer but the optional background ones, old questions included', () => {
    const [scored] = questionBank.questions.filter((question) => question.kind !== 'background');
    expect(
      scoredAnswerCount({
        [scored?.id ?? '']: scored?.options[0]?.id ?? '',
        'a-question-of-an-earlier-version': 'agree',
        'current-role': 'designer',
        'current-enjoyment': 'a-lot',
      }),
    ).toBe(2);
  });
});
