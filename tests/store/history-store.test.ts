import { beforeEach, describe, expect, it } from 'vitest';
import { historyLimit, restoreAttempts, useHistoryStore } from '../../src/store/history-store.ts';

const answers = { 'free-afternoon': 'sketch-future' };

describe('the history store', () => {
  beforeEach(() => useHistoryStore.setState({ attempts: [] }));

  it('keeps finished attempts newest first, without repeating the newest', () => {
    const { recordAttempt } = useHistoryStore.getState();
    recordAttempt({ finishedAt: 1, mode: 'full', answers, bankVersion: 1 });
    recordAttempt({ finishedAt: 2, mode: 'full', answers, bankVersion: 1 });
    recordAttempt({ finishedAt: 3, mode: 'quick', answers, bankVersion: 1 });
    expect(useHistoryStore.getState().attempts.map((attempt) => [attempt.finishedAt, attempt.mode])).toEqual([
      [3, 'quick'],
      [1, 'full'],
    ]);
  });

  it(`keeps at most ${historyLimit}`, () => {
    const { recordAttempt } = useHistoryStore.getState();
    for (let index = 0; index < historyLimit + 5; index++) {
      recordAttempt({
        finishedAt: index,
        mode: 'full',
        answers: { 'free-afternoon': index % 2 ? 'sketch-future' : 'untangle-schedule' },
        bankVersion: 1,
      });
    }
    const { attempts } = useHistoryStore.getState();
    expect(attempts).toHaveLength(historyLimit);
    expect(attempts[0]?.finishedAt).toBe(historyLimit + 4);
  });

  it('restores only well-formed attempts, with only answers the bank understands', () => {
    expect(restoreAttempts(null)).toEqual([]);
    expect(restoreAttempts({ attempts: 'many' })).toEqual([]);
    expect(
      restoreAttempts({
        attempts: [
          { id: 'ok', finishedAt: 5, mode: 'quick', answers: { ...answers, ghost: 'boo' }, bankVersion: 1 },
          { id: 'no-answers', finishedAt: 6, mode: 'full', answers: { ghost: 'boo' }, bankVersion: 1 },
          { id: 7, finishedAt: 7, answers },
          'junk',
        ],
      }),
    ).toEqual([{ id: 'ok', finishedAt: 5, mode: 'quick', answers, bankVersion: 1 }]);
  });

  it('drops attempts whose date no calendar can show, and repeats of an id', () => {
    expect(
      restoreAttempts({
        attempts: [
          { id: 'far', finishedAt: 1e300, mode: 'full', answers, bankVersion: 1 },
          { id: 'nan', finishedAt: Number.NaN, mode: 'full', answers, bankVersion: 1 },
          { id: 'twice', finishedAt: 9, mode: 'full', answers, bankVersion: 1 },
          { id: 'twice', finishedAt: 8, mode: 'quick', answers, bankVersion: 1 },
          { id: 'latest', finishedAt: 8.64e15, mode: 'full', answers, bankVersion: 1 },
        ],
      }).map((attempt) => [attempt.id, attempt.finishedAt]),
    ).toEqual([
      ['latest', 8.64e15],
      ['twice', 9],
    ]);
  });
});
