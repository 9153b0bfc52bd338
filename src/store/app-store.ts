// The app's one store, built from slices (zustand's slices pattern): each slice keeps its data under its
// own name (state.quiz, state.history, state.compare) beside the actions on it, and actions reach the
// other slices through the store (get().recordAttempt). Why: docs/decisions/020-one-store-from-slices.md
import { create } from 'zustand';
import type { Message } from '../engine/index.ts';
import { createCompareSlice, compareDocument } from './compare-slice.ts';
import type { CompareSlice } from './compare-slice.ts';
import { createHistorySlice, historyDocument } from './history-slice.ts';
import type { HistorySlice } from './history-slice.ts';
import { createNoticesSlice } from './notices-slice.ts';
import type { NoticeAction, NoticesSlice } from './notices-slice.ts';
import { createQuizSlice, quizDocument } from './quiz-slice.ts';
import type { QuizSlice } from './quiz-slice.ts';
import { syncWithStorage } from './synced-storage.ts';
import type { StorageSync } from './synced-storage.ts';

export type AppState = QuizSlice & HistorySlice & CompareSlice & NoticesSlice;

/** The answers, past results, a kept compare link and the notices: everything the screens read. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createQuizSlice(...a),
  ...createHistorySlice(...a),
  ...createCompareSlice(...a),
  ...createNoticesSlice(...a),
}));

/** The sync of each saved document, for tests that need to see whether it is saving. */
export interface StorageSyncs {
  quiz: StorageSync;
  history: StorageSync;
  compare: StorageSync;
}

/**
 * Loads what this browser saved into the store, then keeps the store and storage in step, in every
 * open tab. Call it once per page, before the first render, so saved answers show at once; importing
 * the store does not do it, so tests and the prerender get a store that touches no storage.
 */
export function startStorageSync(): StorageSyncs {
  const notify = (text: Message, action?: NoticeAction) => useAppStore.getState().addNotice(text, action);
  return {
    quiz: syncWithStorage(useAppStore, quizDocument, {
      pick: (state) => state.quiz,
      put: (quiz) => ({ quiz }),
      notify,
    }),
    history: syncWithStorage(useAppStore, historyDocument, {
      pick: (state) => state.history,
      put: (history) => ({ history }),
      notify,
    }),
    compare: syncWithStorage(useAppStore, compareDocument, {
      pick: (state) => state.compare,
      put: (compare) => ({ compare }),
      notify,
    }),
  };
}
