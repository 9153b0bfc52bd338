import { ph, plural, t } from '@lingui/core/macro';
import { Plural, Trans } from '@lingui/react/macro';
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
          <Trans>
            <strong>
              <Plural value={total} one="# question" other="# questions" />
            </strong>{' '}
            and{' '}
            <Plural
              value={{ optional: questionBank.questions.length - total }}
              one="# optional one"
              other="# optional ones"
            />
            , about <Plural value={{ minutes: minutesToAnswer() }} one="# minute" other="# minutes" />
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Everyday tasks and real situations</strong> from technical work, not “are you a leader?”
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Private:</strong> your answers stay in this browser; nothing is sent anywhere
          </Trans>
        </li>
      </ul>
      {stage.stage === 'not-started' ? (
        <div className="actions">
          <Link className="button primary" to={opensAt('full')} onClick={startQuiz}>
            <Trans>Start the quiz</Trans>
          </Link>
          <Link className="button" to={opensAt('quick')} onClick={startQuickCheck}>
            <Trans>Take the quick check</Trans>
          </Link>
          <p className="muted quick-explainer">
            <Trans>
              The quick check asks at least{' '}
              <Plural value={{ minimum: quickCheckMinimum() }} one="# question" other="# questions" />, picks
              each next one from your answers, and stops once more answers are unlikely to change your result.
              You can switch to the full quiz at any time.
            </Trans>
          </p>
        </div>
      ) : stage.stage === 'finished' ? (
        <div className="resume">
          <p>
            {stage.mode === 'quick'
              ? t`You finished the quick check, so your result is ready. The full quiz has ${plural({ toGo: stage.toGo }, { one: '# more question', other: '# more questions' })} if you want a firmer answer.`
              : t`You have answered every question, so your result is ready.`}
          </p>
          <div className="actions">
            <Link className="button primary" to={paths.result}>
              <Trans>See my result</Trans>
            </Link>
            {stage.mode === 'quick' && stage.toGo > 0 ? (
              <Link className="button" to={opensAt('full')} onClick={answerTheRest}>
                <Plural value={{ toGo: stage.toGo }} one="Answer the other #" other="Answer the other #" />
              </Link>
            ) : null}
            <RestartButton label={t`Start over`} question={t`Clear your answers and start again?`} />
          </div>
        </div>
      ) : (
        <div className="resume">
          <p>
            {stage.mode === 'quick'
              ? t`You are taking the quick check: ${plural({ answered: stage.answered }, { one: '# answer', other: '# answers' })} so far.`
              : t`You have answered ${ph({ answered: stage.answered })} of ${plural(total, { one: '# question', other: '# questions' })}.`}
          </p>
          <div className="actions">
            <Link className="button primary" to={placePath(stage.resume)}>
              {stage.mode === 'quick' ? t`Resume the quick check` : t`Resume`}
            </Link>
            <RestartButton label={t`Start over`} question={t`Clear your answers and start again?`} />
          </div>
        </div>
      )}
    </>
  );
}
