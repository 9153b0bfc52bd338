import { useMemo } from 'react';
import { Link, useLocation } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { ResultView } from '../components/result-view.tsx';
import {
  decodeAnswers,
  evaluate,
  minutesToAnswer,
  resultNameOf,
  resultWords,
  shareCodeFrom,
  trackTitles,
} from '../engine/index.ts';
import { translate } from '../lib/translate.ts';

/** Someone else's result, from the link's fragment. Read-only: the opener's own answers are not touched. */
export function SharedResultScreen() {
  const { hash } = useLocation();
  const decoded = useMemo(() => decodeAnswers(shareCodeFrom(hash)), [hash]);
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`shared-${decoded.ok ? 'ok' : decoded.error.code}`);
  const evaluation = useMemo(() => (decoded.ok ? evaluate(decoded.answers) : undefined), [decoded]);
  useDocumentTitle(
    evaluation
      ? `Shared result: ${translate(resultNameOf(evaluation.strength, evaluation.track))}`
      : 'This link cannot be opened',
  );

  if (!decoded.ok || !evaluation) {
    return (
      <div className="page narrow">
        <h1 ref={headingRef} tabIndex={-1}>
          This link cannot be opened
        </h1>
        <p>{decoded.ok ? 'This link holds no answers.' : decoded.error.message}</p>
        <p>Or take the quiz yourself: it takes about {minutesToAnswer()} minutes.</p>
        <div className="actions">
          <Link className="button primary" to={paths.start}>
            Take the quiz
          </Link>
        </div>
      </div>
    );
  }
  return (
    <ResultView
      evaluation={evaluation}
      subject="they"
      eyebrow={translate(resultWords.they.eyebrow)}
      headingRef={headingRef}
      onwards={
        <Link to={paths.rolePath(evaluation.track)}>
          The path into {translate(trackTitles[evaluation.track])}
        </Link>
      }
      actions={
        <div className="shared-note">
          <p>
            Someone shared this result with you. It is shown read-only; your own saved answers are untouched.
            Take the quiz to see your own result, and a path into each role that follows your answers.
          </p>
          <div className="actions">
            <Link className="button primary" to={paths.start}>
              Take the quiz yourself
            </Link>
            <Link className="button" to={`${paths.compare}${hash}`}>
              Compare with my result
            </Link>
          </div>
        </div>
      }
    />
  );
}
