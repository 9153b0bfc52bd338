import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { questionBank, readAnswers } from '../engine/index.ts';
import type { QuizMode } from '../engine/index.ts';
import { useNoticeStore } from './notice-store.ts';
import { createSafeStorage, readTimestamp } from './safe-storage.ts';

/** What is saved: the answers, the way the quiz is being taken, and when. Every score is derived. */
export interface SavedQuiz {
  answers: Record<string, string>;
  mode: QuizMode;
  bankVersion: number;
  startedAt: number | null;
  updatedAt: number | null;
}

interface QuizState extends SavedQuiz {
  answerQuestion: (questionId: string, optionId: string) => void;
  /** Clears the answers and starts again with the full quiz. */
  restartQuiz: () => void;
  /** Leaves the quick check for the full quiz, keeping every answer. */
  continueFullQuiz: () => void;
  /** Takes the quick check from here, keeping every answer. */
  takeQuickCheck: () => void;
}

export const quizStorageKey = 'which-tpm:quiz';
const storageFormat = 1;

const emptyQuiz: SavedQuiz = {
  answers: {},
  mode: 'full',
  bankVersion: questionBank.version,
  startedAt: null,
  updatedAt: null,
};

/** Validates whatever storage held, keeping every answer the current bank still understands. */
export function restoreSavedQuiz(saved: unknown): { quiz: SavedQuiz; notice?: string } {
  if (typeof saved !== 'object' || saved === null) return { quiz: emptyQuiz };
  const record = saved as Record<string, unknown>;
  const { answers, dropped } = readAnswers(record.answers);
  const quiz: SavedQuiz = {
    answers,
    mode: record.mode === 'quick' ? 'quick' : 'full',
    bankVersion: questionBank.version,
    startedAt: readTimestamp(record.startedAt),
    updatedAt: readTimestamp(record.updatedAt),
  };
  const kept = Object.keys(answers).length;
  const changedBank = record.bankVersion !== questionBank.version;
  if (dropped > 0) {
    const which = changedBank ? 'The questions have changed since your last visit. ' : '';
    return {
      quiz,
      notice: `${which}${dropped} saved ${dropped === 1 ? 'answer' : 'answers'} no longer matched a question and ${dropped === 1 ? 'was' : 'were'} set aside; ${kept} ${kept === 1 ? 'was' : 'were'} kept.`,
    };
  }
  return { quiz };
}

/** The one store: the person's answers and progress, saved in this browser. */
export const useQuizStore = create<QuizState>()(
  persist(
    (set) => ({
      ...emptyQuiz,
      answerQuestion: (questionId, optionId) =>
        set((state) => {
          const now = Date.now();
          return {
            answers: { ...state.answers, [questionId]: optionId },
            startedAt: state.startedAt ?? now,
            updatedAt: now,
          };
        }),
      restartQuiz: () => set(emptyQuiz),
      continueFullQuiz: () => set({ mode: 'full' }),
      takeQuickCheck: () => set({ mode: 'quick' }),
    }),
    {
      name: quizStorageKey,
      version: storageFormat,
      storage: createSafeStorage<SavedQuiz>(),
      partialize: ({ answers, mode, bankVersion, startedAt, updatedAt }) => ({
        answers,
        mode,
        bankVersion,
        startedAt,
        updatedAt,
      }),
      // A different format number only means a hand edit or a future format: merge validates either way.
      migrate: (saved) => saved as SavedQuiz,
      // Hydrated by hand just below, so the store's initial state stays the empty one: React hydrates
      // prerendered pages against that, then catches up with what was saved.
      skipHydration: true,
      merge: (saved, current) => {
        const { quiz, notice } = restoreSavedQuiz(saved);
        if (notice) useNoticeStore.getState().addNotice(notice);
        return { ...current, ...quiz };
      },
    },
  ),
);

void useQuizStore.persist.rehydrate();
