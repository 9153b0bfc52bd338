// Names under which the app keeps things in this browser. The start page reads them before any of the
// app has loaded, so this file imports nothing.

/** The person's answers and progress (see quiz-slice.ts). */
export const quizStorageKey = 'which-tpm:quiz';

/** The session note of how many answers could not be saved, read after a reload (see synced-storage.ts). */
export function unsavedNoteKey(key: string): string {
  return `${key}:unsaved`;
}

/**
 * Whether this browser may hold any of the quiz: saved answers, or a note that some could not be saved.
 * When storage cannot be read, the answer is yes, so the app loads and says what is wrong.
 */
export function quizMayBeKept(): boolean {
  try {
    return (
      localStorage.getItem(quizStorageKey) !== null ||
      sessionStorage.getItem(unsavedNoteKey(quizStorageKey)) !== null
    );
  } catch {
    return true;
  }
}
