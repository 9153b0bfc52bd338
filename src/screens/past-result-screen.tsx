import { useMemo } from 'react';
import { ph, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link, useParams } from '../lib/router.tsx';
import { paths, shareLink } from '../lib/paths.ts';
import { useCurrentQuiz } from './use-current-quiz.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { AttemptSummaryText } from '../components/attempt-summary.tsx';
import { ResultView } from '../components/result-view.tsx';
import { SharePanel } from '../components/share-panel.tsx';
import { encodeAnswers, evaluate, pastReadingNote, resultNameOf, sameAnswers } from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import { translate } from '../lib/translate.ts';
import type { Attempt } from '../store/saved-history.ts';
import { attemptDate, summaryOf, understoodAnswers } from '../store/saved-history.ts';
import './history-screen.css';

/**
 * One past result, read-only, with its date. Shown in full while today's questions still understand its
 * answers; after the questions change, the summary the person saw then.
 */
export function PastResultScreen() {
  const { id = '' } = useParams();
  const attempt = useAppStore((state) => state.history.attempts.find((candidate) => candidate.id === id));
  const answers = useMemo(() => (attempt ? understoodAnswers(attempt) : null), [attempt]);
  if (!attempt) return <MissingAttempt id={id} />;
  if (!answers) return <SummaryOnly attempt={attempt} />;
  return <FullPastResult attempt={attempt} answers={answers} />;
}

function FullPastResult({ attempt, answers }: { attempt: Attempt; answers: Record<string, string> }) {
  const evaluation = useMemo(() => evaluate(answers), [answers]);
  const date = attemptDate(attempt);
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`past-${attempt.id}`);
  useDocumentTitle(
    t`Your result from ${date}: ${ph({ result: translate(resultNameOf(evaluation.strength, evaluation.track)) })}`,
  );
  const current = useCurrentQuiz();
  const comparable = current.finished && !sameAnswers(attempt.answers, current.answers);
  const code = encodeAnswers(answers);
  const changed = pastReadingNote(summaryOf(attempt) ?? undefined, evaluation);
  return (
    <ResultView
      evaluation={evaluation}
      subject="you"
      mode={attempt.mode}
      eyebrow={
        attempt.mode === 'quick' ? t`Your quick-check result from ${date}` : t`Your result from ${date}`
      }
      headingRef={headingRef}
      actions={
        <>
          {changed ? (
            <p className="boxed">
              {translate(changed)} <Trans>Your current answers are not changed.</Trans>
            </p>
          ) : (
            <p>
              <Trans>This is a past result, shown as it was. Your current answers are not changed.</Trans>
            </p>
          )}
          <div className="actions">
            {comparable ? (
              <Link className="button" to={paths.comparePast(attempt.id)}>
                <Trans>Compare with my current result</Trans>
              </Link>
            ) : null}
            <Link className="button" to={paths.history}>
              <Trans>Back to your past results</Trans>
            </Link>
          </div>
          <SharePanel
            link={shareLink(code)}
            title={t`My Which TPM? result from ${date}: ${ph({ summary: translate(evaluation.summary) })}`}
          />
        </>
      }
    />
  );
}

function SummaryOnly({ attempt }: { attempt: Attempt }) {
  const date = attemptDate(attempt);
  const summary = summaryOf(attempt);
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`past-${attempt.id}`);
  useDocumentTitle(t`Your result from ${date}`);
  return (
    <div className="page narrow">
      <p className="eyebrow">
        <Trans>A past result</Trans>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Your result from {date}</Trans>
      </h1>
      {summary ? (
        <p className="lead">
          <AttemptSummaryText summary={summary} />
        </p>
      ) : null}
      <p className="boxed">
        <Trans>
          The questions have changed since you took this quiz, so the full answers behind this result can’t be
          shown.
        </Trans>{' '}
        {summary ? (
          <Trans>Above is the summary you saw at the time.</Trans>
        ) : (
          <Trans>Its summary was not kept either.</Trans>
        )}
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.history}>
          <Trans>Back to your past results</Trans>
        </Link>
        <Link className="button" to={paths.start}>
          <Trans>Take the quiz again</Trans>
        </Link>
      </div>
    </div>
  );
}

function MissingAttempt({ id }: { id: string }) {
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`past-missing-${id}`);
  useDocumentTitle(t`Past result not found`);
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>This past result is not here</Trans>
      </h1>
      <p>
        <Trans>
          It may have been deleted, or kept in another browser. Past results stay only in the browser where
          the quiz was taken.
        </Trans>
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.history}>
          <Trans>See your past results</Trans>
        </Link>
      </div>
    </div>
  );
}
