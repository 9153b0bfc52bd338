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
 * and marks the document `data-interactive` instead: the first screen has been hydrated (a part of it that
 * loads lazily may follow a moment later), so a prerendered page can tell when the app has taken over.
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
