import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkForUpdatesWhileOpen, updateCheckIntervalMs } from '../../src/lib/update-checks.ts';

/** A document whose visibility the test sets, as a browser does when a tab is hidden or shown. */
function tab(): { document: Document; show: () => void; hide: () => void } {
  const document = window.document.implementation.createHTMLDocument('a tab');
  let state: DocumentVisibilityState = 'visible';
  Object.defineProperty(document, 'visibilityState', { get: () => state });
  const change = (next: DocumentVisibilityState) => {
    state = next;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  return { document, show: () => change('visible'), hide: () => change('hidden') };
}

function registration(update = vi.fn(() => Promise.resolve())) {
  return { update, asRegistration: { update } as unknown as ServiceWorkerRegistration };
}

describe('checkForUpdatesWhileOpen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('looks for a new version each time the tab is shown again, not when it is hidden', () => {
    const { document, show, hide } = tab();
    const { update, asRegistration } = registration();
    checkForUpdatesWhileOpen(asRegistration, document);
    expect(update).not.toHaveBeenCalled();
    hide();
    expect(update).not.toHaveBeenCalled();
    show();
    expect(update).toHaveBeenCalledTimes(1);
    hide();
    show();
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('looks every hour while the tab is in view, and skips the hours it is hidden', () => {
    const { document, hide } = tab();
    const { update, asRegistration } = registration();
    checkForUpdatesWhileOpen(asRegistration, document);
    vi.advanceTimersByTime(updateCheckIntervalMs - 1);
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(update).toHaveBeenCalledTimes(1);
    hide();
    vi.advanceTimersByTime(3 * updateCheckIntervalMs);
    expect(update).toHaveBeenCalledTimes(1);
    expect(updateCheckIntervalMs).toBe(60 * 60 * 1000);
  });

  it('handles a check that fails offline, and tries again next time', async () => {
    const { document, hide, show } = tab();
    const failures: Promise<void>[] = [];
    const { update, asRegistration } = registration(
      vi.fn(() => {
        const failure = Promise.reject(new TypeError('Failed to update a ServiceWorker: network error'));
        failures.push(failure);
        return failure;
      }),
    );
    const handled = vi.spyOn(Promise.prototype, 'catch');
    checkForUpdatesWhileOpen(asRegistration, document);
    hide();
    show();
    hide();
    show();
    expect(update).toHaveBeenCalledTimes(2);
    // Each failed check had its failure handled, so none surfaces as an uncaught error.
    expect(handled.mock.contexts).toEqual(failures);
    handled.mockRestore();
    await Promise.allSettled(failures);
  });
});
