import { useMemo } from 'react';
import { ph, t } from '@lingui/core/macro';
import { Plural, Trans } from '@lingui/react/macro';
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
      ? t`Shared result: ${ph({ result: translate(resultNameOf(evaluation.strength, evaluation.track)) })}`
      : t`This link cannot be opened`,
  );

  if (!decoded.ok || !evaluation) {
    return (
      <div className="page narrow">
        <h1 ref={headingRef} tabIndex={-1}>
          <Trans>This link cannot be opened</Trans>
        </h1>
        <p>{decoded.ok ? t`This link holds no answers.` : decoded.error.message}</p>
        <p>
          <Trans>
            Or take the quiz yourself: it takes about{' '}
            <Plural value={{ minutes: minutesToAnswer() }} one="# minute" other="# minutes" />.
          </Trans>
        </p>
        <div className="actions">
          <Link className="button primary" to={paths.start}>
            <Trans>Take the quiz</Trans>
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
          <Trans>The path into {ph({ role: translate(trackTitles[evaluation.track]) })}</Trans>
        </Link>
      }
      actions={
        <div className="shared-note">
          <p>
            <Trans>
              Someone shared this result with you. It is shown read-only; your own saved answers are
              untouched. Take the quiz to see your own result, and a path into each role that follows your
              answers.
            </Trans>
          </p>
          <div className="actions">
            <Link className="button primary" to={paths.start}>
              <Trans>Take the quiz yourself</Trans>
            </Link>
            <Link className="button" to={`${paths.compare}${hash}`}>
              <Trans>Compare with my result</Trans>
            </Link>
          </div>
        </div>
      }
    />
  );
}
