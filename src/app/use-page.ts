import { useEffect, useRef } from 'react';

import { pageTitle } from './page-titles.ts';

let firstPageShown = false;

/** Sets the document title for the current page; without a title, the site's own. */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}

/**
 * Returns a ref for the page's main heading and moves focus to it whenever the page (or `key`) changes,
 * so keyboard and screen reader users start at the top of new content. The first page load is left alone,
 * and marks the document `data-interactive` instead: from then on, links are handled by the app rather
 * than by full page loads (a prerendered page is visible before it is hydrated).
 */
export function useHeadingFocus<Element extends HTMLElement>(key: string) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      document.documentElement.dataset.interactive = 'true';
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
