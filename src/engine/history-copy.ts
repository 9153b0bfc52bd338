// The words of the past results pages, in one place and one voice. Only those pages read them, so they
// load with them (lingui.config.ts).
import { msg } from '@lingui/core/macro';
import { quoted } from './message.ts';
import { headlineOf } from './result-copy.ts';
import type { Message, Strength, Track } from './types.ts';

export interface ResultReading {
  strength: Strength;
  track: Track;
}

/**
 * For a past result whose kept reading differs from how the same answers read today: what it said then,
 * and why it changed. Null when it reads as it did. The answers and the kept reading are never changed.
 * @example translate(pastReadingNote({ strength: 'clear', track: 'project' }, { strength: 'moderate', track: 'project' })); // 'When you finished, this result read “A clear lean toward Technical Project Manager”...'
 */
export function pastReadingNote(kept: ResultReading | undefined, now: ResultReading): Message | null {
  // A close call names no role, so it reads the same whichever way it tilts.
  const sameHeadline =
    kept?.strength === now.strength && (now.strength === 'close' || kept.track === now.track);
  if (kept === undefined || sameHeadline) return null;
  const headline = quoted(headlineOf(kept.strength, kept.track, 1));
  return msg`When you finished, this result read “${headline}”. The quiz has since become more careful about how sure a result is, so the same answers now read as shown here.`;
}

/** The words of the past results page that say what deleting removes, and what stays. */
export const historyWords = {
  currentHeading: msg`Your current result`,
  currentStays: msg`This is the result of your current answers. It is not a past result: it stays until you start over, even if you delete every past result.`,
  seeYourResult: msg`See your result`,
  isCurrent: msg({
    message: 'your current result',
    comment: 'A tag in a list of past results, after a “·”.',
  }),
  noneKept: msg`No past results are kept in this browser.`,
  deletedStatus: msg`Deleted just now`,
  deleted: (date: string): Message => msg`The result from ${date} was deleted.`,
  undo: msg({ message: 'Undo', comment: 'A button: bring back the past result just deleted.' }),
  deleteAll: msg`Delete all past results`,
  deleteAllQuestion: msg`Delete every past result kept in this browser? Your current answers and result stay until you start over.`,
  deleteAllConfirm: msg`Yes, delete past results`,
  deleteAllCancel: msg({ message: 'Keep them', comment: 'A button: do not delete the past results.' }),
} as const;
