import { ph, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
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
  useDocumentTitle(t`This page could not load`);
  return (
    <div className="page narrow">
      <h1>
        <Trans>This page could not load</Trans>
      </h1>
      <p>
        <Trans>
          A new version of Which TPM? may be ready, or your connection may have dropped. Your answers are kept
          in this browser.
        </Trans>
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          <Trans>Load the page again</Trans>
        </button>
        <a className="button" href={startAddress}>
          <Trans>Back to the start</Trans>
        </a>
      </div>
    </div>
  );
}

function RenderFailed({ error }: { error: Error }) {
  useDocumentTitle(t`Something went wrong`);
  return (
    <div className="page narrow">
      <h1>
        <Trans>Something went wrong</Trans>
      </h1>
      <p>
        <Trans>This page could not be shown. Your answers are still saved in this browser.</Trans>
      </p>
      <p className="muted">
        <Trans comment="details: the error's own text, for whoever debugs it, as the code wrote it (in English)">
          Details: {ph({ details: error.message })}
        </Trans>
      </p>
      <div className="actions">
        {/* A full page load, so whatever broke starts again from scratch. */}
        <a className="button primary" href={startAddress}>
          <Trans>Back to the start</Trans>
        </a>
      </div>
    </div>
  );
}
