// Names under which the app keeps things in this browser. The start page reads them before any of the
// app has loaded, so this file imports nothing.

/** The person's answers and progress (see quiz-slice.ts). */
export const quizStorageKey = 'which-tpm:quiz';

/**
 * The language the person chose from a language menu or offer, as the link's `hreflang` names it ("pt-BR"):
 * the language a share link, whose address names none, reads in, and the one the English start page offers.
 */
export const languageStorageKey = 'which-tpm:language';

/** The language the person chose, or null when they never chose one (or storage cannot be read). */
export function chosenLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/** Remembers a chosen language; where storage refuses, the choice holds for the address alone. */
export function chooseLanguage(locale: string): void {
  try {
    localStorage.setItem(languageStorageKey, locale);
  } catch {
    // Nothing to do: the page that follows is in the chosen language anyway.
  }
}

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
