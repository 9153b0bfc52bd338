import { useMemo } from 'react';
import { ph, plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link, useNavigate } from '../lib/router.tsx';
import { paths, placePath, shareLink } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { FlipPanel } from '../components/flip-panel.tsx';
import { DownloadAnswers } from '../components/download-answers.tsx';
import { PrintStamp } from '../components/print-stamp.tsx';
import { ResultCard } from '../components/result-card.tsx';
import { RestartButton } from './restart-button.tsx';
import { ResultView } from '../components/result-view.tsx';
import { SharePanel } from '../components/share-panel.tsx';
import {
  describeShift,
  encodeAnswers,
  evaluate,
  otherTrack,
  progressOf,
  questionBank,
  readAnswers,
  resultNameOf,
  quizStage,
  trackTitles,
} from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import { translate } from '../lib/translate.ts';
import { attemptsToExport, previousAttempt } from '../store/saved-history.ts';
import type { AnswerAttempt, Evaluation, QuizMode, QuizStage } from '../engine/index.ts';

export function ResultScreen() {
  const answers = useAppStore((state) => state.quiz.answers);
  const mode = useAppStore((state) => state.quiz.mode);
  const stage = quizStage(answers, mode);
  if (stage.stage === 'finished') return <OwnResult answers={answers} mode={mode} />;
  // A retake clears the answers while this screen is still shown, on its way to question 1: this page
  // only says so, and never redirects or adds a notice of its own.
  if (stage.stage === 'not-started') return <NoResultYet />;
  return <ResultNotReady stage={stage} />;
}

function NoResultYet() {
  useDocumentTitle(t`No result yet`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('no-result');
  const startQuiz = useAppStore((state) => state.startQuiz);
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>No result yet</Trans>
      </h1>
      <p>
        <Trans>There are no answers saved in this browser, so there is no result to show.</Trans>
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.question(1)} onClick={startQuiz}>
          <Trans>Start the quiz</Trans>
        </Link>
        <Link className="button" to={paths.history}>
          <Trans>See your past results</Trans>
        </Link>
      </div>
    </div>
  );
}

/** Some answers, but not yet enough: what is missing, and the way to the next question. */
function ResultNotReady({ stage }: { stage: Extract<QuizStage, { stage: 'under-way' }> }) {
  useDocumentTitle(t`Your result is not ready yet`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('result-not-ready');
  const { total } = progressOf({});
  const toGo = total - stage.answered;
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Your result is not ready yet</Trans>
      </h1>
      <p>
        {stage.mode === 'quick'
          ? t`The quick check needs a few more answers before it can tell.`
          : t`Your result is ready once every question is answered: ${plural(toGo, { one: '# to go', other: '# to go' })}.`}
      </p>
      <div className="actions">
        <Link className="button primary" to={placePath(stage.resume)}>
          <Trans>Answer the next question</Trans>
        </Link>
      </div>
    </div>
  );
}

/**
 * What "Download my answers" holds: this browser's finished attempts on today's questions, newest first,
 * with these answers first when they are not among them yet.
 */
function useAttemptsToExport(answers: Record<string, string>, mode: QuizMode): AnswerAttempt[] {
  const attempts = useAppStore((state) => state.history.attempts);
  // These answers were last changed when the quiz was last saved.
  const lastAnswered = useAppStore((state) => state.quiz.updatedAt) ?? 0;
  return useMemo(
    () => attemptsToExport(attempts, { answers, mode, takenAt: lastAnswered }),
    [attempts, answers, mode, lastAnswered],
  );
}

/**
 * The answers "Since last time" compares with: the newest attempt of an earlier sitting, read with
 * today's questions (none, when the questions have changed since). Showing a result writes nothing.
 */
function usePreviousAnswers(answers: Record<string, string>): Record<string, string> | undefined {
  const attempts = useAppStore((state) => state.history.attempts);
  const sitting = useAppStore((state) => state.quiz.startedAt);
  const previous = previousAttempt(attempts, { answers, sitting });
  if (!previous) return undefined;
  const usable = readAnswers(previous.answers).answers;
  return Object.keys(usable).length > 0 ? usable : undefined;
}

function OwnResult({ answers, mode }: { answers: Record<string, string>; mode: QuizMode }) {
  const evaluation = useMemo(() => evaluate(answers), [answers]);
  const answerTheRest = useAppStore((state) => state.answerTheRest);
  const navigate = useNavigate();
  const headingRef = useHeadingFocus<HTMLHeadingElement>('result');
  const previous = usePreviousAnswers(answers);
  const shift = useMemo(
    () => (previous ? describeShift(evaluate(previous), evaluation) : undefined),
    [previous, evaluation],
  );
  useDocumentTitle(
    t`Your result: ${ph({ result: translate(resultNameOf(evaluation.strength, evaluation.track)) })}`,
  );
  const link = shareLink(encodeAnswers(answers));
  const exportable = useAttemptsToExport(answers, mode);

  return (
    <ResultView
      evaluation={evaluation}
      subject="you"
      mode={mode}
      eyebrow={
        mode === 'quick'
          ? t`Your quick-check result, from ${plural({ answered: evaluation.answered }, { one: '# answer', other: '# answers' })}`
          : t`Your result`
      }
      headingRef={headingRef}
      onAnswerTheRest={mode === 'quick' ? () => void navigate(placePath(answerTheRest())) : undefined}
      insights={
        <>
          <KeptCompareLink />
          <FlipPanel answers={answers} />
          {/* Paper has no history to open, and the comparison is with this browser's last result. */}
          <section className="screen-only" aria-labelledby="history-heading">
            <h2 id="history-heading">
              <Trans>Since last time</Trans>
            </h2>
            <p>
              {shift
                ? translate(shift)
                : t`This is your first result in this browser. Take the quiz again later to see how your lean moves.`}
            </p>
            <p>
              <Link to={paths.history}>
                <Trans>See all your past results</Trans>
              </Link>
            </p>
          </section>
        </>
      }
      actions={
        <>
          <div className="actions">
            <Link className="button" to={paths.answers}>
              <Trans>Change my answers</Trans>
            </Link>
            <button type="button" className="button" onClick={() => window.print()}>
              <Trans>Print or save as PDF</Trans>
            </button>
            <RestartButton
              label={t`Retake the quiz`}
              question={t`Clear all your answers and take the quiz again?`}
            />
          </div>
          <ResultCard evaluation={evaluation} />
          <SharePanel
            link={link}
            title={t`My Which TPM? result: ${ph({ summary: translate(evaluation.summary) })}`}
          />
          <DownloadAnswers attempts={exportable} bank={questionBank} />
          <p className="muted">
            <Trans>
              Got a link from someone else? <Link to={paths.compare}>Compare your results side by side</Link>.
            </Trans>
          </p>
        </>
      }
      onwards={<PathLinks evaluation={evaluation} />}
      stamp={
        <PrintStamp
          link={link}
          more={t`The path into each role, from the job you have now: ${ph({ address: `${window.location.origin}${paths.rolePath(evaluation.track)}` })}`}
        />
      }
    />
  );
}

/** The share link the person kept on /compare until their own result was ready: it is ready now. */
function KeptCompareLink() {
  const code = useAppStore((state) => state.compare.code);
  const forgetCompareLink = useAppStore((state) => state.forgetCompareLink);
  if (!code) return null;
  return (
    <section className="boxed" aria-labelledby="kept-compare-heading">
      <h2 id="kept-compare-heading">
        <Trans>A link waiting to compare</Trans>
      </h2>
      <p>
        <Trans>
          You kept someone’s share link until your own result was ready. Now you can compare the two.
        </Trans>
      </p>
      <div className="actions">
        <Link className="button primary" to={`${paths.compare}#${code}`} onClick={forgetCompareLink}>
          <Trans>Compare with their result</Trans>
        </Link>
        <button type="button" className="button" onClick={forgetCompareLink}>
          <Trans>Forget the link</Trans>
        </button>
      </div>
    </section>
  );
}

/** The way to the path page: into the role the answers lean to, or into both when it is a close call. */
function PathLinks({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.strength === 'close') {
    return (
      <>
        <Link to={paths.rolePath(evaluation.track)}>
          <Trans>The path into {ph({ role: translate(trackTitles[evaluation.track]) })}</Trans>
        </Link>
        <Link to={paths.rolePath(otherTrack(evaluation.track))}>
          <Trans>The path into {ph({ role: translate(trackTitles[otherTrack(evaluation.track)]) })}</Trans>
        </Link>
      </>
    );
  }
  return (
    <Link to={paths.rolePath(evaluation.track)}>
      <Trans>Your path into {ph({ role: translate(trackTitles[evaluation.track]) })}</Trans>
    </Link>
  );
}
