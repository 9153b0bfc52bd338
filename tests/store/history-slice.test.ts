import { beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { emptyHistory, historyLimit, mergeHistory, restoreHistory } from '../../src/store/saved-history.ts';
import { loadPage } from '../load-page.ts';

const answers = { 'free-afternoon': 'sketch-future' };
const summary = { track: 'product', strength: 'clear', productShare: 0.8 } as const;
/** A notice in words, in the active language (English in tests). */
const wordsOf = (message: Message | undefined) => (message ? translate(message) : undefined);

describe('the history slice', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
  });

  it('keeps finished attempts newest first, without repeating the newest answers', () => {
    const { recordAttempt } = useAppStore.getState();
    recordAttempt({ finishedAt: 1, mode: 'full', answers, bankVersion: 1 });
    recordAttempt({ finishedAt: 2, mode: 'full', answers, bankVersion: 1 });
    recordAttempt({
      finishedAt: 3,
      mode: 'quick',
      answers: { 'free-afternoon': 'untangle-schedule' },
      bankVersion: 1,
    });
    expect(
      useAppStore.getState().history.attempts.map((attempt) => [attempt.finishedAt, attempt.mode]),
    ).toEqual([
      [3, 'quick'],
      [1, 'full'],
    ]);
  });

  it(`keeps ${historyLimit}, and says so when the oldest is removed to make room`, () => {
    const { recordAttempt } = useAppStore.getState();
    for (let index = 1; index <= historyLimit + 1; index++) {
      recordAttempt({
        finishedAt: index,
        mode: 'full',
        answers: { 'free-afternoon': index % 2 ? 'sketch-future' : 'untangle-schedule' },
        bankVersion: 1,
      });
      if (index === historyLimit) expect(useAppStore.getState().notices).toEqual([]);
    }
    const { attempts } = useAppStore.getState().history;
    expect(attempts).toHaveLength(historyLimit);
    expect(attempts[0]?.finishedAt).toBe(historyLimit + 1);
    expect(attempts.at(-1)?.finishedAt).toBe(2);
    expect(useAppStore.getState().notices.map((notice) => translate(notice.text))).toEqual([
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

  it('reads a summary kept with its English headline as data only: the headline is written again in the page’s language', () => {
    const kept = { id: 'old', finishedAt: 5, mode: 'full', answers, bankVersion: 1 };
    const restored = restoreHistory({
      attempts: [
        { ...kept, summary: { ...summary, headline: 'A clear lean toward Technical Product Manager' } },
      ],
    });
    expect(restored).toEqual({
      value: { attempts: [{ ...kept, summary }], deletedIds: [], clearedAt: null },
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
        { id: 'unknown-strength', finishedAt: 9, answers, summary: { ...summary, strength: 'strong' } },
        'junk',
      ],
    });
    expect(restored.value.attempts).toEqual([good]);
    expect(restored.setAside).toHaveLength(7);
    expect(wordsOf(restored.notice)).toBe(
      '7 past results could not be read. A copy of them is kept in this browser.',
    );
  });

  it('restores nothing, and sets nothing aside, from storage that holds no history', () => {
    expect(restoreHistory(null)).toEqual({ value: { attempts: [], deletedIds: [], clearedAt: null } });
    expect(restoreHistory({ attempts: 'many' }).setAside).toEqual(['many']);
  });

  it('remembers deletions, so another tab’s copy cannot bring a deleted result back', () => {
    const { recordAttempt } = useAppStore.getState();
    recordAttempt({ finishedAt: 1, mode: 'full', answers, bankVersion: 1 });
    const id = useAppStore.getState().history.attempts[0]?.id ?? '';
    useAppStore.getState().deleteAttempt(id);
    expect(useAppStore.getState().history).toMatchObject({ attempts: [], deletedIds: [id] });
    useAppStore.getState().clearHistory();
    expect(useAppStore.getState().history.clearedAt).toEqual(expect.any(Number));
  });

  it('keeps the newest 100 of more, and says how many older ones were removed, in whole sentences', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `n${String(index).padStart(5, '0')}`,
        finishedAt: index + 1,
        mode: 'full',
        answers,
        bankVersion: 1,
      }));
    const one = restoreHistory({ attempts: many(historyLimit + 1) });
    expect(one.value.attempts).toHaveLength(historyLimit);
    expect(one.value.attempts.at(-1)?.finishedAt).toBe(2);
    expect(wordsOf(one.trimmed)).toBe(
      'Your past results keep the newest 100, so 1 older result was removed.',
    );
    expect(one.setAside).toBeUndefined();
    expect(wordsOf(restoreHistory({ attempts: many(5000) }).trimmed)).toBe(
      'Your past results keep the newest 100, so 4,900 older results were removed.',
    );
    expect(restoreHistory({ attempts: many(historyLimit) }).trimmed).toBeUndefined();
  });

  it('rewrites storage that holds more than the limit on load, so the list kept is the list shown', async () => {
    const attempts = Array.from({ length: 150 }, (_, index) => ({
      id: `n${String(index).padStart(3, '0')}`,
      finishedAt: index + 1,
      mode: 'full',
      answers,
      bankVersion: 1,
    }));
    localStorage.setItem('which-tpm:history', JSON.stringify({ state: { attempts }, version: 1 }));
    const { store, notices } = await loadPage();
    const stored = JSON.parse(localStorage.getItem('which-tpm:history') ?? '') as {
      state: { attempts: { id: string }[] };
    };
    const shown = store.getState().history.attempts.map((attempt) => attempt.id);
    expect(shown).toHaveLength(historyLimit);
    expect(stored.state.attempts.map((attempt) => attempt.id)).toEqual(shown);
    expect(notices()).toEqual(['Your past results keep the newest 100, so 50 older results were removed.']);
  });

  it('says how many were removed when another tab writes more than the limit', async () => {
    localStorage.removeItem('which-tpm:history');
    const { store, notices } = await loadPage();
    const attempts = Array.from({ length: historyLimit + 3 }, (_, index) => ({
      id: `other-${String(index).padStart(3, '0')}`,
      finishedAt: index + 1,
      mode: 'full',
      answers,
      bankVersion: 1,
    }));
    const written = JSON.stringify({ state: { attempts }, version: 1 });
    localStorage.setItem('which-tpm:history', written);
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'which-tpm:history', newValue: written, storageArea: localStorage }),
    );
    expect(store.getState().history.attempts).toHaveLength(historyLimit);
    expect(notices()).toEqual(['Your past results keep the newest 100, so 3 older results were removed.']);
  });

  it('deletes every result by id on "delete all", so one dated in the future cannot hide later ones', () => {
    const future = Date.UTC(2099, 0, 1);
    useAppStore.setState({
      history: {
        ...emptyHistory,
        attempts: [{ id: 'wrong-clock', finishedAt: future, mode: 'full', answers, bankVersion: 1 }],
      },
    });
    useAppStore.getState().clearHistory();
    expect(useAppStore.getState().history.deletedIds).toEqual(['wrong-clock']);
    expect(useAppStore.getState().history.clearedAt).toBeLessThanOrEqual(Date.now());
    useAppStore.getState().recordAttempt({ finishedAt: Date.now(), mode: 'full', answers, bankVersion: 1 });
    expect(useAppStore.getState().history.attempts).toHaveLength(1);
  });

  it('forgets a stored clear point later than now, and one later than a finish', () => {
    const future = Date.UTC(2099, 0, 1);
    expect(restoreHistory({ attempts: [], clearedAt: future }).value.clearedAt).toBeNull();
    expect(restoreHistory({ attempts: [], clearedAt: 5 }).value.clearedAt).toBe(5);
    useAppStore.setState({ history: { ...emptyHistory, clearedAt: future } });
    useAppStore.getState().recordAttempt({ finishedAt: Date.now(), mode: 'full', answers, bankVersion: 1 });
    expect(useAppStore.getState().history).toMatchObject({ clearedAt: null, attempts: [expect.anything()] });
  });

  it('sets stored fields of the wrong type aside for a copy, and keeps every result', () => {
    const good = { id: 'ok', finishedAt: 5, mode: 'quick', answers, bankVersion: 1 };
    const restored = restoreHistory({ attempts: [good], deletedIds: 'all', clearedAt: 'yesterday' });
    expect(restored.value).toEqual({ attempts: [good], deletedIds: [], clearedAt: null });
    expect(restored.setAside).toEqual([{ deletedIds: 'all', clearedAt: 'yesterday' }]);
    expect(wordsOf(restored.notice)).toMatch(
      /^Part of what was saved with your past results could not be read/,
    );
  });

  it('copies malformed entries to a dated backup on load, says so, and keeps showing the rest', async () => {
    const good = { id: 'ok', finishedAt: 5, mode: 'full', answers, bankVersion: 1 };
    localStorage.setItem(
      'which-tpm:history',
      JSON.stringify({ state: { attempts: [good, { id: 'broken', finishedAt: 'yesterday' }] }, version: 1 }),
    );
    const { store, notices } = await loadPage();
    expect(store.getState().history.attempts).toEqual([good]);
    const backups = Object.keys(localStorage).filter((name) =>
      name.startsWith('which-tpm:history:damaged-backup:'),
    );
    expect(backups.map((name) => JSON.parse(localStorage.getItem(name) ?? '') as unknown)).toEqual([
      [{ id: 'broken', finishedAt: 'yesterday' }],
    ]);
    expect(notices()).toEqual(['1 past result could not be read. A copy of it is kept in this browser.']);
  });

  it('brings a deleted attempt back on undo, in every tab: a copy that saw the deletion cannot delete it again', () => {
    const { recordAttempt } = useAppStore.getState();
    recordAttempt({ finishedAt: 1, mode: 'full', answers, bankVersion: 1, summary });
    recordAttempt({
      finishedAt: 2,
      mode: 'quick',
      answers: { 'free-afternoon': 'untangle-schedule' },
      bankVersion: 1,
    });
    const [, older] = useAppStore.getState().history.attempts;
    if (!older) throw new Error('expected two attempts');
    useAppStore.getState().deleteAttempt(older.id);
    // What another tab (and storage) holds once it has seen the deletion.
    const sawDeletion = {
      attempts: useAppStore.getState().history.attempts,
      deletedIds: useAppStore.getState().history.deletedIds,
      clearedAt: null,
    };
    const restoredId = useAppStore.getState().restoreAttempt(older);
    const { attempts, deletedIds, clearedAt } = useAppStore.getState().history;
    expect(attempts.map((attempt) => attempt.finishedAt)).toEqual([2, 1]);
    expect(attempts[1]).toEqual({ ...older, id: restoredId });
    expect(deletedIds).not.toContain(restoredId);
    for (const merged of [
      mergeHistory(sawDeletion, { attempts, deletedIds, clearedAt }),
      mergeHistory({ attempts, deletedIds, clearedAt }, sawDeletion),
    ]) {
      expect(merged.attempts.map((attempt) => attempt.id)).toEqual(attempts.map((attempt) => attempt.id));
    }
  });
});
