import { ModuleLoadError } from '../lib/load-module.ts';
import { useDocumentTitle } from '../lib/use-page.ts';

const startAddress = import.meta.env.BASE_URL;

/** Shown when a screen fails to render. Saved answers live in storage, so they survive this. */
export function RouteError({ error }: { error: Error }) {
  if (error instanceof ModuleLoadError) return <ScreenNotLoaded />;
  return <RenderFailed error={error} />;
}

/** The screen's file could not be fetched: a new version replaced it, or the connection dropped. */
function ScreenNotLoaded() {
  useDocumentTitle('This page could not load');
  return (
    <div className="page narrow">
      <h1>This page could not load</h1>
      <p>
        A new version of Which TPM? may be ready, or your connection may have dropped. Your answers are kept
        in this browser.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Load the page again
        </button>
        <a className="button" href={startAddress}>
          Back to the start
        </a>
      </div>
    </div>
  );
}

function RenderFailed({ error }: { error: Error }) {
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
