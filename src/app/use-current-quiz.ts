import { useMemo } from 'react';
import { nextStep, progressOf } from '../engine/index.ts';
import type { QuizMode } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { paths } from './paths.ts';

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
 * The person's current quiz as the screens beside it need it: its answers, and whether it has a result.
 * The one place that rule is written, so it can change in one place.
 */
export function useCurrentQuiz(): CurrentQuiz {
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  return useMemo(() => {
    const step = nextStep(answers, mode);
    const { answered } = progressOf(answers);
    const nextPath =
      step === null ? paths.result : mode === 'quick' ? paths.quick(step) : paths.question(step);
    return { answers, mode, answered, finished: step === null && answered > 0, nextPath };
  }, [answers, mode]);
}

/** Whether two sets of answers are the same answers to the same questions. */
export function sameAnswers(
  first: Readonly<Record<string, string>>,
  second: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(first);
  return keys.length === Object.keys(second).length && keys.every((key) => first[key] === second[key]);
}
