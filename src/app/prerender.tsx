// Build-time only: renders the pages that need no saved answers to static HTML, so they paint before
// any JavaScript arrives. Bundled with `vite build --ssr` and called by scripts/finish-build.ts.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from '../lib/router.tsx';
import { basename } from '../lib/base-path.ts';
import { activateLocale } from '../lib/i18n.ts';
import { sourceLocale } from '../lib/locales.ts';
import { pageTitles } from '../lib/page-titles.ts';
import { paths } from '../lib/paths.ts';
import { AppRoutes } from './routes.tsx';

await activateLocale(sourceLocale);
const titles = pageTitles();

/** The pages prerendered at build time, the file each is written to, and its title. */
export const prerenderedPages = [
  { path: paths.start, file: 'index.html', title: titles.start },
  { path: paths.roles, file: 'roles.html', title: titles.roles },
  { path: paths.method, file: 'method.html', title: titles.method },
] as const;

/** The HTML of one route, with every lazy screen on it loaded (prerendering waits for them). */
export async function renderPage(path: string): Promise<string> {
  const location = `${basename === '/' ? '' : basename}${path}`;
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter basename={basename} location={location}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    // Never split a long page into chunks: React would stitch them together with inline scripts, which
    // the Content-Security-Policy forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
