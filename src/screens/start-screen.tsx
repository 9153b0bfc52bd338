import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { ConfirmButton } from '../components/confirm-button.tsx';
import { progressOf, questionBank } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';

const minutes = Math.round((questionBank.questions.length * 14) / 60);

export function StartScreen() {
  useDocumentTitle('Which TPM?');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('start');
  const answers = useQuizStore((state) => state.answers);
  const restartQuiz = useQuizStore((state) => state.restartQuiz);
  const navigate = useNavigate();
  const progress = progressOf(answers);
  const started = progress.answered > 0;

  return (
    <div className="page narrow start">
      <h1 ref={headingRef} tabIndex={-1}>
        Which TPM? <span className="subtitle">Technical Product Manager or Technical Project Manager</span>
      </h1>
      <p className="lead">
        Both jobs are called TPM, and both sit between engineers and the business. One decides <em>what</em>{' '}
        gets built and why; the other makes sure it gets <em>delivered</em>, on time and on budget. This quiz
        finds out which of the two fits the way you like to work, and shows you why, from your own answers.
      </p>
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
            {progress.complete || progress.firstUnanswered === null ? (
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
      <p className="muted">
        Not sure what the two roles are? <Link to={paths.roles}>Compare them side by side</Link>, or read{' '}
        <Link to={paths.method}>how the scoring works</Link>.
      </p>
    </div>
  );
}
