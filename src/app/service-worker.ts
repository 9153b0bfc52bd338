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

/** In a production build, registers the service worker once the page has loaded. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = async () => {
    // Loaded after the page, so it costs the start page nothing.
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
    workbox.addEventListener('waiting', () => {
      offerUpdate(() => {
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      });
    });
    await workbox.register();
  };
  // Offline before workbox-window arrived: the app works without it, and the next visit registers.
  const startQuietly = () => start().catch(() => undefined);
  if (document.readyState === 'complete') void startQuietly();
  else window.addEventListener('load', () => void startQuietly(), { once: true });
}
