import { useEffect, useRef } from 'react';

const siteName = 'Which TPM?';
let firstPageShown = false;

/** Sets the document title for the current page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === siteName ? `${siteName} Product or Project Manager` : `${title} · ${siteName}`;
  }, [title]);
}

/**
 * Returns a ref for the page's main heading and moves focus to it whenever the page (or `key`) changes,
 * so keyboard and screen reader users start at the top of new content. The first page load is left alone.
 */
export function useHeadingFocus<Element extends HTMLElement>(key: string) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
