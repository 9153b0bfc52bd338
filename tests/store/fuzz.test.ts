import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, evaluate, questionBank } from '../../src/engine/index.ts';
import { restoreHistory } from '../../src/store/saved-history.ts';
import { restoreSavedQuiz } from '../../src/store/saved-quiz.ts';
import { parseStoredValue } from '../../src/store/synced-storage.ts';

/** True when every answer names a question the bank holds and an option that question offers. */
function onlyBankAnswers(answers: Record<string, string>): boolean {
  return Object.entries(answers).every(([questionId, optionId]) =>
    questionBank.questions.some(
      (question) => question.id === questionId && question.options.some((option) => option.id === optionId),
    ),
  );
}

const validCode = encodeAnswers(
  Object.fromEntries(questionBank.questions.map((question) => [question.id, question.options[0]?.id ?? ''])),
);

/** A valid string with a few characters replaced, removed or added: near-misses find more bugs than noise. */
function mutated(valid: string): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        fc.nat({ max: valid.length }),
        fc.constantFrom('replace', 'remove', 'insert'),
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((edits) =>
      edits.reduce((text, [at, kind, character]) => {
        if (kind === 'remove') return text.slice(0, at) + text.slice(at + 1);
        if (kind === 'insert') return text.slice(0, at) + character + text.slice(at);
        return text.slice(0, at) + character + text.slice(at + 1);
      }, valid),
    );
}

describe('fuzzing the share-link decoder', () => {
  it('returns valid answers or a typed error for any string, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          mutated(validCode),
          fc.stringMatching(/^\d-[0-9_]{30}-[0-9a-z]{5}$/),
        ),
        (text) => {
          const decoded = decodeAnswers(text);
          if (decoded.ok) {
            expect(onlyBankAnswers(decoded.answers)).toBe(true);
            expect(() => evaluate(decoded.answers)).not.toThrow();
          } else {
            expect(['malformed', 'version', 'length', 'checksum', 'option', 'empty']).toContain(
              decoded.error.code,
            );
            expect(decoded.error.message).toMatch(/\w/);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});

const validStored = JSON.stringify({
  state: {
    answers: { 'free-afternoon': 'sketch-future', 'blank-page': 'agree' },
    bankVersion: 1,
    startedAt: 1,
  },
  version: 1,
});

describe('fuzzing the saved-progress reader', () => {
  it('returns valid answers or a typed error for any stored string, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          mutated(validStored),
          fc.jsonValue().map((state) => JSON.stringify({ state, version: 1 })),
          fc
            .dictionary(
              fc.oneof(
                fc.constantFrom(...questionBank.questions.map((question) => question.id)),
                fc.string(),
              ),
              fc.jsonValue(),
            )
            .map((answers) => JSON.stringify({ state: { answers, bankVersion: 1 }, version: 1 })),
        ),
        (raw) => {
          const parsed = parseStoredValue(raw);
          if (!parsed.ok) {
            expect(parsed.error).toBe('unreadable');
            return;
          }
          const { value: quiz } = restoreSavedQuiz(parsed.value.state);
          expect(onlyBankAnswers(quiz.answers)).toBe(true);
          expect(() => evaluate(quiz.answers)).not.toThrow();
          expect(quiz.bankVersion).toBe(questionBank.version);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('fuzzing the past-results reader', () => {
  const attempt = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string(), fc.jsonValue()),
      finishedAt: fc.oneof(fc.double(), fc.integer(), fc.constant(1e300), fc.jsonValue()),
      mode: fc.oneof(fc.constantFrom('full', 'quick'), fc.jsonValue()),
      answers: fc.oneof(
        fc.dictionary(
          fc.constantFrom(...questionBank.questions.map((question) => question.id)),
          fc.oneof(
            fc.constantFrom(
              ...questionBank.questions.flatMap((question) => question.options.map((option) => option.id)),
            ),
            fc.jsonValue(),
          ),
        ),
        fc.jsonValue(),
      ),
      bankVersion: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );

  it('keeps only attempts the history screen can show, and sets every other entry aside, for anything stored', () => {
    const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ attempts: fc.array(fc.oneof(attempt, fc.jsonValue())) })),
        (saved) => {
          const { value, setAside } = restoreHistory(saved);
          const { attempts } = value;
          const stored = (saved as { attempts?: unknown } | null)?.attempts;
          if (Array.isArray(stored)) {
            expect(attempts.length + (Array.isArray(setAside) ? setAside.length : 0)).toBe(stored.length);
          }
          expect(new Set(attempts.map((kept) => kept.id)).size).toBe(attempts.length);
          for (const kept of attempts) {
            expect(() => format.format(kept.finishedAt)).not.toThrow();
            expect(Object.values(kept.answers).every((option) => typeof option === 'string')).toBe(true);
            expect(Object.keys(kept.answers).length).toBeGreaterThan(0);
            expect(['full', 'quick']).toContain(kept.mode);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
