import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, basename } from './app/app.tsx';
import { registerServiceWorker } from './app/service-worker.ts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount the app in.');

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// Prerendered pages are hydrated; anything else (the shell, or a page served for another route) is
// rendered from scratch.
const route =
  window.location.pathname.slice(basename === '/' ? 0 : basename.length).replace(/(.)\/$/, '$1') || '/';
// The error boundary logs what it catches (as a warning: the person sees a way on), so React need not
// log it again as an error.
const onCaughtError = () => undefined;
if (root.dataset.prerendered === route) {
  hydrateRoot(root, app, { onCaughtError });
} else {
  root.replaceChildren();
  createRoot(root, { onCaughtError }).render(app);
}

registerServiceWorker();
