import { Suspense, useLayoutEffect } from 'react';
import { Link, NavLink, Outlet, matchPath, useLocation } from '../lib/router.tsx';
import { useShallow } from 'zustand/react/shallow';
import { UpdateBanner } from '../components/update-banner.tsx';
import { useAppStore } from '../store/app-store.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { paths } from '../lib/paths.ts';

function Notices() {
  const { notices, dismissNotice } = useAppStore(
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

/** Whether the page is a question of the full quiz or the quick check. */
function isQuizPage(pathname: string): boolean {
  return [paths.questionPattern, paths.quickPattern].some((pattern) => matchPath(pattern, pathname) !== null);
}

export function Layout() {
  const { pathname } = useLocation();
  useScrollToTop(pathname);
  // During the quiz the site navigation gives way to the question, as in Typeform: one line with the
  // name and a way out. Answers are saved as they are given, so leaving loses nothing.
  const inQuiz = isQuizPage(pathname);
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className={inQuiz ? 'site-header in-quiz' : 'site-header'}>
        <Link to={paths.start} className="site-name">
          Which TPM?
        </Link>
        {inQuiz ? (
          <Link to={paths.start} className="leave-quiz">
            Leave the quiz<span className="muted"> (answers are kept)</span>
          </Link>
        ) : (
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
        )}
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
