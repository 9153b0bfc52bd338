// The sentences the engine writes about a result, in one place and one voice. Plain words: each is
// checked at reading grade 8 or below (tests/engine/reading-level.test.ts).
import type { InterestPattern, Strength, Track } from './types.ts';

export const trackTitles: Readonly<Record<Track, string>> = {
  product: 'Technical Product Manager',
  project: 'Technical Project Manager',
};

/** The headline of a result. A close call says so, and names no role. */
export function headlineOf(strength: Strength, track: Track, answered: number): string {
  if (answered === 0) return 'No answers yet';
  if (strength === 'close') return 'A close call between the two roles';
  return `${strength === 'clear' ? 'A clear' : 'A moderate'} lean toward ${trackTitles[track]}`;
}

/** For a close call, which way the answers tilt; null for a moderate or clear lean. */
export function tiltOf(
  strength: Strength,
  track: Track,
  productShare: number,
  answered: number,
): string | null {
  if (answered === 0 || strength !== 'close') return null;
  if (productShare === 0.5) return 'Your answers are evenly balanced between the two.';
  return `Your answers tilt a little toward ${trackTitles[track]}.`;
}

/** The stability in words. No figure: the model backs the band, not the exact percentage. */
export function stabilityNoteOf(strength: Strength, answered: number): string {
  if (answered === 0) return 'Answer a few questions to see where you lean.';
  if (strength === 'clear') return 'If you took the quiz again, you would almost surely get the same role.';
  if (strength === 'moderate') return 'If you took the quiz again, you would most likely get the same role.';
  return 'If you took the quiz again, you could well get the other role.';
}

export const interestNotes: Readonly<Record<InterestPattern, string>> = {
  both: 'Both kinds of work appeal to you.',
  neither: 'Neither kind of work pulls strongly.',
  product: 'The product work appeals to you more than the project work.',
  project: 'The project work appeals to you more than the product work.',
  similar: 'The two kinds of work appeal to you about the same.',
  unknown: 'Rate a few everyday tasks to see how much each kind of work appeals.',
};

/** Words for one interest level in [0, 1], on the scale the questions used. */
export function interestLevelWords(level: number): string {
  if (level >= 0.875) return 'Very much';
  if (level >= 0.625) return 'A lot';
  if (level >= 0.375) return 'Somewhat';
  if (level >= 0.125) return 'A little';
  return 'Not at all';
}

export const cautionMessages = {
  incomplete: (answered: number, total: number) =>
    `You answered ${answered} of ${total} questions. The result uses only those answers, so it is less sure than a full one.`,
  straightLining: (where: 'first' | 'last' | 'same', count: number, answered: number) =>
    `You picked the ${where} option on ${count} of ${answered} questions. If you were clicking through fast, the result may say more about the order of the options than about you.`,
  inconsistent: (pairs: number) =>
    pairs === 1
      ? 'You gave the same answer to two statements that say opposite things. Read them again: one of those answers may not be what you meant.'
      : `You gave the same answer to ${pairs} pairs of statements that say opposite things. Read them again: some of those answers may not be what you meant.`,
} as const;
