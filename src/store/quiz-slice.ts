import { msg, plural } from '@lingui/core/macro';
import type { StateCreator } from 'zustand';
import { evaluate, hasResult, questionBank, resumePlace } from '../engine/index.ts';
import type { QuizMode, QuizPlace } from '../engine/index.ts';
import { quizStorageKey } from '../lib/storage-keys.ts';
import type { AppState } from './app-store.ts';
import {
  answerAt,
  clearedQuiz,
  emptyQuiz,
  mergeSavedQuiz,
  nextMoment,
  restoreSavedQuiz,
} from './saved-quiz.ts';
import type { SavedQuiz } from './saved-quiz.ts';
import type { StoredDocument } from './synced-storage.ts';

/** The person's answers and progress, and what they do with them. */
export interface QuizSlice {
  /** The answers and progress, as saved in this browser (the rules that read and merge it: saved-quiz.ts). */
  quiz: SavedQuiz;
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
   * attempt in the past results, with the summary they are about to see. Returns whether it was finished.
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
      ? msg`You started over in another tab. Your earlier answers are gone from this browser, so the quiz begins again at question 1.`
      : null,
  messages: {
    unreadable: msg`Your saved answers could not be read, so the quiz starts fresh. A copy of what was saved is kept in this browser.`,
    noRoom: msg`Your saved answers could not be read, and this browser has no room to keep a copy. They are left as they were. The answers you give now are not saved: if you reload or close this tab, they are gone.`,
    saveAnyway: msg`Save my new answers instead`,
    newer: msg`Your answers were saved by a newer version of Which TPM?. This version can show them, but it will not change what is saved. Answers you give here are not saved: if you reload or close this tab, they are gone.`,
    unsaved: msg`This browser is not letting Which TPM? save your answers. They stay only while this tab is open: if you reload or close it, they are gone.`,
    lost: (count) =>
      msg`${plural(count, {
        one: '# answer you gave before the page reloaded could not be saved, so it is gone.',
        other: '# answers you gave before the page reloaded could not be saved, so they are gone.',
      })}`,
  },
};

function withMode(quiz: SavedQuiz, mode: QuizMode): SavedQuiz {
  return quiz.mode === mode ? quiz : { ...quiz, mode, modeSetAt: nextMoment(quiz, Date.now()) };
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => {
  /** Replaces the saved quiz with `change` of it; a change that returns it as it was changes nothing. */
  const changeQuiz = (change: (quiz: SavedQuiz) => SavedQuiz) =>
    set((state) => {
      const quiz = change(state.quiz);
      return quiz === state.quiz ? state : { quiz };
    });
  return {
    quiz: emptyQuiz,
    startQuiz: () => {
      changeQuiz((quiz) => withMode(quiz, 'full'));
      return resumePlace(get().quiz.answers, 'full');
    },
    startQuickCheck: () => {
      changeQuiz((quiz) => withMode(quiz, 'quick'));
      return resumePlace(get().quiz.answers, 'quick');
    },
    answerQuestion: (questionId, optionId, mode) =>
      changeQuiz((quiz) => answerAt(quiz, questionId, optionId, mode, nextMoment(quiz, Date.now()))),
    changeAnswer: (questionId, optionId) =>
      changeQuiz((quiz) => answerAt(quiz, questionId, optionId, quiz.mode, nextMoment(quiz, Date.now()))),
    answerTheRest: () => {
      changeQuiz((quiz) => withMode(quiz, 'full'));
      const place = resumePlace(get().quiz.answers, 'full');
      if (place.kind === 'result') get().finishAttempt();
      return place;
    },
    finishAttempt: () => {
      const { answers, mode, startedAt } = get().quiz;
      if (!hasResult(answers, mode)) return false;
      const { track, strength, productShare } = evaluate(answers);
      get().recordAttempt({
        finishedAt: Date.now(),
        mode,
        answers,
        bankVersion: questionBank.version,
        summary: { track, strength, productShare },
        ...(startedAt === null ? {} : { sitting: startedAt }),
      });
      return true;
    },
    retake: () => {
      changeQuiz((quiz) => clearedQuiz(nextMoment(quiz, Date.now())));
      return resumePlace(get().quiz.answers, 'full');
    },
  };
};
