import { Link } from '../lib/router.tsx';
import { paths, placePath } from '../lib/paths.ts';
import {
  minutesToAnswer,
  progressOf,
  questionBank,
  quickCheckMinimum,
  quizStage,
  resumePlace,
} from '../engine/index.ts';
import type { QuizMode } from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import { RestartButton } from './restart-button.tsx';

/**
 * The start page's facts and actions: Start, or Resume and Start over when answers are saved. It loads
 * after the page itself, because only it needs the questions and the saved answers.
 */
export default function SavedProgress() {
  const answers = useAppStore((state) => state.quiz.answers);
  const mode = useAppStore((state) => state.quiz.mode);
  const startQuiz = useAppStore((state) => state.startQuiz);
  const startQuickCheck = useAppStore((state) => state.startQuickCheck);
  const answerTheRest = useAppStore((state) => state.answerTheRest);
  const stage = quizStage(answers, mode);
  const { total } = progressOf(answers);
  // Each button's address is where the engine says its move leads; the move itself is the store's.
  const opensAt = (way: QuizMode) => placePath(resumePlace(answers, way));

  return (
    <>
      <ul className="facts">
        <li>
          <strong>{total} questions</strong> and {questionBank.questions.length - total} optional ones, about{' '}
          {minutesToAnswer()} minutes
        </li>
        <li>
          <strong>Everyday tasks and real situations</strong> from technical work, not “are you a leader?”
        </li>
        <li>
          <strong>Private:</strong> your answers stay in this browser; nothing is sent anywhere
        </li>
      </ul>
      {stage.stage === 'not-started' ? (
        <div className="actions">
          <Link className="button primary" to={opensAt('full')} onClick={startQuiz}>
            Start the quiz
          </Link>
          <Link className="button" to={opensAt('quick')} onClick={startQuickCheck}>
            Take the quick check
          </Link>
          <p className="muted quick-explainer">
            The quick check asks at least {quickCheckMinimum()} questions, picks each next one from your
            answers, and stops once more answers are unlikely to change your result. You can switch to the
            full quiz at any time.
          </p>
        </div>
      ) : stage.stage === 'finished' ? (
        <div className="resume">
          <p>
            {stage.mode === 'quick'
              ? `You finished the quick check, so your result is ready. The full quiz has ${stage.toGo} more ${stage.toGo === 1 ? 'question' : 'questions'} if you want a firmer answer.`
              : 'You have answered every question, so your result is ready.'}
          </p>
          <div className="actions">
            <Link className="button primary" to={paths.result}>
              See my result
            </Link>
            {stage.mode === 'quick' && stage.toGo > 0 ? (
              <Link className="button" to={opensAt('full')} onClick={answerTheRest}>
                Answer the other {stage.toGo}
              </Link>
            ) : null}
            <RestartButton label="Start over" question="Clear your answers and start again?" />
          </div>
        </div>
      ) : (
        <div className="resume">
          <p>
            {stage.mode === 'quick'
              ? `You are taking the quick check: ${stage.answered} ${stage.answered === 1 ? 'answer' : 'answers'} so far.`
              : `You have answered ${stage.answered} of ${total} questions.`}
          </p>
          <div className="actions">
            <Link className="button primary" to={placePath(stage.resume)}>
              {stage.mode === 'quick' ? 'Resume the quick check' : 'Resume'}
            </Link>
            <RestartButton label="Start over" question="Clear your answers and start again?" />
          </div>
        </div>
      )}
    </>
  );
}
