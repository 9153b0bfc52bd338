// Build-time only: renders, in each language, the pages that need no saved answers to static HTML, so they
// paint before any JavaScript arrives, and the words of each language's shell and manifest, all from the
// catalogs. Bundled with `vite build --ssr` and called by scripts/finish-build.ts.
// See docs/decisions/023-language-addresses.md
import { StrictMode, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { StaticRouter } from '../lib/router.tsx';
import { basename } from '../lib/base-path.ts';
import { activateLocale, loadCatalog } from '../lib/i18n.ts';
import {
  catalogNames,
  languageTag,
  locales,
  localePrefix,
  sourceLocale,
  type Locale,
} from '../lib/locales.ts';
import { pageTitles, siteName } from '../lib/page-titles.ts';
import { localeAddress, localeBasename, paths } from '../lib/paths.ts';
import { LanguageOffer } from '../components/language-menu.tsx';
import { AppRoutes } from './routes.tsx';

/** The site's base path ("/" or "/careers/tpm"), as the build was made for. */
export { basename, locales, sourceLocale };

/** The pages prerendered in every language: the route inside the router, and the file's name. */
const pages = [
  { path: paths.start, name: 'index', title: 'start' },
  { path: paths.roles, name: 'roles', title: 'roles' },
  { path: paths.method, name: 'method', title: 'method' },
] as const;

export interface PrerenderedPage {
  /** The route as the page's entry reads it (`currentRoute()`), its language's prefix included: "/es/roles". */
  route: string;
  /** Where it is written in dist/: "roles.html", "es/roles.html". */
  file: string;
  title: string;
  /** The HTML of #root. */
  body: string;
  /** The start page, which needs no app on a first visit (decision 010). */
  start: boolean;
  /** The page in every language (itself too), then `x-default` (English) for readers of any other. */
  alternates: { hreflang: string; href: string }[];
}

/** One language's prerendered pages, its shell and the words of its head and manifest. */
export interface LanguageEdition {
  locale: Locale;
  /** For `lang` on the page and the manifest. */
  lang: string;
  /** Its folder in dist/: "" for English, "es/" for Spanish. */
  folder: string;
  /** The site's full name (the start page's title), and its short name. */
  name: string;
  shortName: string;
  description: string;
  pages: PrerenderedPage[];
  /** The HTML of the shell's #root: what shows when the app cannot start on a route it renders. */
  shell: string;
}

/** Static HTML of an element, with every lazy screen in it loaded (prerendering waits for them). */
async function renderStatic(element: ReactNode): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>{element}</StrictMode>,
    // Never split a long page into chunks: React would stitch them together with inline scripts, which
    // the Content-Security-Policy forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

/**
 * The shell's message, for a page whose app has not started (decision 011). The entry makes the reload
 * link reload in place, so it keeps the address's fragment; without JavaScript it reloads as a link.
 */
function AppNotStarted({ startAddress }: { startAddress: string }) {
  return (
    <main className="page narrow app-not-started">
      <h1>
        <Trans>This page could not start</Trans>
      </h1>
      <p>
        <Trans>
          Your answers are safe in this browser. The connection may have dropped, a new version may be on its
          way, or JavaScript may be turned off.
        </Trans>
      </p>
      <p className="actions">
        {/* eslint-disable-next-line jsx-a11y/anchor-is-valid -- "" is this address: a reload, with no JavaScript. */}
        <a className="button primary" href="">
          <Trans>Reload the page</Trans>
        </a>{' '}
        <a className="button" href={startAddress}>
          <Trans>Go to the start page</Trans>
        </a>
      </p>
    </main>
  );
}

/** The route the page's entry reads for an address: no trailing slash ("/es", "/es/roles"). */
function entryRoute(path: string, locale: Locale): string {
  return `${localePrefix(locale)}${path}`.replace(/(.)\/$/, '$1');
}

/** Renders one language's pages, shell and words, with its catalog active. */
export async function renderLanguage(locale: Locale): Promise<LanguageEdition> {
  await activateLocale(locale);
  // The roles and method pages show words from catalogs of their own.
  await Promise.all(catalogNames.filter((name) => name !== 'messages').map((name) => loadCatalog(name)));
  const titles = pageTitles();
  const folder = locale === sourceLocale ? '' : `${locale}/`;
  const rendered: PrerenderedPage[] = [];
  for (const page of pages) {
    const body = await renderStatic(
      <StaticRouter basename={localeBasename(locale)} location={localeAddress(page.path, locale)}>
        <AppRoutes />
      </StaticRouter>,
    );
    rendered.push({
      route: entryRoute(page.path, locale),
      file: `${folder}${page.name}.html`,
      title: titles[page.title],
      body,
      start: page.path === paths.start,
      alternates: [
        ...locales.map((other) => ({
          hreflang: languageTag(other),
          href: localeAddress(page.path, other),
        })),
        { hreflang: 'x-default', href: localeAddress(page.path, sourceLocale) },
      ],
    });
  }
  return {
    locale,
    lang: languageTag(locale),
    folder,
    name: titles.start,
    shortName: siteName(),
    description: t`Which fits you better: Technical Product Management or Technical Project Management? Take this 7-minute quiz to find out. It is private: your answers never leave your browser.`,
    pages: rendered,
    shell: await renderStatic(<AppNotStarted startAddress={localeAddress(paths.start, locale)} />),
  };
}

/** The English start page's offers to read in each other language, each in its own language. */
export async function renderLanguageOffers(): Promise<string> {
  let html = '';
  for (const locale of locales) {
    if (locale === sourceLocale) continue;
    await activateLocale(locale);
    html += await renderStatic(<LanguageOffer locale={locale} />);
  }
  return html;
}
