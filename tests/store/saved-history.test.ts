import { i18n } from '@lingui/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { englishCatalogs as english } from '../english-catalogs.ts';
import { attemptDate, emptyHistory, historyLimit, mergeHistory } from '../../src/store/saved-history.ts';
import type { Attempt, SavedHistory } from '../../src/store/saved-history.ts';

function attempt(id: string, finishedAt: number, extra: Partial<Attempt> = {}): Attempt {
  return {
    id,
    finishedAt,
    mode: 'full',
    answers: { 'free-afternoon': 'sketch-future' },
    bankVersion: 1,
    ...extra,
  };
}

/** A copy of the past results as a tab could hold it: attempts from a small pool of ids, some deleted. */
const savedHistory: fc.Arbitrary<SavedHistory> = fc.record({
  attempts: fc
    .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) => fc.integer({ min: 1, max: 20 }).map((finishedAt) => attempt(id, finishedAt))),
      ),
    ),
  deletedIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'x'), { maxLength: 2 }),
  clearedAt: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
});

describe('merging two tabs’ past results', () => {
  it('holds every attempt either tab holds, by id, unless a tab deleted it', () => {
    const merged = mergeHistory(
      { ...emptyHistory, attempts: [attempt('b', 2), attempt('a', 1)] },
      { attempts: [attempt('c', 3), attempt('a', 1)], deletedIds: ['b'], clearedAt: null },
    );
    expect(merged.attempts.map((kept) => kept.id)).toEqual(['c', 'a']);
  });

  it('prefers the copy of an attempt that kept its summary', () => {
    const summary = { track: 'product', strength: 'clear', productShare: 0.8 } as const;
    const withSummary = { ...emptyHistory, attempts: [attempt('a', 1, { summary })] };
    const without = { ...emptyHistory, attempts: [attempt('a', 1)] };
    expect(mergeHistory(without, withSummary).attempts).toEqual([attempt('a', 1, { summary })]);
  });

  it(`keeps the newest ${historyLimit} of both tabs’ attempts`, () => {
    const many = (from: number) =>
      Array.from({ length: historyLimit }, (_, index) => attempt(`${from}-${index}`, from + index * 2));
    const merged = mergeHistory(
      { ...emptyHistory, attempts: many(1) },
      { ...emptyHistory, attempts: many(2) },
    );
    expect(merged.attempts).toHaveLength(historyLimit);
    expect(merged.attempts[0]?.finishedAt).toBe(2 + (historyLimit - 1) * 2);
  });

  it('is commutative: which tab merges first makes no difference', () => {
    fc.assert(
      fc.property(savedHistory, savedHistory, (first, second) => {
        expect(mergeHistory(first, second)).toEqual(mergeHistory(second, first));
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: merging what is already merged changes nothing', () => {
    fc.assert(
      fc.property(savedHistory, savedHistory, (first, second) => {
        const merged = mergeHistory(first, second);
        expect(mergeHistory(merged, merged)).toEqual(merged);
        expect(mergeHistory(merged, second)).toEqual(merged);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the date of a past result', () => {
  // Noon in London: the 20th of November in every time zone from UTC−11 to UTC+11.
  const finishedAt = Date.UTC(2026, 10, 20, 12, 0);

  afterEach(() => {
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('is written the way the page’s language writes dates, not always the British way', () => {
    expect(attemptDate({ finishedAt })).toMatch(/^Nov 20, 2026, \d{1,2}:\d{2}\s?[AP]M$/);
    // An empty catalog: the words fall back to English, but dates follow the language.
    i18n.loadAndActivate({ locale: 'de', messages: {} });
    expect(attemptDate({ finishedAt })).toMatch(/^20\.11\.2026, \d{2}:\d{2}$/);
    i18n.loadAndActivate({ locale: 'es', messages: {} });
    expect(attemptDate({ finishedAt })).toMatch(/^20 nov 2026, \d{1,2}:\d{2}$/);
  });
});
