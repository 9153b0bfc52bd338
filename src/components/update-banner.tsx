import { Trans } from '@lingui/react/macro';
import { useSyncExternalStore } from 'react';
import { subscribeToUpdate, waitingUpdate } from '../lib/service-worker.ts';

/**
 * Offers the new version when one is waiting; nothing the person has entered is lost by reloading.
 * It sits inside the layout's live region, which announces it.
 */
export function UpdateBanner() {
  const applyUpdate = useSyncExternalStore(subscribeToUpdate, waitingUpdate, () => null);
  if (!applyUpdate) return null;
  return (
    <div className="notice update">
      <span>
        <Trans>A new version of Which TPM? is ready. Your answers are kept.</Trans>
      </span>
      <button type="button" className="button" onClick={applyUpdate}>
        <Trans>Reload</Trans>
      </button>
    </div>
  );
}
