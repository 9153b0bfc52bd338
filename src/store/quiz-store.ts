import { create } from 'zustand';
import { evaluate, hasResult, questionBank, resumePlace } from '../engine/index.ts';
import type { QuizMode, QuizPlace } from '../engine/index.ts';
import { useHistoryStore } from './history-store.ts';
import {
  answerAt,
  clearedQuiz,
  emptyQuiz,
  mergeSavedQuiz,
  nextMoment,
  restoreSavedQuiz,
} from './saved-quiz.ts';
import type { SavedQuiz } from './saved-quiz.ts';
import { quizStorageKey } from '../lib/storage-keys.ts';
import { syncWithStorage } from './synced-storage.ts';
import type { StoredDocument } from './synced-storage.ts';

export type { SavedQuiz } from './saved-quiz.ts';
export { restoreSavedQuiz } from './saved-quiz.ts';

interface QuizState extends SavedQuiz {
  /** Starts the full quiz, keeping any answers; returns where it opens. */
  startQuiz: () => QuizPlace;
  /** Starts the quick check, keeping any answers; returns where it opens. */
  startQuickCheck: () => QuizPlace;
  /** Keeps an answer given while taking the quiz in `mode` (answering on a quick-check page takes the quick check). */
  answerQuestion: (questionId: string, optionId: string, mode: QuizMode) => void;
  /** Keeps a changed answer from the list of answers, in whichever way the quiz is being taken. */
  changeAnswer: (questionId: string, optionId: string) => void;
  /**
   * Goes on from the quick check with the full quiz, keeping every answer. Returns where to go: the
   * first question still unanswered, or the result when none is (the attempt is then finished).
   */
  answerTheRest: () => QuizPlace;
  /**
   * The person asked for their result: once the quiz is finished (the engine says so), keeps the
   * attempt in the history, with the summary they are about to see. Returns whether it was finished.
   */
  finishAttempt: () => boolean;
  /** Clears the answers, in every open tab, and starts again with the full quiz; returns where it opens. */
  retake: () => QuizPlace;
}

export const quizDocument: StoredDocument<SavedQuiz> = {
  key: quizStorageKey,
  format: 1,
  restore: restoreSavedQuiz,
  merge: mergeSavedQuiz,
  items: (quiz) => quiz.answers,
  describeOtherTab: (before, after) =>
    (after.clearedAt ?? 0) > (before.clearedAt ?? 0) &&
    Object.keys(before.answers).some((id) => after.answers[id] !== before.answers[id])
      ? 'You started over in another tab. Your earlier answers are gone from this browser, so the quiz begins again at question 1.'
      : null,
  messages: {
    unreadable:
      'Your saved answers could not be read, so the quiz starts fresh. A copy of what was saved is kept in this browser.',
    noRoom:
      'Your saved answers could not be read, and this browser has no room to keep a copy. They are left as they were. The answers you give now are not saved: if you reload or close this tab, they are gone.',
    saveAnyway: 'Save my new answers instead',
    newer:
      'Your answers were saved by a newer version of Which TPM?. This version can show them, but it will not change what is saved. Answers you give here are not saved: if you reload or close this tab, they are gone.',
    unsaved:
      'This browser is not letting Which TPM? save your answers. They stay only while this tab is open: if you reload or close it, they are gone.',
    lost: (count) =>
      `${count} ${count === 1 ? 'answer' : 'answers'} you gave before the page reloaded could not be saved, so ${count === 1 ? 'it is' : 'they are'} gone.`,
  },
};

function pickSavedQuiz(state: QuizState): SavedQuiz {
  const { answers, answeredAt, mode, modeSetAt, bankVersion, startedAt, updatedAt, clearedAt } = state;
  return { answers, answeredAt, mode, modeSetAt, bankVersion, startedAt, updatedAt, clearedAt };
}

function withMode(state: QuizState, mode: QuizMode): Partial<QuizState> {
  return state.mode === mode ? state : { mode, modeSetAt: nextMoment(state, Date.now()) };
}

/** The one store: the person's answers and progress, saved in this browser. */
export const useQuizStore = create<QuizState>()((set, get) => ({
  ...emptyQuiz,
  startQuiz: () => {
    set((state) => withMode(state, 'full'));
    return resumePlace(get().answers, 'full');
  },
  startQuickCheck: () => {
    set((state) => withMode(state, 'quick'));
    return resumePlace(get().answers, 'quick');
  },
  answerQuestion: (questionId, optionId, mode) =>
    set((state) => answerAt(state, questionId, optionId, mode, nextMoment(state, Date.now()))),
  changeAnswer: (questionId, optionId) =>
    set((state) => answerAt(state, questionId, optionId, state.mode, nextMoment(state, Date.now()))),
  answerTheRest: () => {
    set((state) => withMode(state, 'full'));
    const place = resumePlace(get().answers, 'full');
    if (place.kind === 'result') get().finishAttempt();
    return place;
  },
  finishAttempt: () => {
    const { answers, mode, startedAt } = get();
    if (!hasResult(answers, mode)) return false;
    const { track, strength, productShare, summary } = evaluate(answers);
    useHistoryStore.getState().recordAttempt({
      finishedAt: Date.now(),
      mode,
      answers,
      bankVersion: questionBank.version,
      summary: { track, strength, productShare, headline: summary },
      ...(startedAt === null ? {} : { sitting: startedAt }),
    });
    return true;
  },
  retake: () => {
    set((state) => clearedQuiz(nextMoment(state, Date.now())));
    return resumePlace(get().answers, 'full');
  },
}));

/** The storage sync, for tests that need to see whether it is saving. */
export const quizSync = syncWithStorage(useQuizStore, quizDocument, pickSavedQuiz);
