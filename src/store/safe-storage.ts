import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useNoticeStore } from './notice-store.ts';

const notify = (text: string) => useNoticeStore.getState().addNotice(text);

export const storageNotices = {
  unreadable:
    'Your saved answers could not be read, so the quiz starts fresh. A copy of what was saved is kept in this browser.',
  unsaved: 'This browser is not letting the quiz save your answers. They will last until you close this tab.',
} as const;

/** The key a damaged saved value is copied to before it is replaced, so nothing is thrown away. */
export const backupSuffix = ':damaged-backup';

/** The latest moment a Date can hold; a larger stored number would make every date format throw. */
const latestDate = 8.64e15;

/** A stored time in milliseconds, or null when it is not one a Date can hold. */
export function readTimestamp(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= latestDate
    ? value
    : null;
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return undefined;
  }
}

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return typeof value === 'object' && value !== null && 'state' in value;
}

export type ParsedStoredValue =
  { ok: true; value: StorageValue<unknown> } | { ok: false; error: 'unreadable' };

/** Parses what storage held into zustand's envelope, or says it is unreadable. Never throws. */
export function parseStoredValue(raw: string): ParsedStoredValue {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isStorageValue(parsed)) return { ok: true, value: parsed };
  } catch {
    // not JSON: reported the same as JSON of the wrong shape
  }
  return { ok: false, error: 'unreadable' };
}

/**
 * localStorage for zustand's persist that never throws: unreadable data is backed up and reported,
 * and a storage that refuses writes (private mode, full quota) is reported once.
 */
export function createSafeStorage<State>(): PersistStorage<State> {
  let warnedUnsaved = false;
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = browserStorage()?.getItem(name) ?? null;
      } catch {
        notify(storageNotices.unsaved);
        return null;
      }
      if (raw === null) return null;
      const parsed = parseStoredValue(raw);
      // The state inside is validated by the store's merge before anything uses it.
      if (parsed.ok) return parsed.value as StorageValue<State>;
      try {
        browserStorage()?.setItem(name + backupSuffix, raw);
      } catch {
        // The notice below still tells the person; the backup is a courtesy.
      }
      notify(storageNotices.unreadable);
      return null;
    },
    setItem: (name, value) => {
      try {
        const storage = browserStorage();
        if (!storage) throw new Error('No storage');
        storage.setItem(name, JSON.stringify(value));
      } catch {
        if (!warnedUnsaved) notify(storageNotices.unsaved);
        warnedUnsaved = true;
      }
    },
    removeItem: (name) => {
      try {
        browserStorage()?.removeItem(name);
      } catch {
        // Nothing to do: the in-memory state is already reset.
      }
    },
  };
}
