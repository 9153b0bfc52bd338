import { useMemo, useRef, useState } from 'react';
import { plural, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { flushSync } from 'react-dom';
import { Link } from '../lib/router.tsx';
import { paths, shareLink } from '../lib/paths.ts';
import { useCurrentQuiz } from './use-current-quiz.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { AttemptSummaryText } from '../components/attempt-summary.tsx';
import { ConfirmButton } from '../components/confirm-button.tsx';
import { SharePanel } from '../components/share-panel.tsx';
import { encodeAnswers, evaluate, historyWords, sameAnswers, scoredAnswerCount } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import { useAppStore } from '../store/app-store.ts';
import type { Attempt } from '../store/saved-history.ts';
import { attemptDate, historyLimit, summaryOf, understoodAnswers } from '../store/saved-history.ts';
import './history-screen.css';

/** Every finished attempt kept in this browser, newest first: each can be opened, shared, compared or deleted. */
export function HistoryScreen() {
  useDocumentTitle(t`Your past results`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('history');
  const attempts = useAppStore((state) => state.history.attempts);
  const current = useCurrentQuiz();
  const deleteAttempt = useAppStore((state) => state.deleteAttempt);
  const restoreAttempt = useAppStore((state) => state.restoreAttempt);
  const clearHistory = useAppStore((state) => state.clearHistory);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  /** The last result deleted, until it is brought back or another is deleted: one tap can be a slip. */
  const [deleted, setDeleted] = useState<Attempt | null>(null);
  // The button that had focus goes away with its row: focus moves to the next row's Delete button
  // (or the previous one, or the heading), so keyboard and screen reader users are not dropped at the top.
  const deleteAndMoveFocus = (index: number) => {
    const neighbour = attempts[index + 1] ?? attempts[index - 1];
    const gone = attempts[index];
    if (gone)
      flushSync(() => {
        deleteAttempt(gone.id);
        setDeleted(gone);
      });
    (neighbour ? deleteButtons.current.get(neighbour.id) : headingRef.current)?.focus();
  };
  const undoDelete = () => {
    if (!deleted) return;
    let id = '';
    flushSync(() => {
      id = restoreAttempt(deleted);
      setDeleted(null);
    });
    (deleteButtons.current.get(id) ?? headingRef.current)?.focus();
  };
  const clearAndMoveFocus = () => {
    flushSync(() => {
      clearHistory();
      setDeleted(null);
    });
    headingRef.current?.focus();
  };
  const rows = useMemo(
    () =>
      attempts.map((attempt) => {
        const answers = understoodAnswers(attempt);
        return { attempt, summary: summaryOf(attempt), code: answers ? encodeAnswers(answers) : null };
      }),
    [attempts],
  );
  const currentSummary = useMemo(() => {
    if (!current.finished) return null;
    const { track, strength, productShare } = evaluate(current.answers);
    return { track, strength, productShare };
  }, [current]);

  return (
    <div className="page narrow history">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Your past results</Trans>
      </h1>
      <p>
        <Trans>Kept only in this browser: the newest {historyLimit}. Nothing is sent anywhere.</Trans>
      </p>
      {currentSummary ? (
        <section className="boxed" aria-labelledby="current-result-heading">
          <h2 id="current-result-heading">{translate(historyWords.currentHeading)}</h2>
          <p>
            <AttemptSummaryText summary={currentSummary} />
          </p>
          <p>{translate(historyWords.currentStays)}</p>
          <p>
            <Link to={paths.result}>{translate(historyWords.seeYourResult)}</Link>
          </p>
        </section>
      ) : null}
      <div role="status" aria-label={translate(historyWords.deletedStatus)}>
        {deleted ? (
          <p>
            {translate(historyWords.deleted(attemptDate(deleted)))}{' '}
            <button type="button" className="button" onClick={undoDelete}>
              {translate(historyWords.undo)}
            </button>
          </p>
        ) : null}
      </div>
      {rows.length === 0 ? (
        currentSummary ? (
          <p>{translate(historyWords.noneKept)}</p>
        ) : (
          <p>
            <Trans>
              No finished results yet. <Link to={paths.start}>Take the quiz</Link> and your result will be
              kept here.
            </Trans>
          </p>
        )
      ) : (
        <>
          <ol className="attempts" aria-label={t`Past results`}>
            {rows.map(({ attempt, summary, code }, index) => {
              const isCurrent = current.finished && sameAnswers(attempt.answers, current.answers);
              return (
                <AttemptRow
                  key={attempt.id}
                  attempt={attempt}
                  summary={summary}
                  code={code}
                  isCurrent={isCurrent}
                  comparable={current.finished && !isCurrent}
                  deleteRef={(button) => {
                    if (button) deleteButtons.current.set(attempt.id, button);
                    else deleteButtons.current.delete(attempt.id);
                  }}
                  onDelete={() => deleteAndMoveFocus(index)}
                />
              );
            })}
          </ol>
          <div className="actions">
            <ConfirmButton
              label={translate(historyWords.deleteAll)}
              question={translate(historyWords.deleteAllQuestion)}
              confirmLabel={translate(historyWords.deleteAllConfirm)}
              cancelLabel={translate(historyWords.deleteAllCancel)}
              onConfirm={clearAndMoveFocus}
            />
          </div>
        </>
      )}
    </div>
  );
}

interface AttemptRowProps {
  attempt: Attempt;
  summary: ReturnType<typeof summaryOf>;
  /** Its share code, when today's questions still understand its answers. */
  code: string | null;
  /** Its answers are the current ones: it is the current result. */
  isCurrent: boolean;
  /** There is a current result, and this is not it: then and now can be compared. */
  comparable: boolean;
  deleteRef: (button: HTMLButtonElement | null) => void;
  onDelete: () => void;
}

function answerCount(count: number): string {
  return plural(count, { one: '# answer', other: '# answers' });
}

function AttemptRow({ attempt, summary, code, isCurrent, comparable, deleteRef, onDelete }: AttemptRowProps) {
  const [sharing, setSharing] = useState(false);
  const date = attemptDate(attempt);
  return (
    <li>
      <p>
        <strong>{date}</strong> · {attempt.mode === 'quick' ? t`Quick check` : t`Full quiz`} ·{' '}
        {answerCount(scoredAnswerCount(attempt.answers))}
        {isCurrent ? ` · ${translate(historyWords.isCurrent)}` : null}
      </p>
      <p>
        {summary ? (
          <AttemptSummaryText summary={summary} />
        ) : (
          <Trans>
            This result came from questions that have changed since, so its details cannot be shown.
          </Trans>
        )}
      </p>
      <div className="attempt-actions">
        <Link
          className="button"
          to={paths.pastResult(attempt.id)}
          aria-label={t`Open the result from ${date}`}
        >
          <Trans comment="A button: open this past result">Open</Trans>
        </Link>
        {code ? (
          <>
            <button
              type="button"
              className="button"
              aria-expanded={sharing}
              aria-label={t`Share again: the result from ${date}`}
              onClick={() => setSharing((open) => !open)}
            >
              <Trans>Share again</Trans>
            </button>
          </>
        ) : null}
        {code && comparable ? (
          <Link
            className="button"
            to={paths.comparePast(attempt.id)}
            aria-label={t`Compare with my current result: the result from ${date}`}
          >
            <Trans>Compare with my current result</Trans>
          </Link>
        ) : null}
        <button
          ref={deleteRef}
          type="button"
          className="button"
          aria-label={t`Delete the result from ${date}`}
          onClick={onDelete}
        >
          <Trans>Delete</Trans>
        </button>
      </div>
      {code && sharing ? (
        <SharePanel link={shareLink(code)} title={t`My Which TPM? result from ${date}`} />
      ) : null}
    </li>
  );
}
