// A screen's stylesheet is added to the page as it loads. One that fails stays in the page, and Vite's
// loader takes any stylesheet already in the page for loaded: trying the screen again would show it
// unstyled. Removed, the stylesheet is fetched again with the screen. See docs/decisions/011-a-page-that-never-goes-blank.md

/** From now on, removes from `document` each stylesheet link that fails to load. */
export function forgetFailedStylesheets(document: Document): void {
  // Load errors do not bubble; the document sees them while capturing.
  document.addEventListener(
    'error',
    ({ target }) => {
      if (target instanceof HTMLLinkElement && target.rel === 'stylesheet') target.remove();
    },
    true,
  );
}
