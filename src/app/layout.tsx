import { Suspense, lazy, useLayoutEffect } from 'react';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link, NavLink, Outlet, matchPath, useLocation } from '../lib/router.tsx';
import { UpdateBanner } from '../components/update-banner.tsx';
import { loadModule } from '../lib/load-module.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { fetchNoticeWordsAgain } from './notice-words.ts';
import { LanguageMenu } from '../components/language-menu.tsx';
import { paths } from '../lib/paths.ts';

// The notices read the store, which loads with the engine; the layout itself stays light, and the
// live region is on the page from the first paint.
const NoticeList = lazy(() => loadModule(() => import('./notice-list.tsx')));

function Notices() {
  return (
    <div className="notices" role="status" aria-live="polite">
      <UpdateBanner />
      <ErrorBoundary
        resetKey="notices"
        fallback={(_error, retry) => (
          <NoticesNotLoaded
            retry={() => {
              fetchNoticeWordsAgain();
              retry();
            }}
          />
        )}
      >
        <Suspense fallback={null}>
          <NoticeList />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

/**
 * In place of notices whose words could not be fetched: what happened, and a way to try again. Not a
 * reload: answers that storage refused live only in this page.
 */
function NoticesNotLoaded({ retry }: { retry: () => void }) {
  return (
    <p className="notice">
      <span>
        <Trans>A message for you could not load. Check your connection, then try again.</Trans>
      </span>
      <button type="button" className="link-button" onClick={retry}>
        <Trans>Try again</Trans>
      </button>
    </p>
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
        <Trans>Skip to content</Trans>
      </a>
      <header className={inQuiz ? 'site-header in-quiz' : 'site-header'}>
        <Link to={paths.start} className="site-name">
          <Trans>Which TPM?</Trans>
        </Link>
        {inQuiz ? (
          <Link to={paths.start} className="leave-quiz">
            <Trans>
              Leave the quiz<span className="muted"> (answers are kept)</span>
            </Trans>
          </Link>
        ) : (
          <nav
            aria-label={t({ message: 'Main', comment: 'The name screen readers give the site navigation' })}
          >
            <ul>
              <li>
                <NavLink to={paths.roles}>
                  <Trans>Compare the roles</Trans>
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.method}>
                  <Trans>How it works</Trans>
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.history}>
                  <Trans>Past results</Trans>
                </NavLink>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <Notices />
      <main id="content" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <Suspense
            fallback={
              <p className="page narrow loading">
                <Trans>Loading…</Trans>
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          <Trans>Your answers stay in this browser. Nothing is sent anywhere.</Trans>
        </p>
      </footer>
      <LanguageMenu />
    </>
  );
}
