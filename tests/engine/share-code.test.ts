import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, questionBank, shareCodeFrom } from '../../src/engine/index.ts';
import { answersToward, arbitraryAnswers } from './answers.ts';

describe('share codes', () => {
  it('are short: one character per question plus the version and a checksum', () => {
    const code = encodeAnswers(answersToward('product'));
    expect(code).toMatch(
      new RegExp(`^${questionBank.version}-[0-9]{${questionBank.questions.length}}-[0-9a-z]{5}$`),
    );
  });

  it('round-trip any set of answers, complete or not', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const decoded = decodeAnswers(encodeAnswers(answers));
        if (Object.keys(answers).length === 0)
          expect(decoded).toMatchObject({ ok: false, error: { code: 'empty' } });
        else expect(decoded).toEqual({ ok: true, answers });
      }),
      { numRuns: 300 },
    );
  });

  it('detect any single changed answer', () => {
    const code = encodeAnswers(answersToward('project'));
    const [version, body = '', check] = code.split('-');
    for (let index = 0; index < body.length; index++) {
      const changed = body.slice(0, index) + (body[index] === '0' ? '1' : '0') + body.slice(index + 1);
      expect(decodeAnswers(`${version}-${changed}-${check}`)).toMatchObject({
        ok: false,
        error: { code: 'checksum' },
      });
    }
  });

  it.each([
    { name: 'text that is not a code', text: 'hello', code: 'malformed' },
    { name: 'an empty string', text: '', code: 'malformed' },
    {
      name: 'another bank version',
      text: encodeAnswers(answersToward('product')).replace(/^1-/, '2-'),
      code: 'version',
    },
    { name: 'a cut-off body', text: `1-0101-abcde`, code: 'length' },
    {
      name: 'a wrong checksum',
      text: encodeAnswers(answersToward('product')).replace(/-[0-9a-z]{5}$/, '-zzzzz'),
      code: 'checksum',
    },
  ])('reject $name with a typed error and a message', ({ text, code }) => {
    const decoded = decodeAnswers(text);
    expect(decoded).toMatchObject({ ok: false, error: { code } });
    if (!decoded.ok) expect(decoded.error.message.length).toBeGreaterThan(20);
  });

  it('reject an option position the question does not have, even with a valid checksum', () => {
    // A bank with the same id and version but an extra option signs a code the real bank cannot read.
    const [first, ...rest] = questionBank.questions;
    if (!first) throw new Error('empty bank');
    const widened = {
      ...questionBank,
      questions: [
        { ...first, options: [...first.options, { id: 'extra', label: 'Extra', lean: 0 as const }] },
        ...rest,
      ],
    };
    const forged = encodeAnswers({ [first.id]: 'extra' }, widened);
    expect(decodeAnswers(forged)).toMatchObject({ ok: false, error: { code: 'option' } });
  });
});

describe('shareCodeFrom', () => {
  it.each([
    ['a whole link', 'https://example.org/which-tpm/shared#1-0_-8d0fc', '1-0_-8d0fc'],
    ['a fragment', '#1-0_-8d0fc', '1-0_-8d0fc'],
    ['a bare code with spaces around it', '  1-0_-8d0fc \n', '1-0_-8d0fc'],
    ['a percent-escaped fragment', 'https://example.org/shared#1-0%5F-8d0fc', '1-0_-8d0fc'],
    ['a broken escape, kept as it is', '#1-0%E0%A4%A-8d0fc', '1-0%E0%A4%A-8d0fc'],
    ['nothing', '', ''],
  ])('finds the code in %s', (_, text, code) => {
    expect(shareCodeFrom(text)).toBe(code);
  });
});
