import { useNavigate } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { ConfirmButton } from './confirm-button.tsx';

/** Clears the answers, after asking, and starts the full quiz again. */
export function RestartButton({ label, question }: { label: string; question: string }) {
  const restartQuiz = useQuizStore((state) => state.restartQuiz);
  const navigate = useNavigate();
  return (
    <ConfirmButton
      label={label}
      question={question}
      confirmLabel="Yes, clear my answers"
      cancelLabel="Keep my answers"
      onConfirm={() => {
        restartQuiz();
        void navigate(paths.question(1));
      }}
    />
  );
}
