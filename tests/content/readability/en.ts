import { syllable } from 'syllable';
import { countText, spokenSyllables } from './text.ts';
import type { ReadingLevelMeasure } from './text.ts';

export { sentencesOf, wordsOf } from './text.ts';

/**
 * Syllables in one English word, as a reader says it. The syllable package guesses from spelling; figures,
 * acronyms and hyphenated words get the shared rules of `spokenSyllables` first.
 */
export function syllablesOf(word: string): number {
  return spokenSyllables(word, syllable);
}

/** Flesch–Kincaid grade of a piece of text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function gradeOf(text: string): number {
  const { sentences, words, syllables } = countText(text, syllablesOf);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

/**
 * English: Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom 1975, "Derivation of new
 * readability formulas", Naval Technical Training Command report 8-75). It gives a US school grade
 * directly, so "within grade 8" is a grade of 8 or below.
 */
export const english: ReadingLevelMeasure = {
  formula: 'Flesch–Kincaid grade level',
  grade8: 'a grade of 8 or below',
  syllablesOf,
  scoreOf: gradeOf,
  withinGrade8: (grade) => grade <= 8,
};
