import { Trans } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { translate } from '../lib/translate.ts';
import { useAppStore } from '../store/app-store.ts';

/** The notices the store holds, each with its action (if any) and a way to dismiss it. */
export default function NoticeList() {
  const { notices, dismissNotice } = useAppStore(
    useShallow((state) => ({ notices: state.notices, dismissNotice: state.dismissNotice })),
  );
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
