import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerCsvColumns,
  buildAnswerExport,
  readAnswerExport,
} from '../../src/engine/answer-export/index.ts';
import type { AnswerAttempt, AnswerExport } from '../../src/engine/answer-export/index.ts';
import type { Question, QuestionBank } from '../../src/engine/types.ts';
import { optionOf } from '../fixtures/options.ts';
import {
  backgroundQuestions,
  choiceQuestion,
  fixtureBank,
  interestQuestion,
} from '../fixtures/pilot/fixture-bank.ts';

const bank = fixtureBank([
  interestQuestion('talk-to-customers', 'product'),
  interestQuestion('plan-the-weeks', 'project'),
  choiceQuestion('free-afternoon'),
  ...backgroundQuestions,
]);

const firstSitting: AnswerAttempt = {
  takenAt: Date.UTC(2025, 10, 20, 9, 30),
  mode: 'quick',
  answers: { 'free-afternoon': 'project', 'talk-to-customers': 'a-little' },
};
const retake: AnswerAttempt = {
  takenAt: Date.UTC(2025, 10, 21, 14, 3),
  mode: 'full',
  answers: {
    'current-enjoyment': 'a-lot',
    'plan-the-weeks': 'not-at-all',
    'talk-to-customers': 'very-much',
    'free-afternoon': 'product',
    'current-role': 'designer',
  },
};
const exportedAt = Date.UTC(2025, 10, 21, 14, 5);

function read(text: string): AnswerExport {
  const result = readAnswerExport(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('buildAnswerExport', () => {
  it('writes the JSON with newest attempt first, ISO dates, and the background answers apart', () => {
    const { json } = buildAnswerExport({ attempts: [retake, firstSitting], bank, exportedAt });
    expect(JSON.parse(json)).toEqual({
      format: 'which-tpm-answers',
      formatVersion: 1,
      bankId: 'which-tpm',
      bankVersion: 2,
      exportedAt: '2025-11-21T14:05:00.000Z',
      attempts: [
        {
          takenAt: '2025-11-21T14:03:00.000Z',
          mode: 'full',
          answers: {
            'talk-to-customers': 'very-much',
            'plan-the-weeks': 'not-at-all',
            'free-afternoon': 'product',
          },
          background: { currentRole: 'designer', currentEnjoyment: 'a-lot' },
        },
        {
          takenAt: '2025-11-20T09:30:00.000Z',
          mode: 'quick',
          answers: { 'talk-to-customers': 'a-little', 'free-afternoon': 'project' },
          background: {},
        },
      ],
    });
  });

  it('writes one CSV row per attempt per answer, in bank order, numbering attempts from the first sitting', () => {
    const { csv } = buildAnswerExport({ attempts: [retake, firstSitting], bank, exportedAt });
    expect(csv.split('\r\n')).toEqual([
      'attempt,taken_at,bank_version,mode,question_id,kind,role,option_id,option_index',
      '1,2025-11-20T09:30:00.000Z,2,quick,talk-to-customers,interest,product,a-little,1',
      '1,2025-11-20T09:30:00.000Z,2,quick,free-afternoon,choice,,project,1',
      '2,2025-11-21T14:03:00.000Z,2,full,talk-to-customers,interest,product,very-much,4',
      '2,2025-11-21T14:03:00.000Z,2,full,plan-the-weeks,interest,project,not-at-all,0',
      '2,2025-11-21T14:03:00.000Z,2,full,free-afternoon,choice,,product,0',
      '2,2025-11-21T14:03:00.000Z,2,full,current-role,background,,designer,3',
      '2,2025-11-21T14:03:00.000Z,2,full,current-enjoyment,background,,a-lot,3',
      '',
    ]);
  });

  it('quotes a field that holds a comma, a quote or a line break', () => {
    const awkward: Question = {
      ...choiceQuestion('say "yes", then\nplan'),
      options: [optionOf('a,b', 'A', 2), optionOf('plain', 'B', -2)],
    };
    const { csv } = buildAnswerExport({
      attempts: [{ takenAt: 0, mode: 'full', answers: { [awkward.id]: 'a,b' } }],
      bank: fixtureBank([awkward]),
      exportedAt,
    });
    expect(csv).toContain('1,1970-01-01T00:00:00.000Z,2,full,"say ""yes"", then\nplan",choice,,"a,b",0\r\n');
  });

  it('names the files after the bank, its version and the day of the export', () => {
    const { fileName } = buildAnswerExport({ attempts: [retake], bank, exportedAt });
    expect(fileName('csv')).toBe('which-tpm-answers-v2-2025-11-21.csv');
    expect(fileName('json')).toBe('which-tpm-answers-v2-2025-11-21.json');
  });

  it('leaves out answers the bank does not hold, attempts with none left, and attempts without a date', () => {
    const { json } = buildAnswerExport({
      attempts: [
        {
          ...retake,
          answers: {
            'free-afternoon': 'product',
            'no-such-question': 'x',
            'plan-the-weeks': 'no-such-option',
          },
        },
        { takenAt: Number.NaN, mode: 'full', answers: { 'free-afternoon': 'product' } },
        { ...firstSitting, answers: { 'retired-question': 'agree' } },
      ],
      bank,
      exportedAt,
    });
    const attempts = (JSON.parse(json) as { attempts: { answers: unknown }[] }).attempts;
    expect(attempts.map((attempt) => attempt.answers)).toEqual([{ 'free-afternoon': 'product' }]);
  });
});

describe('readAnswerExport', () => {
  it('reads both files back to the same attempts, newest first; only the JSON knows the bank id and export date', () => {
    const files = buildAnswerExport({ attempts: [firstSitting, retake], bank, exportedAt });
    const fromJson = read(files.json);
    const fromCsv = read(files.csv);
    expect(fromJson.attempts.map((attempt) => attempt.takenAt)).toEqual([
      retake.takenAt,
      firstSitting.takenAt,
    ]);
    expect(fromJson.attempts[0]?.background).toEqual({ currentRole: 'designer', currentEnjoyment: 'a-lot' });
    expect(fromCsv.attempts).toEqual(fromJson.attempts);
    expect(fromJson).toMatchObject({ bankId: 'which-tpm', bankVersion: 2, exportedAt });
    expect(fromCsv).toMatchObject({ bankId: null, bankVersion: 2, exportedAt: null });
  });

  it('accepts a byte-order mark, LF line endings and no final line break, as a spreadsheet may save them', () => {
    const { csv } = buildAnswerExport({ attempts: [retake], bank, exportedAt });
    const resaved = `\uFEFF${csv.replaceAll('\r\n', '\n').trimEnd()}`;
    expect(read(resaved).attempts).toEqual(read(csv).attempts);
  });

  const header = answerCsvColumns.join(',');
  const row = '1,2025-11-21T14:03:00.000Z,2,full,free-afternoon,choice,,product,0';
  const json = (change: Record<string, unknown>) =>
    JSON.stringify({
      format: 'which-tpm-answers',
      formatVersion: 1,
      bankId: 'which-tpm',
      bankVersion: 2,
      exportedAt: '2025-11-21T14:05:00.000Z',
      attempts: [{ takenAt: '2025-11-21T14:03:00.000Z', mode: 'full', answers: { a: 'b' }, background: {} }],
      ...change,
    });

  it.each([
    ['an empty file', '', /should start with "\{" \(JSON\) or with the CSV header/],
    ['some other text', 'Dear pilot,\nhere are my answers', /not a Which TPM\? answers file/],
    ['broken JSON', '{"format": "which-tpm-answers",', /not valid JSON/],
    ['another JSON file', '{"name": "which-tpm", "version": "1.0.0"}', /"format" is not "which-tpm-answers"/],
    ['a newer format', json({ formatVersion: 2 }), /formatVersion is 2; this reader knows version 1 only/],
    [
      'a bank version that is not a number',
      json({ bankVersion: 'two' }),
      /bankVersion is "two"; expected a whole number/,
    ],
    [
      'an attempt without a mode',
      json({ attempts: [{ takenAt: '2025-11-21T14:03:00Z', answers: {} }] }),
      /attempts\[0\]\.mode is missing; expected "full" or "quick"/,
    ],
    ['attempts that are not a list', json({ attempts: {} }), /"attempts" is not a list/],
    [
      'an attempt with a bad date',
      json({ attempts: [{ takenAt: 'yesterday', mode: 'full', answers: {} }] }),
      /attempts\[0\]\.takenAt is "yesterday"; expected a date like/,
    ],
    [
      'an answer that is not text',
      json({ attempts: [{ takenAt: '2025-11-21T14:03:00Z', mode: 'full', answers: { a: 3 } }] }),
      /attempts\[0\]\.answers\["a"\] is 3; expected some text/,
    ],
    [
      'a background answer that is not text',
      json({
        attempts: [
          { takenAt: '2025-11-21T14:03:00Z', mode: 'full', answers: {}, background: { currentRole: [] } },
        ],
      }),
      /attempts\[0\]\.background\.currentRole is \[\]; expected some text/,
    ],
    ['a CSV with only its header', `${header}\r\n`, /has its header but no answers/],
    [
      'a row with a field too few',
      `${header}\n1,2025-11-21T14:03:00.000Z,2,full,a,choice,,b`,
      /Line 2 has 8 fields; expected 9/,
    ],
    [
      'an unknown mode',
      `${header}\n${row.replace('full', 'slow')}`,
      /Line 2: mode is "slow"; expected "full" or "quick"/,
    ],
    [
      'an unknown kind',
      `${header}\n${row.replace('choice', 'quiz')}`,
      /Line 2: kind is "quiz"; expected one of interest/,
    ],
    ['an unknown role', `${header}\n${row.replace(',,', ',both,')}`, /Line 2: role is "both"/],
    [
      'an option index that is not a number',
      `${header}\n${row.slice(0, -1)}first`,
      /option_index is "first"/,
    ],
    [
      'a quoted field left open',
      `${header}\n${row.replace('free-afternoon', '"free-afternoon')}`,
      /Line 2: a quoted field is never closed/,
    ],
    [
      'text after a closing quote',
      `${header}\n${row.replace('free-afternoon', '"free"-afternoon')}`,
      /Line 2: text follows a closing quote/,
    ],
    [
      'two bank versions',
      `${header}\n${row}\n${row.replace(',2,full', ',3,full')}`,
      /Line 3: bank_version 3 differs from 2 on line 2/,
    ],
    [
      'one attempt with two dates',
      `${header}\n${row}\n${row.replace('14:03', '15:03').replace('free-afternoon', 'x')}`,
      /Line 3: attempt 1 has another taken_at or mode than on line 2/,
    ],
    [
      'a question answered twice',
      `${header}\n${row}\n${row}`,
      /Line 3: attempt 1 answers "free-afternoon" a second time/,
    ],
  ])('refuses %s with a message that says what is wrong', (_, text, message) => {
    const result = readAnswerExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

// Awkward text for ids: commas, quotes, line breaks, spaces at either end, "__proto__".
const awkwardId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('__proto__', 'a,b', 'say "hi"', 'two\r\nlines', ' padded ', 'constructor'),
);

const bankAndAttempts = fc.uniqueArray(awkwardId, { minLength: 1, maxLength: 5 }).chain((ids) => {
  const questions: Question[] = [
    ...ids.map((id, index) => (index % 2 === 0 ? interestQuestion(id, 'project') : choiceQuestion(id))),
    ...backgroundQuestions,
  ];
  const testBank: QuestionBank = fixtureBank(questions, 7);
  const attempt = fc.record({
    takenAt: fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
    mode: fc.constantFrom('full' as const, 'quick' as const),
    answers: fc
      .tuple(
        ...questions.map((question) =>
          fc.option(fc.constantFrom(...question.options.map((option) => option.id))),
        ),
      )
      .map((picks) =>
        Object.fromEntries(
          questions.flatMap((question, index) => {
            const pick = picks[index];
            return pick == null ? [] : [[question.id, pick] as const];
          }),
        ),
      ),
  });
  return fc.tuple(fc.constant(testBank), fc.array(attempt, { maxLength: 4 }));
});

describe('answer export properties', () => {
  it('reading the JSON or the CSV gives back every attempt with an answer, newest first, answers intact', () => {
    fc.assert(
      fc.property(bankAndAttempts, ([testBank, attempts]) => {
        const files = buildAnswerExport({ attempts, bank: testBank, exportedAt });
        const expected = attempts
          .filter((attempt) => Object.keys(attempt.answers).length > 0)
          .sort((first, second) => second.takenAt - first.takenAt)
          .map((attempt) => {
            const {
              'current-role': currentRole,
              'current-enjoyment': currentEnjoyment,
              ...answers
            } = attempt.answers;
            return {
              takenAt: attempt.takenAt,
              mode: attempt.mode,
              answers,
              background: {
                ...(currentRole === undefined ? {} : { currentRole }),
                ...(currentEnjoyment === undefined ? {} : { currentEnjoyment }),
              },
            };
          });
        if (expected.length === 0) {
          expect(readAnswerExport(files.json)).toMatchObject({ ok: false, error: /holds no attempts/ });
          return;
        }
        expect(read(files.json).attempts).toEqual(expected);
        expect(read(files.csv).attempts).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reading never throws, whatever the text', () => {
    const files = buildAnswerExport({ attempts: [retake, firstSitting], bank, exportedAt });
    const damaged = fc.oneof(
      fc.string(),
      fc.json(),
      // A real file with a slice cut out, or a character put in.
      fc
        .tuple(
          fc.constantFrom(files.csv, files.json),
          fc.nat(),
          fc.nat({ max: 20 }),
          fc.string({ maxLength: 2 }),
        )
        .map(
          ([text, at, length, insert]) =>
            text.slice(0, at % text.length) + insert + text.slice((at % text.length) + length),
        ),
    );
    fc.assert(
      fc.property(damaged, (text) => {
        const result = readAnswerExport(text);
        if (!result.ok) expect(result.error).not.toMatch(/^$|could not be read/);
      }),
      { numRuns: 1000 },
    );
  });
});
