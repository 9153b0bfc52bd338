import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { currentRoute } from './lib/base-path.ts';
import { activateLocale, settlePageLocale } from './lib/i18n.ts';
import { languageTag } from './lib/locales.ts';
import { forgetFailedStylesheets } from './lib/failed-stylesheets.ts';
import { loadModule } from './lib/load-module.ts';
import { checkForUpdatesWhileOpen } from './lib/update-checks.ts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount the app in.');
forgetFailedStylesheets(document);
// The entry registers the service worker; the app, which shows the offer of a new version, keeps asking for one.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.ready.then((registration) => checkForUpdatesWhileOpen(registration, document));
}

// The page's language, from its address; a shared result's address takes the reader's language here, before
// anything reads the address. The prerendered pages and the shells say it already; a shared result may not.
const locale = settlePageLocale();
document.documentElement.lang = languageTag(locale);

// Saved answers are in the store before the first render, so the first paint already shows them. The
// store and the engine it uses come as a file of their own, fetched here before that render.
function start(root: HTMLElement): void {
  // The app has arrived: the entry's mark that it is on its way goes.
  delete document.documentElement.dataset.app;

  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );

  // The error boundary logs what it catches (as a warning: the person sees a way on), so React need not
  // log it again as an error.
  const onCaughtError = () => undefined;
  // Prerendered pages are hydrated; anything else (the shell, or a page served for another route) is
  // rendered from scratch.
  if (root.dataset.prerendered === currentRoute()) {
    hydrateRoot(root, app, { onCaughtError });
  } else {
    root.replaceChildren();
    createRoot(root, { onCaughtError }).render(app);
  }
}

/** Settles once the app is on the page; the entry shows its own message if this fails. */
export const started = Promise.all([
  loadModule(() => import('./store/app-store.ts')),
  // The page's words come as a file of their own, fetched like the store: tried again if it fails once.
  loadModule(() => activateLocale(locale)),
]).then(([{ startStorageSync }]) => {
  startStorageSync();
  start(root);
});
