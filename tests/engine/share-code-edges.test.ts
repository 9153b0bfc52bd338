import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, questionBank } from '../../src/engine/index.ts';
import type { QuestionBank } from '../../src/engine/index.ts';
import { answersToward } from './answers.ts';

const blanks = (count: number) => '_'.repeat(count);
const total = questionBank.questions.length;

/**
 * The bank with `extra` more options on question `at` (ids extra-0, extra-1, ...), so that codes it
 * signs can name a position the real bank lacks.
 */
function widened(at: number, extra: number): QuestionBank {
  const added = Array.from({ length: extra }, (_, index) => ({
    id: `extra-${index}`,
    label: `Extra ${index}`,
    lean: 0 as const,
  }));
  return {
    ...questionBank,
    questions: questionBank.questions.map((question, index) =>
      index === at ? { ...question, options: [...question.options, ...added] } : question,
    ),
  };
}

describe('encodeAnswers', () => {
  it.each([
    { name: 'no answers', answers: {}, code: `1-${blanks(total)}-921j7` },
    {
      name: 'the first question',
      answers: { 'free-afternoon': 'sketch-future' },
      code: `1-0${blanks(29)}-8d0fc`,
    },
    {
      name: 'the first and the last question',
      answers: { 'free-afternoon': 'untangle-schedule', 'straight-answer': 'strongly-agree' },
      code: `1-1${blanks(28)}4-801u8`,
    },
  ])('writes $name as a fixed code', ({ answers, code }) => {
    expect(encodeAnswers(answers)).toBe(code);
  });

  it('pads a short checksum with zeros to five characters', () => {
    // This body's checksum is "rouk" in base 36: four characters, written as "0rouk".
    const code = '1-120330121142212200001010041113-0rouk';
    const decoded = decodeAnswers(code);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(encodeAnswers(decoded.answers)).toBe(code);
  });

  it('signs the bank id and version along with the answers', () => {
    const answers = { 'free-afternoon': 'sketch-future' };
    expect(encodeAnswers(answers, { ...questionBank, id: 'other' })).toBe(`1-0${blanks(29)}-7zrtz`);
    expect(encodeAnswers(answers, { ...questionBank, version: 2 })).toBe(`2-0${blanks(29)}-8bsl7`);
  });

  it('writes an option id the question does not offer as unanswered', () => {
    expect(encodeAnswers({ 'free-afternoon': 'nap' })).toBe(encodeAnswers({}));
  });
});

describe('decodeAnswers', () => {
  it('reads a code back with the unanswered questions left out', () => {
    expect(decodeAnswers(`1-1${blanks(28)}4-801u8`)).toEqual({
      ok: true,
      answers: { 'free-afternoon': 'untangle-schedule', 'straight-answer': 'strongly-agree' },
    });
  });

  it('ignores spaces and line breaks around a pasted code', () => {
    expect(decodeAnswers(`  1-0${blanks(29)}-8d0fc\n`)).toEqual({
      ok: true,
      answers: { 'free-afternoon': 'sketch-future' },
    });
  });

  it('reads versions of several digits', () => {
    const bank = { ...questionBank, version: 123_456 };
    const answers = answersToward('product');
    expect(decodeAnswers(encodeAnswers(answers, bank), bank)).toEqual({ ok: true, answers });
  });

  it.each([
    { name: 'text before the code', text: `x1-0${blanks(29)}-8d0fc` },
    { name: 'text after the code', text: `1-0${blanks(29)}-8d0fcx` },
    { name: 'a version of seven digits', text: `1234567-0${blanks(29)}-8d0fc` },
    { name: 'no version', text: `-0${blanks(29)}-8d0fc` },
    { name: 'a letter in the answers', text: `1-a${blanks(29)}-8d0fc` },
    { name: 'no answers at all', text: '1--8d0fc' },
    { name: 'more than 200 answers', text: `1-${'0'.repeat(201)}-8d0fc` },
    { name: 'a checksum in capitals', text: `1-0${blanks(29)}-8D0FC` },
    { name: 'a short checksum', text: `1-0${blanks(29)}-8d0f` },
    { name: 'a long checksum', text: `1-0${blanks(29)}-8d0fcc` },
    { name: 'spaces inside the code', text: `1 -0${blanks(29)}-8d0fc` },
  ])('calls $name malformed', ({ text }) => {
    expect(decodeAnswers(text)).toEqual({
      ok: false,
      error: {
        code: 'malformed',
        message:
          'This link does not hold a Which TPM? result. It may have been cut short when it was copied.',
      },
    });
  });

  it('reads 200 answers, the most a code may hold, as far as the shape goes', () => {
    expect(decodeAnswers(`1-${'0'.repeat(200)}-8d0fc`)).toMatchObject({
      ok: false,
      error: { code: 'length' },
    });
  });

  it('names both versions when the bank has moved on', () => {
    const code = encodeAnswers({ 'free-afternoon': 'sketch-future' }, { ...questionBank, version: 2 });
    expect(decodeAnswers(code)).toEqual({
      ok: false,
      error: {
        code: 'version',
        message:
          'This link was made with a different set of questions (version 2; this is version 1), so its answers cannot be read any more.',
      },
    });
  });

  it.each([
    { name: 'one answer too few', body: blanks(total - 1) },
    { name: 'one answer too many', body: `0${blanks(total)}` },
  ])('calls $name incomplete', ({ body }) => {
    expect(decodeAnswers(`1-${body}-921j7`)).toEqual({
      ok: false,
      error: {
        code: 'length',
        message: 'This link is incomplete: it has the wrong number of answers. It may have been cut short.',
      },
    });
  });

  it('distrusts a code signed for another bank', () => {
    const code = encodeAnswers({ 'free-afternoon': 'sketch-future' }, { ...questionBank, id: 'other' });
    expect(decodeAnswers(code)).toEqual({
      ok: false,
      error: {
        code: 'checksum',
        message: 'This link has been changed since it was made, so its result cannot be trusted.',
      },
    });
  });

  it('rejects a position past the last option, with its own message', () => {
    const bank = widened(0, 1);
    const code = encodeAnswers({ 'free-afternoon': 'extra-0' }, bank);
    expect(code.startsWith('1-2_')).toBe(true);
    expect(decodeAnswers(code)).toEqual({
      ok: false,
      error: { code: 'option', message: 'This link names an answer that the questions do not offer.' },
    });
    expect(decodeAnswers(code, bank)).toEqual({ ok: true, answers: { 'free-afternoon': 'extra-0' } });
  });

  it('rejects a bad position even after good answers', () => {
    // The second question is a five-point statement: extra-4 is its tenth option, position 9.
    const bank = widened(1, 5);
    const code = encodeAnswers({ 'free-afternoon': 'sketch-future', 'support-tickets': 'extra-4' }, bank);
    expect(code.startsWith('1-09_')).toBe(true);
    expect(decodeAnswers(code)).toMatchObject({ ok: false, error: { code: 'option' } });
  });

  it('holds no answers when every question is blank', () => {
    expect(decodeAnswers(`1-${blanks(total)}-921j7`)).toEqual({
      ok: false,
      error: { code: 'empty', message: 'This link holds no answers.' },
    });
  });

  it('decodes against the bank it is given', () => {
    const bank = { ...questionBank, questions: questionBank.questions.slice(0, 3) };
    const answers = answersToward('project', bank.questions);
    const code = encodeAnswers(answers, bank);
    expect(code).toMatch(/^1-[0-9]{3}-[0-9a-z]{5}$/);
    expect(decodeAnswers(code, bank)).toEqual({ ok: true, answers });
    expect(decodeAnswers(code)).toMatchObject({ ok: false, error: { code: 'length' } });
  });
});
