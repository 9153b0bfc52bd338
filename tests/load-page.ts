// A page load in a test: the store imported afresh (nothing kept from earlier tests) and synced with
// whatever storage holds now, as main.tsx does before the app's first render.
import { vi } from 'vitest';

export async function loadPage() {
  vi.resetModules();
  const { startStorageSync, useAppStore } = await import('../src/store/app-store.ts');
  const syncs = startStorageSync();
  return {
    store: useAppStore,
    syncs,
    /** The text of every notice shown, oldest first. */
    notices: () => useAppStore.getState().notices.map((notice) => notice.text),
  };
}
