import { useNavigate } from 'react-router-dom';
import { nextStep } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { paths } from './paths.ts';

/** Leaves the quick check for the full quiz, keeping every answer, and goes to its first unanswered question. */
export function useContinueFullQuiz(): () => void {
  const continueFullQuiz = useQuizStore((state) => state.continueFullQuiz);
  const finishAttempt = useQuizStore((state) => state.finishAttempt);
  const navigate = useNavigate();
  return () => {
    continueFullQuiz();
    const step = nextStep(useQuizStore.getState().answers, 'full');
    // Every question is already answered: this is a finished full quiz.
    if (step === null) finishAttempt();
    void navigate(step === null ? paths.result : paths.question(step));
  };
}
