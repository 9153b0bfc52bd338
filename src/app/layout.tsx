import { Suspense, useLayoutEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { UpdateBanner } from '../components/update-banner.tsx';
import { useNoticeStore } from '../store/notice-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { paths } from './paths.ts';

function Notices() {
  const { notices, dismissNotice } = useNoticeStore(
    useShallow((state) => ({ notices: state.notices, dismissNotice: state.dismissNotice })),
  );
  return (
    <div className="notices" role="status" aria-live="polite">
      <UpdateBanner />
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          {notice.action ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                notice.action?.run();
                dismissNotice(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => dismissNotice(notice.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}

/** Each new page starts at its top. */
function useScrollToTop(pathname: string) {
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function Layout() {
  const { pathname } = useLocation();
  useScrollToTop(pathname);
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.start} className="site-name">
          Which TPM?
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={paths.roles}>Compare the roles</NavLink>
            </li>
            <li>
              <NavLink to={paths.method}>How it works</NavLink>
            </li>
            <li>
              <NavLink to={paths.history}>Past results</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <Notices />
      <main id="content" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="page narrow loading">Loading…</p>}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>Your answers stay in this browser. Nothing is sent anywhere.</p>
      </footer>
    </>
  );
}
