// A page load in a test: the store imported afresh (nothing kept from earlier tests) and synced with
// whatever storage holds now, as main.tsx does before the app's first render.
import { vi } from 'vitest';
import { translate } from '../src/lib/translate.ts';

export async function loadPage() {
  vi.resetModules();
  const { startStorageSync, useAppStore } = await import('../src/store/app-store.ts');
  const syncs = startStorageSync();
  return {
    store: useAppStore,
    syncs,
    /** The words of every notice shown, oldest first, in the active language. */
    notices: () => useAppStore.getState().notices.map((notice) => translate(notice.text)),
  };
}
