// The way to another language, and the start page's offer of one. Each language has its own addresses and a
// page keeps its language for its life, so both are plain links: a new page, in the other language. The
// entry remembers the language a followed link leads to (any link with `hreflang`), before the app runs too.
// See docs/decisions/023-language-addresses.md
import { useSyncExternalStore } from 'react';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useLocation } from '../lib/router.tsx';
import { activeLocale } from '../lib/i18n.ts';
import { languageNames, languageTag, locales, type Locale } from '../lib/locales.ts';
import { localeAddress, paths } from '../lib/paths.ts';
// The entry links this sheet too, so the prerendered menu and offer are styled on a page without the app.
import './language-menu.css';

const subscribeToNothing = () => () => undefined;

/**
 * False while React hydrates a prerendered page, true once it has (and on a page rendered in the browser).
 * The prerendered links were written without a query or a fragment; they join only after hydration, so
 * the page hydrates into exactly what was written.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/** Every language by its own name, each a link to the same place (route, query, fragment) in it. */
export function LanguageMenu() {
  const { pathname, search, hash } = useLocation();
  const current = activeLocale();
  const rest = useHydrated() ? `${search}${hash}` : '';
  return (
    <nav className="language-menu" aria-label={t`Language`}>
      <ul>
        {locales.map((locale) => {
          const tag = languageTag(locale);
          return (
            <li key={locale}>
              <a
                href={`${localeAddress(pathname, locale)}${rest}`}
                hrefLang={tag}
                lang={tag}
                aria-current={locale === current ? 'true' : undefined}
              >
                {languageNames[locale]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The English start page's offer to read in another language, written in that language (activate its
 * catalog to render it). The build puts one for each language in the page, hidden; the entry shows the
 * one for the person's language, without loading the app.
 */
export function LanguageOffer({ locale }: { locale: Locale }) {
  const tag = languageTag(locale);
  return (
    <p className="language-offer" lang={tag}>
      <Trans comment="On the English start page, to a reader whose browser prefers your language, asked in your language and naming it as a sentence does (¿Prefieres leer en español?). Never shown in English.">
        Prefer to read in this language?
      </Trans>{' '}
      <a href={localeAddress(paths.start, locale)} hrefLang={tag}>
        <Trans comment="The link to the start page in your language, after the question above, naming your language (Leer en español). Never shown in English.">
          Read in this language
        </Trans>
      </a>
    </p>
  );
}
