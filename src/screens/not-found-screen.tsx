import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';

export function NotFoundScreen() {
  useDocumentTitle(t`Page not found`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('not-found');
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Page not found</Trans>
      </h1>
      <p>
        <Trans>There is nothing at this address. Your saved answers are safe.</Trans>
      </p>
      <p className="actions">
        <Link className="button primary" to={paths.start}>
          <Trans>Go to the start</Trans>
        </Link>
      </p>
    </div>
  );
}
