import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { readAnswers } from '../engine/index.ts';
import type { QuizMode } from '../engine/index.ts';
import { createSafeStorage, readTimestamp } from './safe-storage.ts';

/** One finished attempt, kept so the person can see how their lean moves over time. */
export interface Attempt {
  id: string;
  finishedAt: number;
  mode: QuizMode;
  answers: Record<string, string>;
  bankVersion: number;
}

interface HistoryState {
  /** Newest first. */
  attempts: Attempt[];
  /** Keeps a finished attempt, unless it repeats the newest one exactly. */
  recordAttempt: (attempt: Omit<Attempt, 'id'>) => void;
  deleteAttempt: (id: string) => void;
  clearHistory: () => void;
}

export const historyStorageKey = 'which-tpm:history';
/** Enough to see a trend; old enough attempts drop off the end. */
export const historyLimit = 20;

function sameAnswers(first: Record<string, string>, second: Record<string, string>): boolean {
  const keys = Object.keys(first);
  return keys.length === Object.keys(second).length && keys.every((key) => first[key] === second[key]);
}

/**
 * Validates stored attempts, keeping each one's answers that the bank still understands. Attempts
 * without a usable date, and repeats of an id already seen, are dropped.
 */
export function restoreAttempts(saved: unknown): Attempt[] {
  const list =
    typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>).attempts : undefined;
  if (!Array.isArray(list)) return [];
  const attempts: Attempt[] = [];
  const seenIds = new Set<string>();
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const { answers } = readAnswers(record.answers);
    const finishedAt = readTimestamp(record.finishedAt);
    if (
      typeof record.id !== 'string' ||
      seenIds.has(record.id) ||
      finishedAt === null ||
      Object.keys(answers).length === 0
    ) {
      continue;
    }
    seenIds.add(record.id);
    attempts.push({
      id: record.id,
      finishedAt,
      mode: record.mode === 'quick' ? 'quick' : 'full',
      answers,
      bankVersion: typeof record.bankVersion === 'number' ? record.bankVersion : 0,
    });
  }
  return attempts.sort((first, second) => second.finishedAt - first.finishedAt).slice(0, historyLimit);
}

/** Every finished attempt, kept in this browser only. */
export const useHistoryStore = create<HistoryState>()(
  persist(
    (set) => ({
      attempts: [],
      recordAttempt: (attempt) =>
        set((state) => {
          const newest = state.attempts[0];
          if (newest && newest.mode === attempt.mode && sameAnswers(newest.answers, attempt.answers))
            return state;
          const id = `${attempt.finishedAt.toString(36)}-${state.attempts.length}`;
          return { attempts: [{ ...attempt, id }, ...state.attempts].slice(0, historyLimit) };
        }),
      deleteAttempt: (id) =>
        set((state) => ({ attempts: state.attempts.filter((attempt) => attempt.id !== id) })),
      clearHistory: () => set({ attempts: [] }),
    }),
    {
      name: historyStorageKey,
      version: 1,
      storage: createSafeStorage<{ attempts: Attempt[] }>(),
      partialize: ({ attempts }) => ({ attempts }),
      migrate: (saved) => saved as { attempts: Attempt[] },
      merge: (saved, current) => ({ ...current, attempts: restoreAttempts(saved) }),
    },
  ),
);
