// Keeps one part of a store and one localStorage key in step, across every open tab, without ever losing
// what either held. Why and how: docs/decisions/008-nothing-lost-across-tabs-and-deployments.md
import { msg } from '@lingui/core/macro';
import type { StoreApi } from 'zustand';
import type { Message } from '../engine/index.ts';
import type { NoticeAction } from './notices-slice.ts';
import { unsavedNoteKey } from '../lib/storage-keys.ts';

/** What a store's restore made of stored data: the valid part, and anything it had to leave out. */
export interface Restored<Value> {
  value: Value;
  /** What was stored but could not be used; copied to a dated backup before anything overwrites it. */
  setAside?: unknown;
  /** What to tell the person about the set-aside part, said only once its copy is written. */
  notice?: Message;
  /**
   * What was left out on purpose, to keep a limit the page states (not damaged, so not copied): storage
   * is rewritten at once to match what is shown, and the person is told this.
   */
  trimmed?: Message;
}

/** What the person is told, in plain words, for one stored document (messages, put into words where shown). */
export interface StorageMessages {
  /** The stored value could not be read; a copy has been written. */
  unreadable: Message;
  /** Something could not be read or used, and there was no room for a copy, so nothing is saved. */
  noRoom: Message;
  /** The button that lets the person save over what could not be copied. */
  saveAnyway: Message;
  /** Saved by a newer version: shown, never rewritten. */
  newer: Message;
  /** Writes fail: exactly what survives and what does not. */
  unsaved: Message;
  /** Shown after a reload lost `count` things that could not be saved. */
  lost?: (count: number) => Message;
}

/** An item the person could lose (a question, a past result) and what it held, to tell after a reload. */
export type LosableItems = Record<string, string>;

export interface StoredDocument<Value> {
  key: string;
  /** The storage format this version writes. A larger number was written by a newer version. */
  format: number;
  /** Validates stored state into a value the app can use. Never throws. */
  restore: (state: unknown) => Restored<Value>;
  /** Commutative and idempotent, so every tab ends with the same value whatever the order of merges. */
  merge: (first: Value, second: Value) => Value;
  messages: StorageMessages;
  /**
   * What the person would lose with this value, item by item (each question's answer): noted while
   * changes cannot be saved, so that after a reload every item storage does not hold as it was, added
   * or changed, is counted in the `lost` notice.
   */
  items?: (value: Value) => LosableItems;
  /**
   * What to tell the person when another tab's change removed something this tab held (a start-over,
   * a deletion): null when nothing this tab held is gone.
   */
  describeOtherTab?: (before: Value, after: Value) => Message | null;
}

/**
 * `saving`: every change is merged into storage. `newer`: a newer version wrote it, so it is only read.
 * `damaged`: it could not be read or used and no copy could be made, so it is left alone until the
 * person decides. `unavailable`: the browser refuses storage altogether.
 */
export type SyncStatus = 'saving' | 'newer' | 'damaged' | 'unavailable';

/** Storage refused outright: one notice for every document, since none of them can be saved. */
export const storageUnavailableNotice: Message = msg`This browser is not letting Which TPM? save anything. Your answers and results stay only while this tab is open: if you reload or close it, they are gone.`;

/** Where a damaged or set-aside value is copied: this prefix, the key, and the moment it was copied. */
export const backupInfix = ':damaged-backup:';

/** The latest moment a Date can hold; a larger stored number would make every date format throw. */
const latestDate = 8.64e15;

/** A stored time in milliseconds, or null when it is not one a Date can hold. */
export function readTimestamp(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= latestDate
    ? value
    : null;
}

/** What storage holds for a key: zustand's old envelope shape, `{ state, version }`. */
export interface StoredEnvelope {
  state: unknown;
  version: number;
}

export type ParsedStoredValue = { ok: true; value: StoredEnvelope } | { ok: false; error: 'unreadable' };

/** Parses what storage held into its envelope, or says it is unreadable. Never throws. */
export function parseStoredValue(raw: string): ParsedStoredValue {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
      const { state, version } = parsed as { state: unknown; version?: unknown };
      // Data saved before formats were numbered counts as the first format.
      return { ok: true, value: { state, version: typeof version === 'number' ? version : 0 } };
    }
  } catch {
    // not JSON: reported the same as JSON of the wrong shape
  }
  return { ok: false, error: 'unreadable' };
}

function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return undefined;
  }
}

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The names of every backup in storage, oldest first within each key (their names carry the time). */
function backupNames(storage: Storage): string[] {
  const names: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const name = storage.key(index);
    if (name?.includes(backupInfix)) names.push(name);
  }
  return names.sort();
}

/**
 * Removes backups that can go without losing anything, to make room for a write: a backup repeating an
 * earlier backup of the same key, and a backup of another key than `writing` that still holds the very
 * same text. Never a backup of `writing`: its live value is about to be replaced.
 * @returns how many were removed
 */
export function removeRedundantBackups(storage: Storage, writing: string): number {
  const seen = new Set<string>();
  let removed = 0;
  for (const name of backupNames(storage)) {
    const key = name.slice(0, name.indexOf(backupInfix));
    const text = storage.getItem(name);
    const fingerprint = `${key}\u0000${text}`;
    if (seen.has(fingerprint) || (key !== writing && storage.getItem(key) === text)) {
      storage.removeItem(name);
      removed++;
    } else {
      seen.add(fingerprint);
    }
  }
  return removed;
}

/**
 * Writes `value` under `name` for the document `key`; when storage is full, first removes backups that
 * can go without loss and tries once more. Throws when there is still no room.
 */
function setItemMakingRoom(storage: Storage, key: string, name: string, value: string): void {
  try {
    storage.setItem(name, value);
  } catch (error) {
    if (removeRedundantBackups(storage, key) === 0) throw error;
    storage.setItem(name, value);
  }
}

/**
 * Keeps a copy of `raw` next to `key`: when a backup of that key already holds exactly this text, that
 * is the copy (so a damaged value read on every page load is copied once); otherwise a new dated key.
 * True only once the copy reads back whole.
 */
export function writeBackup(key: string, raw: string, now = Date.now()): boolean {
  try {
    const storage = localStore();
    if (!storage) return false;
    const prefix = `${key}${backupInfix}`;
    if (backupNames(storage).some((name) => name.startsWith(prefix) && storage.getItem(name) === raw)) {
      return true;
    }
    const base = `${prefix}${new Date(now).toISOString()}`;
    let name = base;
    // Never overwrite an earlier copy, even one made in the same millisecond.
    for (let copy = 2; storage.getItem(name) !== null; copy++) name = `${base}-${copy}`;
    setItemMakingRoom(storage, key, name, raw);
    return storage.getItem(name) === raw;
  } catch {
    return false;
  }
}

/** The same value as text: used to tell whether a merge changed anything. */
function serialize(format: number, value: unknown): string {
  return JSON.stringify({ state: value, version: format });
}

interface Loaded<Value> {
  value: Value | null;
  status: SyncStatus;
  /** Something was left out on purpose to keep a limit: storage should be rewritten to match. */
  trimmed?: boolean;
}

/** The items noted before a reload, or null when there is no note this version can read. */
function readNote(text: string | null | undefined): LosableItems | null {
  if (typeof text !== 'string') return null;
  try {
    const note: unknown = JSON.parse(text);
    if (typeof note !== 'object' || note === null || Array.isArray(note)) return null;
    return Object.fromEntries(
      Object.entries(note).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return null;
  }
}

/** Where a document lives in a store, and where the sync tells the person what happened. */
export interface SyncedPart<State, Value> {
  /** The document's value, read from the store's state. */
  pick: (state: State) => Value;
  /** The change to the store's state that holds `value` as the document (what `setState` is given). */
  put: (value: Value) => Partial<State>;
  /** Shows the person a notice (storage trouble, another tab's change). */
  notify: (text: Message, action?: NoticeAction) => void;
}

/** A running sync: its current status, for tests and for screens that need to say so. */
export interface StorageSync {
  status: () => SyncStatus;
}

/**
 * Reads one document into a store and keeps them in step: every change is merged with what storage
 * holds now (another tab may have written since) before it is written, and every write by another tab
 * is merged in. Loading writes only a backup of what cannot be used, and past results trimmed to the
 * limit the page states (decision 012), so reading a page never changes anything the person keeps.
 * @returns the sync's current status, for tests and for screens that need to say so
 */
export function syncWithStorage<State, Value>(
  store: StoreApi<State>,
  document: StoredDocument<Value>,
  { pick, put, notify }: SyncedPart<State, Value>,
): StorageSync {
  const { key, format, messages } = document;
  let status: SyncStatus = 'saving';
  let warnedUnsaved = false;
  /** The stored text already copied to a backup: the next write may replace it without copying again. */
  let copied: string | null = null;

  const saveAnyway: NoticeAction = {
    label: messages.saveAnyway,
    run: () => {
      status = 'saving';
      save(pick(store.getState()), { overwrite: true });
    },
  };

  /** Makes sure nothing set aside is lost: copies it, then says so; without room, stops saving. */
  const keepSetAside = (restored: Restored<Value>): boolean => {
    if (restored.setAside === undefined) return true;
    if (!writeBackup(key, JSON.stringify(restored.setAside))) {
      status = 'damaged';
      notify(messages.noRoom, saveAnyway);
      return false;
    }
    if (restored.notice) notify(restored.notice);
    return true;
  };

  /** Reads what storage holds now: a value to merge with, nothing, or a reason not to write. */
  const readStored = (raw: string | null, overwrite: boolean): Loaded<Value> => {
    if (raw === null || overwrite) return { value: null, status: 'saving' };
    const parsed = parseStoredValue(raw);
    if (!parsed.ok) {
      if (raw === copied) return { value: null, status: 'saving' };
      if (!writeBackup(key, raw)) {
        notify(messages.noRoom, saveAnyway);
        return { value: null, status: 'damaged' };
      }
      copied = raw;
      notify(messages.unreadable);
      return { value: null, status: 'saving' };
    }
    if (parsed.value.version > format) {
      notify(messages.newer);
      const restored = document.restore(parsed.value.state);
      return { value: restored.value, status: 'newer' };
    }
    const restored = document.restore(parsed.value.state);
    if (raw !== copied) {
      if (!keepSetAside(restored)) return { value: restored.value, status: 'damaged' };
      if (restored.setAside !== undefined) copied = raw;
    }
    if (restored.trimmed) notify(restored.trimmed);
    return { value: restored.value, status: 'saving', ...(restored.trimmed ? { trimmed: true } : {}) };
  };

  const rememberLost = (value: Value) => {
    if (!messages.lost || !document.items) return;
    try {
      sessionStore()?.setItem(unsavedNoteKey(key), JSON.stringify(document.items(value)));
    } catch {
      // Then the notice after a reload cannot say how many; the can't-save notice still shows.
    }
  };

  /** Says so when a merge with another tab's value removed something this tab held. */
  const tellOtherTabChange = (before: Value, after: Value) => {
    const message = document.describeOtherTab?.(before, after);
    if (message) notify(message);
  };

  const forgetLost = () => {
    try {
      sessionStore()?.removeItem(unsavedNoteKey(key));
    } catch {
      // nothing to forget
    }
  };

  function save(current: Value, { overwrite = false } = {}): void {
    if (status !== 'saving') {
      // Nothing is written: note what the tab holds, so a reload that loses it says so.
      rememberLost(current);
      return;
    }
    const storage = localStore();
    let raw: string | null;
    try {
      if (!storage) throw new Error('No storage');
      raw = storage.getItem(key);
    } catch {
      status = 'unavailable';
      notify(storageUnavailableNotice);
      return;
    }
    const stored = readStored(raw, overwrite);
    if (stored.status !== 'saving') {
      status = stored.status;
      rememberLost(current);
      return;
    }
    const merged = stored.value === null ? current : document.merge(stored.value, current);
    const text = serialize(format, merged);
    if (text !== raw) {
      try {
        setItemMakingRoom(storage, key, key, text);
        forgetLost();
      } catch {
        if (!warnedUnsaved) notify(messages.unsaved);
        warnedUnsaved = true;
        rememberLost(merged);
      }
    }
    if (serialize(format, merged) !== serialize(format, current)) {
      tellOtherTabChange(current, merged);
      store.setState(put(merged));
    }
  }

  // Loading: read, validate, and write only a backup of anything that cannot be used (and, below, a value
  // trimmed to its limit).
  const storage = localStore();
  let loaded: Loaded<Value> = { value: null, status: 'saving' };
  try {
    if (!storage) throw new Error('No storage');
    loaded = readStored(storage.getItem(key), false);
  } catch {
    loaded = { value: null, status: 'unavailable' };
    notify(storageUnavailableNotice);
  }
  status = loaded.status;
  if (loaded.value !== null) store.setState(put(loaded.value));
  if (messages.lost && document.items) {
    try {
      const note = readNote(sessionStore()?.getItem(unsavedNoteKey(key)));
      const kept = loaded.value === null ? {} : document.items(loaded.value);
      const lost = note === null ? 0 : Object.keys(note).filter((item) => kept[item] !== note[item]).length;
      if (lost > 0) notify(messages.lost(lost));
      forgetLost();
    } catch {
      // no session storage: nothing was remembered
    }
  }
  // Storage holds more than the page says it keeps: write what is shown, so the two agree.
  if (loaded.trimmed && loaded.value !== null) save(loaded.value);

  store.subscribe((state, previous) => {
    const current = pick(state);
    const before = pick(previous);
    const changed = Object.keys(current as object).some(
      (field) => (current as Record<string, unknown>)[field] !== (before as Record<string, unknown>)[field],
    );
    if (changed) save(current);
  });

  // Another tab wrote: merge its value in (which saves the merge back if this tab knew more).
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null || event.storageArea !== localStore()) return;
    const parsed = parseStoredValue(event.newValue);
    if (!parsed.ok) return;
    const restored = document.restore(parsed.value.state);
    if (parsed.value.version > format) {
      if (status === 'saving') notify(messages.newer);
      status = 'newer';
    } else if (status === 'damaged') {
      // Another tab replaced what could not be read: from now on this tab saves again.
      status = 'saving';
    }
    // Another tab wrote more than the limit (an older version): this tab's next write trims it, so say so.
    if (restored.trimmed && status === 'saving') notify(restored.trimmed);
    const before = pick(store.getState());
    const merged = document.merge(before, restored.value);
    tellOtherTabChange(before, merged);
    store.setState(put(merged));
  });

  return { status: () => status };
}
