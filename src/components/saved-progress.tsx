import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { progressOf, questionBank } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { ConfirmButton } from './confirm-button.tsx';

const minutes = Math.round((questionBank.questions.length * 14) / 60);

/**
 * The start page's facts and actions: Start, or Resume and Start over when answers are saved. It loads
 * after the page itself, because only it needs the questions and the saved answers.
 */
export default function SavedProgress() {
  const answers = useQuizStore((state) => state.answers);
  const restartQuiz = useQuizStore((state) => state.restartQuiz);
  const navigate = useNavigate();
  const progress = progressOf(answers);
  const started = progress.answered > 0;

  return (
    <>
      <ul className="facts">
        <li>
          <strong>{questionBank.questions.length} questions</strong>, about {minutes} minutes
        </li>
        <li>
          <strong>Real situations</strong> from technical work, not “are you a leader?”
        </li>
        <li>
          <strong>Private:</strong> your answers stay in this browser; nothing is sent anywhere
        </li>
      </ul>
      {!started ? (
        <div className="actions">
          <Link className="button primary" to={paths.question(1)}>
            Start the quiz
          </Link>
        </div>
      ) : (
        <div className="resume">
          <p>
            {progress.complete
              ? 'You have answered every question.'
              : `You have answered ${progress.answered} of ${progress.total} questions.`}
          </p>
          <div className="actions">
            {progress.firstUnanswered === null ? (
              <Link className="button primary" to={paths.result}>
                See my result
              </Link>
            ) : (
              <Link className="button primary" to={paths.question(progress.firstUnanswered + 1)}>
                Resume
              </Link>
            )}
            <ConfirmButton
              label="Start over"
              question="Clear your answers and start again?"
              confirmLabel="Yes, clear my answers"
              cancelLabel="Keep my answers"
              onConfirm={() => {
                restartQuiz();
                void navigate(paths.question(1));
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}
