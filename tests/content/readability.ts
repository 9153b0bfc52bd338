import { syllable } from 'syllable';

/** Splits text into sentences at end punctuation followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The words of a sentence, with the punctuation around each one stripped. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean);
}

/** Acronyms said as a word rather than letter by letter. */
const spokenAsWords: Readonly<Record<string, number>> = { PRINCE2: 2, AXELOS: 3, SAFE: 1 };

/**
 * Syllables in one word, as a reader says it. The syllable package guesses from spelling, which fails on two
 * kinds of word this content uses, so they get their own rules:
 * - a figure in digits ("35", "$94,500") is read at a glance, and counts as two syllables;
 * - an acronym ("PMP", "QA") is said letter by letter, so each letter is a syllable.
 */
export function syllablesOf(word: string): number {
  if (word.includes('-')) {
    return word
      .split('-')
      .filter(Boolean)
      .reduce((sum, part) => sum + syllablesOf(part), 0);
  }
  const spoken = spokenAsWords[word.toUpperCase()];
  if (spoken !== undefined && word === word.toUpperCase()) return spoken;
  if (/^\$?[\d,.]+%?$/.test(word)) return 2;
  if (/^[A-Z]{2,}\d*$/.test(word)) return word.replace(/\d/g, '').length;
  return Math.max(1, syllable(word));
}

/** Flesch–Kincaid grade of a piece of text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function gradeOf(text: string): number {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}
