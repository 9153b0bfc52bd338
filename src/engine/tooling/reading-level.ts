import { syllable } from 'syllable';

// Checks the bank's words, and is not shipped: the app never imports it.

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const sentenceEnd = /[.!?]+(?=\s|$)/u;

/** The words of a text: runs of letters and digits; a hyphen or a dash separates two words. */
function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Sentences that hold at least one word; a label without a full stop is one sentence. */
function sentenceCount(text: string): number {
  return text.split(sentenceEnd).filter((part) => wordsOf(part).length > 0).length;
}

/**
 * The Flesch–Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word
 * − 15.59, with syllables counted by the `syllable` package. Very short, plain texts score below 0.
 * @returns the grade, or 0 for a text without words
 * @example fleschKincaidGrade('The cat sat on the mat.'); // about -1.4
 */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentenceCount(text)) + 11.8 * (syllables / words.length) - 15.59;
}

/**
 * Fewest words a text needs for its grade to mean anything. On one to four words the formula measures
 * only their syllables: "Designer" scores 20 and "Neither agree nor disagree" 10. Such texts are
 * names and scale points, not sentences; they are listed apart instead of graded.
 */
export const fewestWordsToGrade = 5;

export interface ReadingLevel {
  /** The hardest text's grade. */
  max: number;
  /** The mean grade, with grades below 0 counted as 0 so that short labels cannot hide hard sentences. */
  mean: number;
  /** The five hardest texts, hardest first. */
  worst: { text: string; grade: number }[];
  /** Texts too short to grade, left out of the figures above. */
  tooShort: string[];
}

/**
 * The reading level of a set of texts, each text counted once however often it appears. `names` (the
 * two role titles, say) are read as one word each: a reader knows them as names, not as the long words
 * in them.
 * @example readingLevelOf(['You would enjoy planning the work.', 'Very much']).tooShort; // ['Very much']
 */
export function readingLevelOf(texts: readonly string[], names: readonly string[] = []): ReadingLevel {
  const asNames = (text: string) => names.reduce((result, name) => result.replaceAll(name, 'Name'), text);
  const unique = [...new Set(texts.map(asNames))];
  const tooShort = unique.filter((text) => wordsOf(text).length < fewestWordsToGrade);
  const graded = unique
    .filter((text) => wordsOf(text).length >= fewestWordsToGrade)
    .map((text) => ({ text, grade: fleschKincaidGrade(text) }));
  if (graded.length === 0) return { max: 0, mean: 0, worst: [], tooShort };
  const byGrade = [...graded].sort((first, second) => second.grade - first.grade);
  const mean = graded.reduce((sum, { grade }) => sum + Math.max(0, grade), 0) / graded.length;
  return { max: byGrade[0]?.grade ?? 0, mean, worst: byGrade.slice(0, 5), tooShort };
}
