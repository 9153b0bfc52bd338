import { use } from 'react';
import { Trans } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { translate } from '../lib/translate.ts';
import { useAppStore } from '../store/app-store.ts';
import { noticeWords } from './notice-words.ts';
import type { Notice } from '../store/notices-slice.ts';

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
