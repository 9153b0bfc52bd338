// Registers the service worker that makes the app work offline, and offers a reload when a new
// version is waiting. Answers live in localStorage, so reloading never loses them.

type Listener = () => void;

let pendingUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Called when a new version is ready: `apply` activates it and reloads the page. */
export function offerUpdate(apply: () => void): void {
  pendingUpdate = apply;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that applies a waiting update, or null when there is none. */
export function waitingUpdate(): (() => void) | null {
  return pendingUpdate;
}

/**
 * Offers `worker`, a new version that is installed and waiting, as an update. Only when a version is
 * already in charge: the first one to install takes the page at once and needs no reload.
 */
function offerWaiting(container: ServiceWorkerContainer, worker: ServiceWorker | null): void {
  if (worker === null || container.controller === null) return;
  offerUpdate(() => {
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    // The generated worker activates itself on this message (Workbox's convention).
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}

/**
 * Registers the service worker at `url` and offers an update whenever a new version waits: one found
 * waiting at load, or one that finishes installing while the page is open.
 */
export async function watchServiceWorker(container: ServiceWorkerContainer, url: string): Promise<void> {
  const registration = await container.register(url);
  offerWaiting(container, registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offerWaiting(container, installing);
    });
  });
}

/** In a production build, registers the service worker once the page has loaded. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Offline or refused: the app works without it, and the next visit registers.
  const start = () =>
    void watchServiceWorker(navigator.serviceWorker, `${import.meta.env.BASE_URL}sw.js`).catch(
      () => undefined,
    );
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
