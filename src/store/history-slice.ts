import { msg, plural } from '@lingui/core/macro';
import type { StateCreator } from 'zustand';
import { sameAnswers } from '../engine/index.ts';
import type { AppState } from './app-store.ts';
import {
  attemptDate,
  emptyHistory,
  historyLimit,
  mergeHistory,
  restoreHistory,
  sameSitting,
} from './saved-history.ts';
import type { Attempt, SavedHistory } from './saved-history.ts';
import type { StoredDocument } from './synced-storage.ts';

/** Every finished attempt, kept in this browser only, merged across open tabs. */
export interface HistorySlice {
  /** The past results, as saved in this browser (the rules that read and merge them: saved-history.ts). */
  history: SavedHistory;
  /**
   * Keeps a finished attempt, unless it repeats the newest one's answers exactly. One from the same
   * sitting as the newest (the quick check grown into the full quiz, answers changed since) takes its place.
   */
  recordAttempt: (attempt: Omit<Attempt, 'id'>) => void;
  deleteAttempt: (id: string) => void;
  /**
   * Undoes a deletion: keeps the attempt again, as it was, under a new id. Its old id stays deleted, since
   * other tabs and storage have seen that deletion and a merge keeps every deletion (mergeHistory); a new
   * id is one no copy has deleted. Returns the new id.
   */
  restoreAttempt: (attempt: Attempt) => string;
  clearHistory: () => void;
}

export const historyStorageKey = 'which-tpm:history';

export const historyDocument: StoredDocument<SavedHistory> = {
  key: historyStorageKey,
  format: 1,
  restore: restoreHistory,
  merge: mergeHistory,
  items: (history) => Object.fromEntries(history.attempts.map((attempt) => [attempt.id, attempt.id])),
  describeOtherTab: (before, after) => {
    const kept = new Set(after.attempts.map((attempt) => attempt.id));
    const deleted = new Set(after.deletedIds);
    // Only deletions: a result pushed past the limit by a newer one is announced where it was finished.
    const gone = before.attempts.filter(
      (attempt) =>
        !kept.has(attempt.id) &&
        (deleted.has(attempt.id) || (after.clearedAt !== null && attempt.finishedAt < after.clearedAt)),
    ).length;
    if (gone === 0) return null;
    if (after.attempts.length === 0)
      return msg`You deleted all your past results in another tab, so this list is empty now.`;
    return msg`${plural(gone, {
      one: 'You deleted # past result in another tab, so it is gone from this list too.',
      other: 'You deleted # past results in another tab, so they are gone from this list too.',
    })}`;
  },
  messages: {
    unreadable: msg`Your past results could not be read, so the list starts empty. A copy of what was saved is kept in this browser.`,
    noRoom: msg`Some of your past results could not be read, and this browser has no room to keep a copy. They are left as they were. New results are not kept for now: if you reload or close this tab, they are gone.`,
    saveAnyway: msg`Keep new results instead`,
    newer: msg`Your past results were saved by a newer version of Which TPM?. This version can show them, but it will not change what is saved. New results are not kept: if you reload or close this tab, they are gone.`,
    unsaved: msg`This browser is not letting Which TPM? keep your past results. New results stay only while this tab is open: if you reload or close it, they are gone.`,
    lost: (count) =>
      msg`${plural(count, {
        one: '# result you finished before the page reloaded could not be kept, so it is gone.',
        other: '# results you finished before the page reloaded could not be kept, so they are gone.',
      })}`,
  },
};

/** Unique across tabs: the moment, and a random part for two tabs finishing in the same millisecond. */
function attemptId(finishedAt: number): string {
  return `${finishedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  history: emptyHistory,
  recordAttempt: (attempt) => {
    const { history } = get();
    const newest = history.attempts[0];
    if (newest && sameAnswers(newest.answers, attempt.answers)) return;
    // The same sitting finished again: a new id, and the old one deleted in every tab.
    if (newest && sameSitting(newest, attempt)) {
      set({
        history: {
          ...history,
          attempts: [{ ...attempt, id: attemptId(attempt.finishedAt) }, ...history.attempts.slice(1)],
          deletedIds: [...history.deletedIds, newest.id],
        },
      });
      return;
    }
    const dropped = history.attempts.length >= historyLimit ? history.attempts.at(-1) : undefined;
    if (dropped) {
      const limit = historyLimit;
      const date = attemptDate(dropped);
      get().addNotice(
        msg`Your past results keep the newest ${limit}, so the oldest one, from ${date}, was removed to make room.`,
      );
    }
    const attempts = [{ ...attempt, id: attemptId(attempt.finishedAt) }, ...history.attempts];
    // A clear point later than this finish was stamped by a wrong clock: it must not hide this result.
    const wrongClock = history.clearedAt !== null && history.clearedAt > attempt.finishedAt;
    set({
      history: {
        ...history,
        attempts: attempts.slice(0, historyLimit),
        ...(wrongClock ? { clearedAt: null } : {}),
      },
    });
  },
  deleteAttempt: (id) =>
    set(({ history }) => ({
      history: {
        ...history,
        attempts: history.attempts.filter((attempt) => attempt.id !== id),
        deletedIds: [...history.deletedIds, id],
      },
    })),
  restoreAttempt: (attempt) => {
    const id = attemptId(attempt.finishedAt);
    set(({ history }) => ({
      history: {
        ...history,
        attempts: [...history.attempts, { ...attempt, id }]
          .sort((first, second) => second.finishedAt - first.finishedAt)
          .slice(0, historyLimit),
      },
    }));
    return id;
  },
  // Each result shown is deleted by its id, and the clear point is when this happened, never a result's
  // own date: one dated in the future by a wrong clock would hide every later result.
  clearHistory: () =>
    set(({ history }) => ({
      history: {
        attempts: [],
        deletedIds: [...history.deletedIds, ...history.attempts.map((attempt) => attempt.id)],
        clearedAt: Date.now(),
      },
    })),
});
