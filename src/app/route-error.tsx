import { Link, useRouteError } from 'react-router-dom';
import { paths } from './paths.ts';
import { useDocumentTitle } from './use-page.ts';

/** Shown when a screen fails to render. Saved answers live in storage, so they survive this. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <main id="content" className="page narrow">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your answers are still saved in this browser.</p>
      {detail ? <p className="muted">Details: {detail}</p> : null}
      <p className="actions">
        <Link className="button primary" to={paths.start} reloadDocument>
          Back to the start
        </Link>
      </p>
    </main>
  );
}
