import { lazy, Suspense } from 'react';
import { Trans } from '@lingui/react/macro';
import { Link } from '../lib/router.tsx';
import { loadModule } from '../lib/load-module.ts';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { ClaimText } from '../components/claim.tsx';
import { programManagerNaming } from '../content/program-manager-naming.ts';

const SavedProgress = lazy(() => loadModule(() => import('./saved-progress.tsx')));

export function StartScreen() {
  useDocumentTitle();
  const headingRef = useHeadingFocus<HTMLHeadingElement>('start');

  return (
    <div className="page narrow start">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Which TPM?</Trans>{' '}
        <span className="subtitle">
          <Trans>Technical Product Manager or Technical Project Manager</Trans>
        </span>
      </h1>
      <p className="lead">
        <Trans>
          Both jobs are called TPM, and both sit between engineers and the business. One decides <em>what</em>{' '}
          gets built and why; the other makes sure it gets <em>delivered</em>, on time and on budget. This
          quiz shows which of the two your answers lean to, and how sure that lean is: a starting point, not a
          verdict.
        </Trans>
      </p>
      <Suspense fallback={<div className="saved-progress-placeholder" />}>
        <SavedProgress />
      </Suspense>
      {/* After the way in, so the first screen of a phone still holds Start. */}
      <p className="muted">
        <ClaimText claim={programManagerNaming} />
      </p>
      <p className="muted">
        <Trans>
          Not sure what the two roles are? <Link to={paths.roles}>Compare them side by side</Link>, or read{' '}
          <Link to={paths.method}>how the scoring works</Link>.
        </Trans>
      </p>
    </div>
  );
}
