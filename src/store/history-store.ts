import { create } from 'zustand';
import { useNoticeStore } from './notice-store.ts';
import { emptyHistory, historyLimit, mergeHistory, restoreHistory, sameSitting } from './saved-history.ts';
import { sameAnswers } from '../engine/index.ts';
import type { Attempt, SavedHistory } from './saved-history.ts';
import { syncWithStorage } from './synced-storage.ts';
import type { StoredDocument } from './synced-storage.ts';

export type { Attempt, AttemptSummary } from './saved-history.ts';
export {
  attemptsToExport,
  historyLimit,
  previousAttempt,
  restoreHistory,
  summaryOf,
  understoodAnswers,
} from './saved-history.ts';

interface HistoryState extends SavedHistory {
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

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** When an attempt was finished, as the history shows it: "20 Nov 2026, 18:05". */
export function attemptDate(attempt: Pick<Attempt, 'finishedAt'>): string {
  return dateFormat.format(attempt.finishedAt);
}

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
      return 'You deleted all your past results in another tab, so this list is empty now.';
    return gone === 1
      ? 'You deleted 1 past result in another tab, so it is gone from this list too.'
      : `You deleted ${gone} past results in another tab, so they are gone from this list too.`;
  },
  messages: {
    unreadable:
      'Your past results could not be read, so the list starts empty. A copy of what was saved is kept in this browser.',
    noRoom:
      'Some of your past results could not be read, and this browser has no room to keep a copy. They are left as they were. New results are not kept for now: if you reload or close this tab, they are gone.',
    saveAnyway: 'Keep new results instead',
    newer:
      'Your past results were saved by a newer version of Which TPM?. This version can show them, but it will not change what is saved. New results are not kept: if you reload or close this tab, they are gone.',
    unsaved:
      'This browser is not letting Which TPM? keep your past results. New results stay only while this tab is open: if you reload or close it, they are gone.',
    lost: (count) =>
      count === 1
        ? '1 result you finished before the page reloaded could not be kept, so it is gone.'
        : `${count} results you finished before the page reloaded could not be kept, so they are gone.`,
  },
};

/** Unique across tabs: the moment, and a random part for two tabs finishing in the same millisecond. */
function attemptId(finishedAt: number): string {
  return `${finishedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Every finished attempt, kept in this browser only, merged across open tabs. */
export const useHistoryStore = create<HistoryState>()((set) => ({
  ...emptyHistory,
  recordAttempt: (attempt) =>
    set((state) => {
      const newest = state.attempts[0];
      if (newest && sameAnswers(newest.answers, attempt.answers)) return state;
      // The same sitting finished again: a new id, and the old one deleted in every tab.
      if (newest && sameSitting(newest, attempt)) {
        return {
          attempts: [{ ...attempt, id: attemptId(attempt.finishedAt) }, ...state.attempts.slice(1)],
          deletedIds: [...state.deletedIds, newest.id],
        };
      }
      const dropped = state.attempts.length >= historyLimit ? state.attempts.at(-1) : undefined;
      if (dropped) {
        useNoticeStore
          .getState()
          .addNotice(
            `Your past results keep the newest ${historyLimit}, so the oldest one, from ${attemptDate(dropped)}, was removed to make room.`,
          );
      }
      const attempts = [{ ...attempt, id: attemptId(attempt.finishedAt) }, ...state.attempts];
      // A clear point later than this finish was stamped by a wrong clock: it must not hide this result.
      const wrongClock = state.clearedAt !== null && state.clearedAt > attempt.finishedAt;
      return { attempts: attempts.slice(0, historyLimit), ...(wrongClock ? { clearedAt: null } : {}) };
    }),
  deleteAttempt: (id) =>
    set((state) => ({
      attempts: state.attempts.filter((attempt) => attempt.id !== id),
      deletedIds: [...state.deletedIds, id],
    })),
  restoreAttempt: (attempt) => {
    const id = attemptId(attempt.finishedAt);
    set((state) => ({
      attempts: [...state.attempts, { ...attempt, id }]
        .sort((first, second) => second.finishedAt - first.finishedAt)
        .slice(0, historyLimit),
    }));
    return id;
  },
  // Each result shown is deleted by its id, and the clear point is when this happened, never a result's
  // own date: one dated in the future by a wrong clock would hide every later result.
  clearHistory: () =>
    set((state) => ({
      attempts: [],
      deletedIds: [...state.deletedIds, ...state.attempts.map((attempt) => attempt.id)],
      clearedAt: Date.now(),
    })),
}));

function pickSavedHistory({ attempts, deletedIds, clearedAt }: HistoryState): SavedHistory {
  return { attempts, deletedIds, clearedAt };
}

/** The storage sync, for tests that need to see whether it is saving. */
export const historySync = syncWithStorage(useHistoryStore, historyDocument, pickSavedHistory);
