import { beforeEach, describe, expect, it, vi } from 'vitest';
import { historyLimit, restoreHistory, useHistoryStore } from '../../src/store/history-store.ts';
import { useNoticeStore } from '../../src/store/notice-store.ts';

const answers = { 'free-afternoon': 'sketch-future' };
const summary = { track: 'product', strength: 'clear', productShare: 0.8, headline: 'A clear lean' } as const;

describe('the history store', () => {
  beforeEach(() => {
    useHistoryStore.setState(useHistoryStore.getInitialState(), true);
    useNoticeStore.setState(useNoticeStore.getInitialState(), true);
  });

  it('keeps finished attempts newest first, without repeating the newest answers', () => {
    const { recordAttempt } = useHistoryStore.getState();
    recordAttempt({ finishedAt: 1, mode: 'full', answers, bankVersion: 1 });
    recordAttempt({ finishedAt: 2, mode: 'full', answers, bankVersion: 1 });
    recordAttempt({
      finishedAt: 3,
      mode: 'quick',
      answers: { 'free-afternoon': 'untangle-schedule' },
      bankVersion: 1,
    });
    expect(useHistoryStore.getState().attempts.map((attempt) => [attempt.finishedAt, attempt.mode])).toEqual([
      [3, 'quick'],
      [1, 'full'],
    ]);
  });

  it(`keeps ${historyLimit}, and says so when the oldest is removed to make room`, () => {
    const { recordAttempt } = useHistoryStore.getState();
    for (let index = 1; index <= historyLimit + 1; index++) {
      recordAttempt({
        finishedAt: index,
        mode: 'full',
        answers: { 'free-afternoon': index % 2 ? 'sketch-future' : 'untangle-schedule' },
        bankVersion: 1,
      });
      if (index === historyLimit) expect(useNoticeStore.getState().notices).toEqual([]);
    }
    const { attempts } = useHistoryStore.getState();
    expect(attempts).toHaveLength(historyLimit);
    expect(attempts[0]?.finishedAt).toBe(historyLimit + 1);
    expect(attempts.at(-1)?.finishedAt).toBe(2);
    expect(useNoticeStore.getState().notices.map((notice) => notice.text)).toEqual([
      expect.stringMatching(
        /^Your past results keep the newest 100, so the oldest one, from .+, was removed/,
      ),
    ]);
  });

  it('keeps attempts whose answers no longer match any question, with the summary they showed', () => {
    const retired = {
      id: 'old',
      finishedAt: 5,
      mode: 'full',
      answers: { retired: 'agree' },
      bankVersion: 0,
      summary,
    };
    expect(restoreHistory({ attempts: [retired] })).toEqual({
      value: { attempts: [retired], deletedIds: [], clearedAt: null },
    });
  });

  it('sets malformed entries aside, with a notice, and keeps the rest', () => {
    const good = { id: 'ok', finishedAt: 5, mode: 'quick', answers, bankVersion: 1 };
    const restored = restoreHistory({
      attempts: [
        good,
        { id: 'no-answers', finishedAt: 6, mode: 'full', answers: {}, bankVersion: 1 },
        { id: 7, finishedAt: 7, answers },
        { id: 'far', finishedAt: 1e300, mode: 'full', answers, bankVersion: 1 },
        { id: 'ok', finishedAt: 4, mode: 'full', answers, bankVersion: 1 },
        { id: 'bad-summary', finishedAt: 8, answers, summary: { ...summary, strength: '' } },
        'junk',
      ],
    });
    expect(restored.value.attempts).toEqual([good]);
    expect(restored.setAside).toHaveLength(6);
    expect(restored.notice).toBe('6 past results could not be read. A copy of them is kept in this browser.');
  });

  it('restores nothing, and sets nothing aside, from storage that holds no history', () => {
    expect(restoreHistory(null)).toEqual({ value: { attempts: [], deletedIds: [], clearedAt: null } });
    expect(restoreHistory({ attempts: 'many' }).setAside).toEqual(['many']);
  });

  it('remembers deletions, so another tab’s copy cannot bring a deleted result back', () => {
    const { recordAttempt } = useHistoryStore.getState();
    recordAttempt({ finishedAt: 1, mode: 'full', answers, bankVersion: 1 });
    const id = useHistoryStore.getState().attempts[0]?.id ?? '';
    useHistoryStore.getState().deleteAttempt(id);
    expect(useHistoryStore.getState()).toMatchObject({ attempts: [], deletedIds: [id] });
    useHistoryStore.getState().clearHistory();
    expect(useHistoryStore.getState().clearedAt).toEqual(expect.any(Number));
  });

  it('copies malformed entries to a dated backup on load, says so, and keeps showing the rest', async () => {
    const good = { id: 'ok', finishedAt: 5, mode: 'full', answers, bankVersion: 1 };
    localStorage.setItem(
      'which-tpm:history',
      JSON.stringify({ state: { attempts: [good, { id: 'broken', finishedAt: 'yesterday' }] }, version: 1 }),
    );
    vi.resetModules();
    const history = await import('../../src/store/history-store.ts');
    const notices = await import('../../src/store/notice-store.ts');
    expect(history.useHistoryStore.getState().attempts).toEqual([good]);
    const backups = Object.keys(localStorage).filter((name) =>
      name.startsWith('which-tpm:history:damaged-backup:'),
    );
    expect(backups.map((name) => JSON.parse(localStorage.getItem(name) ?? '') as unknown)).toEqual([
      [{ id: 'broken', finishedAt: 'yesterday' }],
    ]);
    expect(notices.useNoticeStore.getState().notices.map((notice) => notice.text)).toEqual([
      '1 past result could not be read. A copy of it is kept in this browser.',
    ]);
  });
});
