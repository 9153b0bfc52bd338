// The app and its screens load on demand. After a new version is deployed, the files an open page asks
// for may be gone; offline, or on a flaky connection, one may fail to arrive. Either way the person
// should see their page or a plain way on, never a technical error or a blank page. The entry loads the
// app through this too, so it must stay small and free of React. See docs/decisions/011-a-page-that-never-goes-blank.md
import { quizStorageKey, unsavedNoteKey } from './storage-keys.ts';

/** A module could not be fetched, even after a retry and a reload. */
export class ModuleLoadError extends Error {
  override name = 'ModuleLoadError';
}

const reloadMarker = 'which-tpm:reloaded-for';
/** A reload for the same address within this long did not help; a second one would loop. */
const reloadWindowMs = 60_000;
const retryDelayMs = 500;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Reloads the page onto the same address, once: the new page fetches the new version's files, and the
 * answers, kept in storage, come back with it. Not when answers live only in this page (storage
 * refused them) or when a reload for this address just happened.
 * @returns whether the page is reloading
 */
function reloadOnce(): boolean {
  try {
    if (sessionStorage.getItem(unsavedNoteKey(quizStorageKey)) !== null) return false;
    const address = window.location.pathname + window.location.search;
    const last = JSON.parse(sessionStorage.getItem(reloadMarker) ?? 'null') as {
      address?: unknown;
      at?: unknown;
    } | null;
    if (last?.address === address && typeof last.at === 'number' && Date.now() - last.at < reloadWindowMs) {
      return false;
    }
    sessionStorage.setItem(reloadMarker, JSON.stringify({ address, at: Date.now() }));
    window.location.reload();
    return true;
  } catch {
    // Without session storage a reload could loop: say so on screen instead.
    return false;
  }
}

/**
 * Loads a module (the app, or a screen): on failure it tries once more, then reloads the page onto the
 * same address once, then gives up with a ModuleLoadError, which the page explains in plain words.
 * `reloadPage: false` gives up without the reload, for what a reload would lose (a notice that says
 * what happened to saved data is not there after it).
 */
export async function loadModule<Module>(
  load: () => Promise<Module>,
  { reloadPage = true }: { reloadPage?: boolean } = {},
): Promise<Module> {
  try {
    return await load();
  } catch {
    await wait(retryDelayMs);
  }
  try {
    return await load();
  } catch (error) {
    if (reloadPage && typeof window !== 'undefined' && reloadOnce()) {
      // The page is going away; keep showing what it shows until it does.
      return new Promise<Module>(() => undefined);
    }
    throw new ModuleLoadError(error instanceof Error ? error.message : String(error));
  }
}
