import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { ConfirmButton } from '../components/confirm-button.tsx';
import { evaluate, splitPercentages, trackTitles } from '../engine/index.ts';
import { historyLimit, useHistoryStore } from '../store/history-store.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Every finished attempt kept in this browser, newest first, each deletable. */
export function HistoryScreen() {
  useDocumentTitle('Your past results');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('history');
  const attempts = useHistoryStore((state) => state.attempts);
  const deleteAttempt = useHistoryStore((state) => state.deleteAttempt);
  const clearHistory = useHistoryStore((state) => state.clearHistory);
  const rows = useMemo(
    () => attempts.map((attempt) => ({ attempt, evaluation: evaluate(attempt.answers) })),
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
            {rows.map(({ attempt, evaluation }) => {
              const date = dateFormat.format(attempt.finishedAt);
              const percent = splitPercentages(evaluation.productShare);
              return (
                <li key={attempt.id}>
                  <p>
                    <strong>{date}</strong> · {attempt.mode === 'quick' ? 'Quick check' : 'Full quiz'} ·{' '}
                    {evaluation.answered} answers
                  </p>
                  <p>
                    {trackTitles[evaluation.track]}: {percent.product}% product, {percent.project}% project.{' '}
                    {evaluation.summary}.
                  </p>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Delete the result from ${date}`}
                    onClick={() => deleteAttempt(attempt.id)}
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
              onConfirm={clearHistory}
            />
          </div>
        </>
      )}
    </div>
  );
}
