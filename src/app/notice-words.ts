// The notices' words are fetched with the first notice: most visits have none, so no page carries them.
// See docs/decisions/025-catalogs-by-page-and-short-ids.md
import { loadCatalog } from '../lib/i18n.ts';
import { loadModule } from '../lib/load-module.ts';

let noticeWordsLoad: Promise<void> | undefined;

/**
 * The one load of the notices' words, which the notices wait for. Tried twice but never by reloading,
 * which would lose the notice; a load that failed stays failed, so the notices can say so, until the
 * person asks to try again.
 */
export function noticeWords(): Promise<void> {
  noticeWordsLoad ??= loadModule(() => loadCatalog('notices'), { reloadPage: false });
  return noticeWordsLoad;
}

/** Lets the next wait for the notices' words fetch them afresh, when the person asks to try again. */
export function fetchNoticeWordsAgain(): void {
  noticeWordsLoad = undefined;
}
