import { use } from 'react';
import { Trans } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { loadCatalog } from '../lib/i18n.ts';
import { loadModule } from '../lib/load-module.ts';
import { translate } from '../lib/translate.ts';
import { useAppStore } from '../store/app-store.ts';
import type { Notice } from '../store/notices-slice.ts';

let noticeWordsLoad: Promise<void> | undefined;

/**
 * The notices' words, fetched with the first notice: most visits have none, so no page carries them.
 * Tried twice but never by reloading, which would lose the notice; a load that failed is tried afresh
 * when the person asks (src/app/layout.tsx).
 */
function noticeWords(): Promise<void> {
  noticeWordsLoad ??= loadModule(() => loadCatalog('notices'), { reloadPage: false }).catch(
    (error: unknown) => {
      noticeWordsLoad = undefined;
      throw error;
    },
  );
  return noticeWordsLoad;
}

/** The notices the store holds, each with its action (if any) and a way to dismiss it. */
export default function NoticeList() {
  const { notices, dismissNotice } = useAppStore(
    useShallow((state) => ({ notices: state.notices, dismissNotice: state.dismissNotice })),
  );
  if (notices.length === 0) return null;
  return <Notices notices={notices} dismissNotice={dismissNotice} />;
}

function Notices({
  notices,
  dismissNotice,
}: {
  notices: readonly Notice[];
  dismissNotice: (id: number) => void;
}) {
  use(noticeWords());
  return (
    <>
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{translate(notice.text)}</span>
          {notice.action ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                notice.action?.run();
                dismissNotice(notice.id);
              }}
            >
              {translate(notice.action.label)}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => dismissNotice(notice.id)}>
            <Trans>Dismiss</Trans>
          </button>
        </p>
      ))}
    </>
  );
}
