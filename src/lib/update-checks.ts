// Browsers look for a new service worker when a page of the app is opened. A tab left open on one page
// never opens another, so it would never hear of a new version: it asks itself, when the person comes
// back to the tab and every hour while it is in view. A version found is offered by the watch the entry
// set up (service-worker.ts). This lives apart from it to keep the entry small: only the app shows the offer.

/** Often enough that a tab left open all day hears of a new version; rare enough to cost nothing. */
export const updateCheckIntervalMs = 60 * 60 * 1000;

/** From now on, asks `registration` to look for a new version whenever `document` is shown again, and hourly while it is shown. */
export function checkForUpdatesWhileOpen(registration: ServiceWorkerRegistration, document: Document): void {
  const check = () => {
    // Offline, or the server is away: the next check tries again.
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', check);
  setInterval(check, updateCheckIntervalMs);
}
