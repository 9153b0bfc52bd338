import { countText, loanSyllables, spokenSyllables } from './text.ts';
import type { ReadingLevelMeasure } from './text.ts';

/** Vowels that keep their own syllable next to another such vowel: a, e, o, and an accented i or u. */
const strong = new Set([...'aeoáéóíú']);
const weak = new Set([...'iuü']);

/**
 * Syllables in one Spanish word, by the Real Academia's rules for vowels side by side:
 * - a weak vowel (i, u, ü) next to any vowel joins it in one syllable: a diphthong ("gestión", "ciudad")
 *   or a triphthong ("Uruguay", "buey");
 * - two strong vowels (a, e, o) are two syllables: a hiatus ("teatro", "leer");
 * - an accent on i or u makes it strong, so it breaks what would be a diphthong ("día", "país", "aún").
 * A final y after a vowel is the vowel i ("hoy", "muy"), as is y on its own; elsewhere y is a consonant
 * ("proyecto"). A silent h counts as a consonant, which parts vowels: harmless between strong vowels
 * ("ahora"), one syllable too many in the rare diphthong across it ("prohibir", "rehusar").
 */
function spanishSyllables(word: string): number {
  const loan = loanSyllables(word);
  if (loan !== undefined) return loan;
  const letters = [...word.toLowerCase()];
  let count = 0;
  let previous: string | undefined;
  letters.forEach((letter, index) => {
    const isFinalY =
      letter === 'y' && index === letters.length - 1 && (index === 0 || previous !== undefined);
    const vowel = isFinalY ? 'i' : letter;
    if (!strong.has(vowel) && !weak.has(vowel)) {
      previous = undefined;
      return;
    }
    // A new vowel starts a syllable unless it runs on from the one before; two strong vowels never run on.
    if (previous === undefined || (strong.has(previous) && strong.has(vowel))) count += 1;
    previous = vowel;
  });
  return count;
}

export function syllablesOf(word: string): number {
  return spokenSyllables(word, spanishSyllables);
}

/**
 * Spanish: Fernández-Huerta lecturabilidad (J. Fernández Huerta 1959, "Medidas sencillas de lecturabilidad",
 * Consigna 214: 29–32): 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence. Its last term
 * is often printed as "sentences per 100 words", which would make short sentences harder; Gwillim Law showed
 * (LINGUIST List 22.2332, 2011) it must be sentence length, as in Flesch's formula that it adapts.
 * Fernández-Huerta kept Flesch's scale and its school grades: 60–70 is "normal", 7th or 8th grade, as Flesch
 * 60–70 is 8th–9th grade. So a score of 60 or more is within grade 8.
 */
export const spanish: ReadingLevelMeasure = {
  formula: 'Fernández-Huerta',
  grade8: 'a score of 60 or more',
  syllablesOf,
  scoreOf(text) {
    const { sentences, words, syllables } = countText(text, syllablesOf);
    return 206.84 - 0.6 * ((100 * syllables) / words.length) - 1.02 * (words.length / sentences);
  },
  withinGrade8: (score) => score >= 60,
};
