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
 * Whether this document was opened by following a link from another page of the app (the start page's
 * links load the quiz as a new page). Only browsers with the Navigation API can tell; others say no.
 */
function arrivedFromThisApp(): boolean {
  const activation = typeof navigation === 'undefined' ? undefined : navigation.activation;
  return activation?.navigationType === 'push' && activation.from !== null;
}

/**
 * Returns a ref for the page's main heading and moves focus to it whenever the page (or `key`) changes,
 * so keyboard and screen reader users start at the top of new content. The first page load is left
 * alone, as any web page's is, unless a link on another page of the app opened it and nothing has focus
 * yet. The first page also marks the document `data-interactive`: the first screen has been hydrated (a
 * part of it that loads lazily may follow a moment later), so a prerendered page can tell when the app
 * has taken over.
 */
export function useHeadingFocus<Element extends HTMLElement>(key: string) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      document.documentElement.dataset.interactive = 'true';
      const nothingFocused = document.activeElement === null || document.activeElement === document.body;
      if (nothingFocused && arrivedFromThisApp()) ref.current?.focus();
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
