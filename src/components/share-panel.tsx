import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useId, useState } from 'react';

/** A read-only share link with Copy, and the system share sheet where the browser offers one. */
export function SharePanel({ link, title }: { link: string; title: string }) {
  const inputId = useId();
  const [status, setStatus] = useState('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t`Link copied.`);
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) input.select();
      setStatus(t`Copying was blocked. The link is selected: press Ctrl+C (or ⌘C) to copy it.`);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url: link });
    } catch {
      // The person closed the share sheet: nothing to report.
    }
  };

  return (
    <div className="share-panel">
      <label htmlFor={inputId}>
        <Trans>Share link</Trans>
      </label>
      <div className="share-row">
        <input
          id={inputId}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          <Trans>Copy</Trans>
        </button>
        {canShare ? (
          <button type="button" className="button" onClick={() => void share()}>
            <Trans>Share…</Trans>
          </button>
        ) : null}
      </div>
      <p className="muted">
        <Trans>
          The answers travel inside the link itself, after the “#”. Browsers never send that part to a server.
        </Trans>
      </p>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
