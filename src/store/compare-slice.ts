import { msg } from '@lingui/core/macro';
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';
import { readTimestamp } from './synced-storage.ts';
import type { Restored, StoredDocument } from './synced-storage.ts';

/**
 * A share link the person asked to keep until they have a result of their own to compare it with. Kept
 * in localStorage through the same sync as the answers, not sessionStorage: finishing the quiz can
 * outlast this tab (a reload, another tab, coming back tomorrow), and the link must still be there.
 */
export interface SavedCompare {
  /** The share code, as taken from the link; checked again when it is compared. */
  code: string | null;
  /** When it was kept or forgotten: the latest choice wins across tabs. */
  keptAt: number | null;
}

/** A friend's share link, kept until the person's own result is ready to compare with it. */
export interface CompareSlice {
  /** The kept link, as saved in this browser. */
  compare: SavedCompare;
  /** Keeps someone's share code until the person's own result is ready. */
  keepCompareLink: (code: string) => void;
  /** Forgets the kept code: it has been compared, or the person no longer wants it. */
  forgetCompareLink: () => void;
}

export const compareStorageKey = 'which-tpm:compare';

const emptyCompare: SavedCompare = { code: null, keptAt: null };
/** Far longer than any share code; anything longer was not written by this app. */
const longestCode = 400;

/** Anything stored that this version cannot use is set aside for a backup before it is replaced. */
export function restoreSavedCompare(saved: unknown): Restored<SavedCompare> {
  if (saved === undefined || saved === null) return { value: emptyCompare };
  const unusable: Restored<SavedCompare> = {
    value: emptyCompare,
    setAside: saved,
    notice: msg`The link you kept to compare could not be read. A copy of what was saved is kept in this browser.`,
  };
  if (typeof saved !== 'object' || Array.isArray(saved)) return unusable;
  const { code, keptAt } = saved as Record<string, unknown>;
  const time = readTimestamp(keptAt);
  if (time === null) return keptAt === undefined || keptAt === null ? { value: emptyCompare } : unusable;
  const usable = typeof code === 'string' && code !== '' && code.length <= longestCode ? code : null;
  if (usable === null && code !== null && code !== undefined)
    return { ...unusable, value: { code: null, keptAt: time } };
  return { value: { code: usable, keptAt: time } };
}

/** The later choice wins; a tie goes to the code that sorts last, so every tab ends the same. */
export function mergeSavedCompare(first: SavedCompare, second: SavedCompare): SavedCompare {
  const firstAt = first.keptAt ?? 0;
  const secondAt = second.keptAt ?? 0;
  if (firstAt !== secondAt) return firstAt > secondAt ? first : second;
  return (first.code ?? '') >= (second.code ?? '') ? first : second;
}

export const compareDocument: StoredDocument<SavedCompare> = {
  key: compareStorageKey,
  format: 1,
  restore: restoreSavedCompare,
  merge: mergeSavedCompare,
  messages: {
    unreadable: msg`The link you kept to compare could not be read. A copy of what was saved is kept in this browser.`,
    noRoom: msg`The link you kept to compare could not be read, and this browser has no room to keep a copy. It is left as it was.`,
    saveAnyway: msg`Keep new links instead`,
    newer: msg`The link you kept to compare was saved by a newer version of Which TPM?. This version will not change it.`,
    unsaved: msg`This browser is not letting Which TPM? keep the link to compare. It stays only while this tab is open: if you reload or close it, the link is gone.`,
  },
};

/** Later than anything this tab has seen, so keeping a link always overrides an older choice. */
function nextMoment(state: SavedCompare): number {
  return Math.max(Date.now(), (state.keptAt ?? 0) + 1);
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compare: emptyCompare,
  keepCompareLink: (code) => set(({ compare }) => ({ compare: { code, keptAt: nextMoment(compare) } })),
  forgetCompareLink: () => set(({ compare }) => ({ compare: { code: null, keptAt: nextMoment(compare) } })),
});
