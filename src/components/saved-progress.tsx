import { Link } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { minutesToAnswer, progressOf, questionBank, quickCheckMinimum } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { RestartButton } from './restart-button.tsx';

/**
 * The start page's facts and actions: Start, or Resume and Start over when answers are saved. It loads
 * after the page itself, because only it needs the questions and the saved answers.
 */
export default function SavedProgress() {
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  const takeQuickCheck = useQuizStore((state) => state.takeQuickCheck);
  const continueFullQuiz = useQuizStore((state) => state.continueFullQuiz);
  const finishAttempt = useQuizStore((state) => state.finishAttempt);
  const progress = progressOf(answers);
  const started = progress.answered > 0;
  // The quick check sends a step past its frontier to the right question, or to the result once it has
  // enough, so the start page need not load the adaptive engine to know where that is.
  const resumeAt =
    progress.firstUnanswered === null
      ? null
      : mode === 'quick'
        ? paths.quick(progress.answered + 1)
        : paths.question(progress.firstUnanswered + 1);

  return (
    <>
      <ul className="facts">
        <li>
          <strong>{progress.total} questions</strong> and {questionBank.questions.length - progress.total}{' '}
          optional ones, about {minutesToAnswer()} minutes
        </li>
        <li>
          <strong>Everyday tasks and real situations</strong> from technical work, not “are you a leader?”
        </li>
        <li>
          <strong>Private:</strong> your answers stay in this browser; nothing is sent anywhere
        </li>
      </ul>
      {!started ? (
        <div className="actions">
          <Link className="button primary" to={paths.question(1)} onClick={continueFullQuiz}>
            Start the quiz
          </Link>
          <Link className="button" to={paths.quick(1)} onClick={takeQuickCheck}>
            Take the quick check
          </Link>
          <p className="muted quick-explainer">
            The quick check asks at least {quickCheckMinimum()} questions, picks each next one from your
            answers, and stops once more answers are unlikely to change your result. You can switch to the
            full quiz at any time.
          </p>
        </div>
      ) : (
        <div className="resume">
          <p>
            {progress.complete
              ? 'You have answered every question.'
              : mode === 'quick'
                ? `You are taking the quick check: ${progress.answered} answers so far.`
                : `You have answered ${progress.answered} of ${progress.total} questions.`}
          </p>
          <div className="actions">
            {resumeAt === null ? (
              <Link className="button primary" to={paths.result} onClick={() => finishAttempt()}>
                See my result
              </Link>
            ) : (
              <Link className="button primary" to={resumeAt}>
                Resume {mode === 'quick' ? 'the quick check' : ''}
              </Link>
            )}
            <RestartButton label="Start over" question="Clear your answers and start again?" />
          </div>
        </div>
      )}
    </>
  );
}
