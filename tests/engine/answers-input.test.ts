import { describe, expect, it } from 'vitest';
import { minutesToAnswer, progressOf, questionBank, readAnswers } from '../../src/engine/index.ts';
import { answersToward } from './answers.ts';

describe('readAnswers', () => {
  it.each([
    { name: 'null', input: null },
    { name: 'a string', input: 'answers' },
    { name: 'a list', input: [['blank-page', 'agree']] },
  ])('reads $name as no answers', ({ input }) => {
    expect(readAnswers(input)).toEqual({ answers: {}, dropped: 0 });
  });

  it('keeps what the bank holds and counts the rest', () => {
    expect(
      readAnswers({ 'blank-page': 'agree', 'free-afternoon': 'nap', ghost: 'agree', 'one-chart': 3 }),
    ).toEqual({ answers: { 'blank-page': 'agree' }, dropped: 3 });
  });
});

describe('progressOf', () => {
  it('finds the first unanswered question in bank order', () => {
    const [first, second, third] = questionBank.questions;
    const answers = {
      [first?.id ?? '']: first?.options[0]?.id ?? '',
      [third?.id ?? '']: third?.options[0]?.id ?? '',
    };
    expect(progressOf(answers)).toEqual({
      answered: 2,
      total: questionBank.questions.length,
      complete: false,
      firstUnanswered: 1,
    });
    expect(second).toBeDefined();
  });

  it('says when every question is answered', () => {
    expect(progressOf(answersToward('product'))).toMatchObject({ complete: true, firstUnanswered: null });
  });
});

describe('minutesToAnswer', () => {
  it('allows about 14 seconds a question, to the nearest minute', () => {
    expect(minutesToAnswer()).toBe(7);
    const short = { ...questionBank, questions: questionBank.questions.slice(0, 13) };
    expect(minutesToAnswer(short)).toBe(3);
  });
});
