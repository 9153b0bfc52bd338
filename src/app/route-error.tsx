import { useDocumentTitle } from './use-page.ts';

const startAddress = import.meta.env.BASE_URL;

/** Shown when a screen fails to render. Saved answers live in storage, so they survive this. */
export function RouteError({ error }: { error: Error }) {
  useDocumentTitle('Something went wrong');
  return (
    <div className="page narrow">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your answers are still saved in this browser.</p>
      <p className="muted">Details: {error.message}</p>
      <div className="actions">
        {/* A full page load, so whatever broke starts again from scratch. */}
        <a className="button primary" href={startAddress}>
          Back to the start
        </a>
      </div>
    </div>
  );
}
