import { useEffect, useMemo } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { paths, shareLink } from '../app/paths.ts';
import { useContinueFullQuiz } from '../app/use-continue-full-quiz.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { FlipPanel } from '../components/flip-panel.tsx';
import { DownloadAnswers } from '../components/download-answers.tsx';
import { PrintStamp } from '../components/print-stamp.tsx';
import { ResultCard } from '../components/result-card.tsx';
import { RestartButton } from '../components/restart-button.tsx';
import { ResultView } from '../components/result-view.tsx';
import { SharePanel } from '../components/share-panel.tsx';
import {
  describeShift,
  encodeAnswers,
  evaluate,
  nextStep,
  otherTrack,
  progressOf,
  questionBank,
  readAnswers,
  trackTitles,
} from '../engine/index.ts';
import { useCompareStore } from '../store/compare-store.ts';
import { useHistoryStore } from '../store/history-store.ts';
import { useNoticeStore } from '../store/notice-store.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import type { AnswerAttempt, Evaluation, QuizMode } from '../engine/index.ts';

export function ResultScreen() {
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  const step = nextStep(answers, mode);
  if (step === null) return <OwnResult answers={answers} mode={mode} />;
  const { total, answered } = progressOf(answers);
  // Nothing answered: no question to send the person back to. A retake clears the answers while this
  // screen is still shown, on its way to question 1; a redirect here would add a second navigation and a
  // notice that outlives it.
  if (answered === 0) return <NoResultYet />;
  if (mode === 'quick') {
    return (
      <BackToQuiz
        to={paths.quick(step)}
        message="The quick check needs a few more answers before it can tell. Here is the next question."
      />
    );
  }
  return (
    <BackToQuiz
      to={paths.question(step)}
      message={`Your result is ready once every question is answered: ${total - answered} to go. Here is the next one.`}
    />
  );
}

function NoResultYet() {
  useDocumentTitle('No result yet');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('no-result');
  const continueFullQuiz = useQuizStore((state) => state.continueFullQuiz);
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        No result yet
      </h1>
      <p>There are no answers saved in this browser, so there is no result to show.</p>
      <div className="actions">
        <Link className="button primary" to={paths.question(1)} onClick={continueFullQuiz}>
          Start the quiz
        </Link>
        <Link className="button" to={paths.history}>
          See your past results
        </Link>
      </div>
    </div>
  );
}

function BackToQuiz({ to, message }: { to: string; message: string }) {
  const addNotice = useNoticeStore((state) => state.addNotice);
  useEffect(() => {
    addNotice(message);
  }, [addNotice, message]);
  return <Navigate to={to} replace />;
}

/**
 * The newest past attempt with other answers than these, with the answers today's questions still
 * understand (none, when the questions have changed since). Finishing recorded this attempt already:
 * showing a result writes nothing.
 */
function usePreviousAnswers(answers: Record<string, string>): Record<string, string> | undefined {
  const attempts = useHistoryStore((state) => state.attempts);
  const isThis = (attempt: (typeof attempts)[number]) =>
    Object.keys(attempt.answers).length === Object.keys(answers).length &&
    Object.entries(answers).every(([id, option]) => attempt.answers[id] === option);
  const previous = attempts.find((attempt) => !isThis(attempt));
  if (!previous) return undefined;
  const usable = readAnswers(previous.answers).answers;
  return Object.keys(usable).length > 0 ? usable : undefined;
}

/**
 * What "Download my answers" holds: this browser's finished attempts on today's questions, newest first,
 * with these answers first when they are not among them yet.
 */
function useAttemptsToExport(answers: Record<string, string>, mode: QuizMode): AnswerAttempt[] {
  const attempts = useHistoryStore((state) => state.attempts);
  // These answers were last changed when the quiz was last saved.
  const lastAnswered = useQuizStore((state) => state.updatedAt) ?? 0;
  return useMemo(() => {
    const kept = attempts
      .filter((attempt) => attempt.bankVersion === questionBank.version)
      .map((attempt) => ({ takenAt: attempt.finishedAt, mode: attempt.mode, answers: attempt.answers }));
    const same = (other: Record<string, string>) =>
      Object.keys(other).length === Object.keys(answers).length &&
      Object.entries(answers).every(([id, option]) => other[id] === option);
    return kept.some((attempt) => same(attempt.answers))
      ? kept
      : [{ takenAt: lastAnswered, mode, answers }, ...kept];
  }, [attempts, answers, mode, lastAnswered]);
}

function OwnResult({ answers, mode }: { answers: Record<string, string>; mode: QuizMode }) {
  const evaluation = useMemo(() => evaluate(answers), [answers]);
  const answerTheRest = useContinueFullQuiz();
  const headingRef = useHeadingFocus<HTMLHeadingElement>('result');
  const previous = usePreviousAnswers(answers);
  const shift = useMemo(
    () => (previous ? describeShift(evaluate(previous), evaluation) : undefined),
    [previous, evaluation],
  );
  useDocumentTitle(`Your result: ${trackTitles[evaluation.track]}`);
  const link = shareLink(encodeAnswers(answers));
  const attemptsToExport = useAttemptsToExport(answers, mode);

  return (
    <ResultView
      evaluation={evaluation}
      subject="you"
      mode={mode}
      eyebrow={
        mode === 'quick' ? `Your quick-check result, from ${evaluation.answered} answers` : 'Your result'
      }
      headingRef={headingRef}
      onAnswerTheRest={mode === 'quick' ? answerTheRest : undefined}
      insights={
        <>
          <KeptCompareLink />
          <FlipPanel answers={answers} />
          {/* Paper has no history to open, and the comparison is with this browser's last result. */}
          <section className="screen-only" aria-labelledby="history-heading">
            <h2 id="history-heading">Since last time</h2>
            <p>
              {shift ??
                'This is your first result in this browser. Take the quiz again later to see how your lean moves.'}
            </p>
            <p>
              <Link to={paths.history}>See all your past results</Link>
            </p>
          </section>
        </>
      }
      actions={
        <>
          <div className="actions">
            <Link className="button" to={mode === 'quick' ? paths.quick(1) : paths.question(1)}>
              Change my answers
            </Link>
            <button type="button" className="button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <RestartButton
              label="Retake the quiz"
              question="Clear all your answers and take the quiz again?"
            />
          </div>
          <ResultCard evaluation={evaluation} />
          <SharePanel link={link} title={`My Which TPM? result: ${evaluation.summary}`} />
          <DownloadAnswers attempts={attemptsToExport} bank={questionBank} />
          <p className="muted">
            Got a link from someone else? <Link to={paths.compare}>Compare your results side by side</Link>.
          </p>
        </>
      }
      onwards={<PathLinks evaluation={evaluation} />}
      stamp={
        <PrintStamp
          link={link}
          more={`The path into each role, from the job you have now: ${window.location.origin}${paths.rolePath(evaluation.track)}`}
        />
      }
    />
  );
}

/** The share link the person kept on /compare until their own result was ready: it is ready now. */
function KeptCompareLink() {
  const code = useCompareStore((state) => state.code);
  const forgetCompareLink = useCompareStore((state) => state.forgetCompareLink);
  if (!code) return null;
  return (
    <section className="boxed" aria-labelledby="kept-compare-heading">
      <h2 id="kept-compare-heading">A link waiting to compare</h2>
      <p>You kept someone’s share link until your own result was ready. Now you can compare the two.</p>
      <div className="actions">
        <Link className="button primary" to={`${paths.compare}#${code}`} onClick={forgetCompareLink}>
          Compare with their result
        </Link>
        <button type="button" className="button" onClick={forgetCompareLink}>
          Forget the link
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
        <Link to={paths.rolePath(evaluation.track)}>The path into {trackTitles[evaluation.track]}</Link>
        <Link to={paths.rolePath(otherTrack(evaluation.track))}>
          The path into {trackTitles[otherTrack(evaluation.track)]}
        </Link>
      </>
    );
  }
  return <Link to={paths.rolePath(evaluation.track)}>Your path into {trackTitles[evaluation.track]}</Link>;
}
