import { Suspense, lazy, useLayoutEffect } from 'react';
import { Link, NavLink, Outlet, matchPath, useLocation } from '../lib/router.tsx';
import { UpdateBanner } from '../components/update-banner.tsx';
import { loadModule } from '../lib/load-module.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { LanguageMenu } from '../components/language-menu.tsx';
import { paths } from '../lib/paths.ts';

// The notices read the store, which loads with the engine; the layout itself stays light, and the
// live region is on the page from the first paint.
const NoticeList = lazy(() => loadModule(() => import('./notice-list.tsx')));

function Notices() {
  return (
    <div className="notices" role="status" aria-live="polite">
      <UpdateBanner />
      <Suspense fallback={null}>
        <NoticeList />
      </Suspense>
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
      <LanguageMenu />
    </>
  );
}
