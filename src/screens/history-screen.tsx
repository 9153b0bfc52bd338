import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { ConfirmButton } from '../components/confirm-button.tsx';
import { evaluate, readAnswers, splitPercentages, trackTitles } from '../engine/index.ts';
import type { Attempt, AttemptSummary } from '../store/history-store.ts';
import { historyLimit, useHistoryStore } from '../store/history-store.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * What the person was shown when they finished. Attempts kept before summaries were are worked out
 * again from the answers today's questions still understand; with none left, there is nothing to show.
 */
function summaryOf(attempt: Attempt): AttemptSummary | null {
  if (attempt.summary) return attempt.summary;
  const { answers } = readAnswers(attempt.answers);
  if (Object.keys(answers).length === 0) return null;
  const { track, strength, productShare, summary } = evaluate(answers);
  return { track, strength, productShare, headline: summary };
}

/** Every finished attempt kept in this browser, newest first, each deletable. */
export function HistoryScreen() {
  useDocumentTitle('Your past results');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('history');
  const attempts = useHistoryStore((state) => state.attempts);
  const deleteAttempt = useHistoryStore((state) => state.deleteAttempt);
  const clearHistory = useHistoryStore((state) => state.clearHistory);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  // The button that had focus goes away with its row: focus moves to the next row's Delete button
  // (or the previous one, or the heading), so keyboard and screen reader users are not dropped at the top.
  const deleteAndMoveFocus = (index: number) => {
    const neighbour = attempts[index + 1] ?? attempts[index - 1];
    const deleted = attempts[index];
    if (deleted) flushSync(() => deleteAttempt(deleted.id));
    (neighbour ? deleteButtons.current.get(neighbour.id) : headingRef.current)?.focus();
  };
  const clearAndMoveFocus = () => {
    flushSync(clearHistory);
    headingRef.current?.focus();
  };
  const rows = useMemo(
    () => attempts.map((attempt) => ({ attempt, summary: summaryOf(attempt) })),
    [attempts],
  );

  return (
    <div className="page narrow history">
      <h1 ref={headingRef} tabIndex={-1}>
        Your past results
      </h1>
      <p>Kept only in this browser: the newest {historyLimit}. Nothing is sent anywhere.</p>
      {rows.length === 0 ? (
        <p>
          No finished results yet. <Link to={paths.start}>Take the quiz</Link> and your result will be kept
          here.
        </p>
      ) : (
        <>
          <ol className="attempts" aria-label="Past results">
            {rows.map(({ attempt, summary }, index) => {
              const date = dateFormat.format(attempt.finishedAt);
              const percent = summary ? splitPercentages(summary.productShare) : null;
              return (
                <li key={attempt.id}>
                  <p>
                    <strong>{date}</strong> · {attempt.mode === 'quick' ? 'Quick check' : 'Full quiz'} ·{' '}
                    {Object.keys(attempt.answers).length} answers
                  </p>
                  {summary && percent ? (
                    <p>
                      {trackTitles[summary.track]}: {percent.product}% product, {percent.project}% project.{' '}
                      {summary.headline}.
                    </p>
                  ) : (
                    <p>
                      This result came from questions that have changed since, so its details cannot be shown.
                    </p>
                  )}
                  <button
                    ref={(button) => {
                      if (button) deleteButtons.current.set(attempt.id, button);
                      else deleteButtons.current.delete(attempt.id);
                    }}
                    type="button"
                    className="button"
                    aria-label={`Delete the result from ${date}`}
                    onClick={() => deleteAndMoveFocus(index)}
                  >
                    Delete
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="actions">
            <ConfirmButton
              label="Delete all results"
              question="Delete every past result kept in this browser?"
              confirmLabel="Yes, delete them all"
              cancelLabel="Keep them"
              onConfirm={clearAndMoveFocus}
            />
          </div>
        </>
      )}
    </div>
  );
}
