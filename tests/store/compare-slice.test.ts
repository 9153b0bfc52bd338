import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/translate.ts';
import { mergeSavedCompare, restoreSavedCompare } from '../../src/store/compare-slice.ts';

const saved = fc.record({
  code: fc.option(fc.constantFrom('2-abc-11111', '2-xyz-22222'), { nil: null }),
  keptAt: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
});

describe('the kept compare link', () => {
  it('merges the same whichever tab merges first, and merging twice changes nothing', () => {
    fc.assert(
      fc.property(saved, saved, (first, second) => {
        expect(mergeSavedCompare(first, second)).toEqual(mergeSavedCompare(second, first));
        expect(mergeSavedCompare(first, first)).toEqual(first);
      }),
    );
  });

  it('keeps the later choice, so forgetting a link in one tab forgets it in all', () => {
    const kept = { code: '2-abc-11111', keptAt: 5 };
    const forgotten = { code: null, keptAt: 6 };
    expect(mergeSavedCompare(kept, forgotten)).toEqual(forgotten);
  });

  it('reads only a code and a time it can use', () => {
    expect(restoreSavedCompare({ code: '2-abc-11111', keptAt: 5 }).value).toEqual({
      code: '2-abc-11111',
      keptAt: 5,
    });
    expect(restoreSavedCompare({ code: 7, keptAt: 5 }).value).toEqual({ code: null, keptAt: 5 });
    expect(restoreSavedCompare({ code: '2-abc-11111' }).value).toEqual({ code: null, keptAt: null });
    expect(restoreSavedCompare('nonsense').value).toEqual({ code: null, keptAt: null });
  });

  it('sets aside for a copy anything stored it cannot use, and nothing it can', () => {
    expect(restoreSavedCompare({ code: '2-abc-11111', keptAt: 5 }).setAside).toBeUndefined();
    expect(restoreSavedCompare({ code: null, keptAt: 5 }).setAside).toBeUndefined();
    expect(restoreSavedCompare(null).setAside).toBeUndefined();
    for (const stored of [
      { code: 7, keptAt: 5 },
      { code: '2-abc-11111', keptAt: 'today' },
      'nonsense',
      [1],
    ]) {
      const restored = restoreSavedCompare(stored);
      expect(restored.setAside).toEqual(stored);
      expect(restored.notice && translate(restored.notice)).toBe(
        'The link you kept to compare could not be read. A copy of what was saved is kept in this browser.',
      );
    }
  });
});
