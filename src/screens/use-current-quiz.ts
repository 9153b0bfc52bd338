import { useMemo } from 'react';
import { progressOf, quizStage, resumePlace } from '../engine/index.ts';
import type { QuizMode } from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import { placePath } from '../lib/paths.ts';

export interface CurrentQuiz {
  answers: Record<string, string>;
  mode: QuizMode;
  /** Scored questions answered so far. */
  answered: number;
  /** Every question it asks is answered: there is a current result. */
  finished: boolean;
  /** Where the quiz goes on: the next question, or the result once it is finished. */
  nextPath: string;
}

/**
 * The person's current quiz as the screens beside it need it: its answers, and whether it has a result,
 * as the engine's journey says (see src/engine/journey.ts).
 */
export function useCurrentQuiz(): CurrentQuiz {
  const answers = useAppStore((state) => state.quiz.answers);
  const mode = useAppStore((state) => state.quiz.mode);
  return useMemo(() => {
    const { answered } = progressOf(answers);
    return {
      answers,
      mode,
      answered,
      finished: quizStage(answers, mode).stage === 'finished',
      nextPath: placePath(resumePlace(answers, mode)),
    };
  }, [answers, mode]);
}
