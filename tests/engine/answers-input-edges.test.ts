import { describe, expect, it } from 'vitest';
import { progressOf, questionBank, readAnswers } from '../../src/engine/index.ts';

const total = questionBank.questions.length;

describe('readAnswers: untrusted input', () => {
  it.each([
    { name: 'undefined', input: undefined },
    { name: 'a number', input: 42 },
    { name: 'true', input: true },
    { name: 'an empty list', input: [] },
    { name: 'an empty object', input: {} },
  ])('reads $name as no answers and drops nothing', ({ input }) => {
    expect(readAnswers(input)).toEqual({ answers: {}, dropped: 0 });
  });

  it.each([
    { name: 'a number', value: 1 },
    { name: 'null', value: null },
    { name: 'an object', value: { id: 'agree' } },
    { name: 'a list', value: ['agree'] },
    { name: "another question's option", value: 'sketch-future' },
    { name: 'an option id in other case', value: 'Agree' },
  ])('drops an answer given as $name', ({ value }) => {
    expect(readAnswers({ 'blank-page': value, 'free-afternoon': 'sketch-future' })).toEqual({
      answers: { 'free-afternoon': 'sketch-future' },
      dropped: 1,
    });
  });

  it('keeps every answer of a complete, sound set', () => {
    const input = Object.fromEntries(
      questionBank.questions.map((question) => [question.id, question.options.at(-1)?.id ?? '']),
    );
    expect(readAnswers(input)).toEqual({ answers: input, dropped: 0 });
  });

  it('checks against the bank it is given', () => {
    const bank = { ...questionBank, questions: questionBank.questions.slice(1) };
    expect(readAnswers({ 'free-afternoon': 'sketch-future', 'support-tickets': 'agree' }, bank)).toEqual({
      answers: { 'support-tickets': 'agree' },
      dropped: 1,
    });
  });
});

describe('progressOf: edges', () => {
  it('starts at the first question with nothing answered', () => {
    expect(progressOf({})).toEqual({ answered: 0, total, complete: false, firstUnanswered: 0 });
  });

  it('counts only the questions the bank holds', () => {
    expect(progressOf({ ghost: 'agree', 'free-afternoon': 'sketch-future' })).toEqual({
      answered: 1,
      total,
      complete: false,
      firstUnanswered: 1,
    });
  });

  it('points at the last question when only it is left', () => {
    const answers = Object.fromEntries(
      questionBank.questions.slice(0, -1).map((question) => [question.id, question.options[0]?.id ?? '']),
    );
    expect(progressOf(answers)).toEqual({
      answered: total - 1,
      total,
      complete: false,
      firstUnanswered: total - 1,
    });
  });

  it('is complete for a bank with no questions', () => {
    expect(progressOf({}, { ...questionBank, questions: [] })).toEqual({
      answered: 0,
      total: 0,
      complete: true,
      firstUnanswered: null,
    });
  });
});
