import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAnswers,
  encodeAnswers,
  isScored,
  questionBank,
  shareCodeFrom,
} from '../../src/engine/index.ts';
import type { QuestionBank } from '../../src/engine/index.ts';
import { shareShapes } from '../../src/engine/bank/index.ts';
import { shareShapeOf } from '../../src/engine/share-code.ts';
import { answersToward, arbitraryAnswers } from './answers.ts';
import { fixtureBank } from './fixture-bank.ts';
import { words } from '../fixtures/message.ts';

const scoredOnly = (answers: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(answers).filter(([id]) =>
      questionBank.questions.some((question) => question.id === id && isScored(question)),
    ),
  );

/** The fixture bank with `extra` more options on question `at`, so a code it signs can name a position the real one lacks. */
function widened(at: number, extra: number): QuestionBank {
  const added = Array.from({ length: extra }, (_, index) => ({
    id: `extra-${index}`,
    label: words(`Extra ${index}`),
    lean: 0 as const,
  }));
  return {
    ...fixtureBank,
    questions: fixtureBank.questions.map((question, index) =>
      index === at ? { ...question, options: [...question.options, ...added] } : question,
    ),
  };
}

describe('encodeAnswers', () => {
  it.each([
    { name: 'no answers', answers: {}, code: '1-n-dmlh3' },
    { name: 'the first question', answers: { p1: 'a-lot' }, code: '1-3m-uphlz' },
    {
      name: 'the first and the last scored question',
      answers: { p1: 'a-lot', s2: 'strong-product' },
      code: '1-3l2-boys2',
    },
  ])('writes $name as a fixed code, each run of unanswered questions as one letter', ({ answers, code }) => {
    expect(encodeAnswers(answers, fixtureBank)).toBe(code);
  });

  it('leaves the optional background question out: what someone does now is not shared', () => {
    expect(encodeAnswers({ p1: 'a-lot', 'current-role': 'student' }, fixtureBank)).toBe('1-3m-uphlz');
  });

  it('writes a run longer than 26 as "z" and the rest', () => {
    const long: QuestionBank = {
      ...fixtureBank,
      questions: Array.from({ length: 30 }, () => fixtureBank.questions)
        .flat()
        .map((question, index) => ({ ...question, id: `q${index}` })),
    };
    expect(encodeAnswers({ q0: 'a-lot' }, long)).toMatch(/^1-3zz[a-z]*-[0-9a-z]{5}$/);
    const decoded = decodeAnswers(encodeAnswers({ q0: 'a-lot', q440: 'product' }, long), long);
    expect(decoded).toEqual({ ok: true, answers: { q0: 'a-lot', q440: 'product' } });
  });

  it('signs the bank id and version along with the answers', () => {
    expect(encodeAnswers({ p1: 'a-lot' }, { ...fixtureBank, id: 'other' })).toBe('1-3m-rksuq');
    expect(encodeAnswers({ p1: 'a-lot' }, { ...fixtureBank, version: 2 })).toBe('2-3m-4nduo');
  });

  it('writes an option id the question does not offer as unanswered', () => {
    expect(encodeAnswers({ p1: 'nap' }, fixtureBank)).toBe(encodeAnswers({}, fixtureBank));
  });
});

describe('decodeAnswers', () => {
  it('round-trips any set of scored answers, complete or not', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const scored = scoredOnly(answers);
        const decoded = decodeAnswers(encodeAnswers(answers));
        if (Object.keys(scored).length === 0)
          expect(decoded).toMatchObject({ ok: false, error: { code: 'empty' } });
        else expect(decoded).toEqual({ ok: true, answers: scored });
      }),
      { numRuns: 300 },
    );
  });

  it('detects any single changed answer', () => {
    const code = encodeAnswers(answersToward('project', questionBank.questions.filter(isScored)));
    const [version, body = '', check] = code.split('-');
    for (let index = 0; index < body.length; index++) {
      const changed = body.slice(0, index) + (body[index] === '0' ? '1' : '0') + body.slice(index + 1);
      expect(decodeAnswers(`${version}-${changed}-${check}`)).toMatchObject({
        ok: false,
        error: { code: 'checksum' },
      });
    }
  });

  it('ignores spaces and line breaks around a pasted code', () => {
    expect(decodeAnswers('  1-3m-uphlz\n', fixtureBank)).toEqual({ ok: true, answers: { p1: 'a-lot' } });
  });

  it.each([
    { name: 'text before the code', text: 'x1-3m-uphlz' },
    { name: 'text after the code', text: '1-3m-uphlzx' },
    { name: 'a version of seven digits', text: '1234567-3m-uphlz' },
    { name: 'no version', text: '-3m-uphlz' },
    { name: 'a capital in the answers', text: '1-3M-uphlz' },
    { name: 'no answers at all', text: '1--uphlz' },
    { name: 'a checksum in capitals', text: '1-3m-UPHLZ' },
    { name: 'a short checksum', text: '1-3m-uphl' },
    { name: 'spaces inside the code', text: '1 -3m-uphlz' },
    { name: 'the old underscores', text: '1-3_____________-uphlz' },
  ])('calls $name malformed', ({ text }) => {
    expect(decodeAnswers(text, fixtureBank)).toEqual({
      ok: false,
      error: {
        code: 'malformed',
        message:
          'This link does not hold a Which TPM? result. It may have been cut short when it was copied. Copy the whole link again, or ask for a new one.',
      },
    });
  });

  it('explains a link from an earlier or a newer set of questions', () => {
    expect(decodeAnswers('2-3m-4nduo', fixtureBank)).toMatchObject({
      ok: false,
      error: { code: 'version', message: expect.stringMatching(/newer set of questions/) },
    });
    const earlier = { ...fixtureBank, version: 3 };
    expect(decodeAnswers('2-3m-4nduo', earlier)).toMatchObject({
      ok: false,
      error: {
        code: 'version',
        message: expect.stringMatching(/^This link was made with an earlier set of questions\./),
      },
    });
  });

  it('turns away a link made before the questions were reworded, rather than read it against the new words', () => {
    // Two real links of version 2: every first option, and one answer to the old free-afternoon question.
    for (const code of ['2-000000000000000000000000000000000000-8m63q', '2-q0r-cxwc7']) {
      expect(decodeAnswers(code)).toMatchObject({
        ok: false,
        error: { code: 'version', message: expect.stringMatching(/earlier set of questions/) },
      });
    }
  });

  it('calls a damaged version damaged, not newer: reloading could not help with that', () => {
    // 4nduo signs version 2; a link that says 3 was changed on the way.
    expect(decodeAnswers('3-3m-4nduo', fixtureBank)).toMatchObject({
      ok: false,
      error: { code: 'checksum', message: expect.stringMatching(/changed or damaged since it was made/) },
    });
    expect(decodeAnswers('3-3m-4nduo', fixtureBank)).not.toMatchObject({
      error: { message: expect.stringMatching(/Reload/) },
    });
  });

  it('calls a signed code of another length wrong for these questions', () => {
    const [first] = fixtureBank.questions;
    if (!first) throw new Error('The fixture bank has no questions.');
    const longer = { ...fixtureBank, questions: [{ ...first, id: 'added' }, ...fixtureBank.questions] };
    expect(decodeAnswers(encodeAnswers({ p1: 'a-lot' }, longer), fixtureBank)).toEqual({
      ok: false,
      error: {
        code: 'length',
        message: 'This link has the wrong number of answers for these questions. Ask for a new link.',
      },
    });
  });

  it.each([
    { name: 'one answer cut off', text: '1-m-dmlh3' },
    { name: 'one answer added', text: '1-3n-dmlh3' },
  ])('distrusts a code with $name', ({ text }) => {
    expect(decodeAnswers(text, fixtureBank)).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  it('distrusts a code signed for another bank, or with a wrong checksum', () => {
    expect(decodeAnswers('1-3m-rksuq', fixtureBank)).toEqual({
      ok: false,
      error: {
        code: 'checksum',
        message:
          'This link has been changed or damaged since it was made, so its result cannot be trusted. Copy the whole link again, or ask for a new one.',
      },
    });
    expect(decodeAnswers('1-3m-zzzzz', fixtureBank)).toMatchObject({
      ok: false,
      error: { code: 'checksum' },
    });
  });

  it('rejects a position past the last option, with its own message, even after good answers', () => {
    const bank = widened(1, 5);
    const code = encodeAnswers({ p1: 'a-lot', j1: 'extra-4' }, bank);
    expect(code.startsWith('1-39')).toBe(true);
    expect(decodeAnswers(code, fixtureBank)).toEqual({
      ok: false,
      error: {
        code: 'option',
        message: 'This link names an answer that the questions do not offer. Ask for a new link.',
      },
    });
    expect(decodeAnswers(code, bank)).toEqual({ ok: true, answers: { p1: 'a-lot', j1: 'extra-4' } });
  });

  it('holds no answers when every question is blank', () => {
    expect(decodeAnswers('1-n-dmlh3', fixtureBank)).toEqual({
      ok: false,
      error: {
        code: 'empty',
        message: 'This link holds no answers. Ask for a link made after answering the quiz.',
      },
    });
  });
});

describe('shareCodeFrom', () => {
  it.each([
    ['a whole link', 'https://example.org/which-tpm/shared#2-3zi-ag0pe', '2-3zi-ag0pe'],
    ['a fragment', '#2-3zi-ag0pe', '2-3zi-ag0pe'],
    ['a bare code with spaces around it', '  2-3zi-ag0pe \n', '2-3zi-ag0pe'],
    ['a percent-escaped fragment', 'https://example.org/shared#2-3z%69-ag0pe', '2-3zi-ag0pe'],
    ['a broken escape, kept as it is', '#1-0%E0%A4%A-8d0fc', '1-0%E0%A4%A-8d0fc'],
    ['nothing', '', ''],
    ['a link a sentence ends on', 'https://example.org/shared#2-3zi-ag0pe.', '2-3zi-ag0pe'],
    ['a link in brackets', '(https://example.org/shared#2-3zi-ag0pe)', '2-3zi-ag0pe'],
    ['a link before a comma', 'https://example.org/shared#2-3zi-ag0pe, see', '2-3zi-ag0pe'],
    ['a link with a slash after it', 'https://example.org/shared#2-3zi-ag0pe/', '2-3zi-ag0pe'],
    ['a tracking tag after the code', 'https://example.org/shared#2-3zi-ag0pe&utm_source=x', '2-3zi-ag0pe'],
    ['an escaped bracket after the code', 'https://example.org/shared#2-3zi-ag0pe%29', '2-3zi-ag0pe'],
    ['a code cut short, kept as it is', '#2-3zi-ag0p', '2-3zi-ag0p'],
    ['a code with more letters run on, kept as it is', '#2-3zi-ag0pex', '2-3zi-ag0pex'],
  ])('finds the code in %s', (_, text, code) => {
    expect(shareCodeFrom(text)).toBe(code);
  });
});

describe('the version a share code carries', () => {
  it('is the one whose shape the bank has: a moved, added or removed question or option needs a new version', () => {
    const shape = shareShapeOf(questionBank);
    expect(
      shareShapes[questionBank.version],
      `The scored questions or their options changed, so links of version ${questionBank.version} would be misread. Add "${questionBank.version + 1}: '${shape}'" to shareShapes in src/engine/bank/index.ts.`,
    ).toBe(shape);
    expect(questionBank.version).toBe(Math.max(...Object.keys(shareShapes).map(Number)));
  });

  it('has a shape that changes with every move, addition or removal of a question or an option, and not with words', () => {
    const shape = shareShapeOf(fixtureBank);
    const [first, second, ...rest] = fixtureBank.questions;
    if (!first || !second) throw new Error('The fixture bank has too few questions.');
    const withQuestions = (questions: QuestionBank['questions']) => ({ ...fixtureBank, questions });
    expect(shareShapeOf(withQuestions([second, first, ...rest]))).not.toBe(shape);
    expect(shareShapeOf(withQuestions([second, ...rest]))).not.toBe(shape);
    expect(shareShapeOf(widened(0, 1))).not.toBe(shape);
    const reversed = { ...first, options: [...first.options].reverse() };
    expect(shareShapeOf(withQuestions([reversed, second, ...rest]))).not.toBe(shape);
    const reworded = {
      ...first,
      prompt: words('Other words'),
      options: first.options.map((option) => ({ ...option, label: words('x') })),
    };
    expect(shareShapeOf(withQuestions([reworded, second, ...rest]))).toBe(shape);
  });

  it('opens version 4 links as they were made', () => {
    const scored = questionBank.questions.filter(isScored);
    expect(decodeAnswers('4-000000000000000000000000000000000000-71o0g')).toEqual({
      ok: true,
      answers: Object.fromEntries(scored.map((question) => [question.id, question.options[0]?.id])),
    });
    expect(decodeAnswers('4-3h2z-vzxff')).toEqual({
      ok: true,
      answers: { 'customer-slowdowns': 'a-lot', 'first-week-document': 'feature-page' },
    });
  });

  it('turns away version 3 links, whose positions the reworded questions of version 4 no longer match', () => {
    // Two real links of version 3: every first option, and two answers.
    for (const code of ['3-000000000000000000000000000000000000-oocab', '3-3h2z-li9vg']) {
      expect(decodeAnswers(code)).toMatchObject({
        ok: false,
        error: { code: 'version', message: expect.stringMatching(/earlier set of questions/) },
      });
    }
  });
});
