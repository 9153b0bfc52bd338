import { countText, loanSyllables, spokenSyllables } from './text.ts';
import type { ReadingLevelMeasure } from './text.ts';

const vowels = new Set([...'aeiouyáéíóúâêôãõàü']);
/** Unaccented i and u: the second half of a falling diphthong ("pai", "muito", "céu"). */
const glides = new Set([...'iuy']);
const accentedHigh = new Set([...'íú']);
const nasal = new Set([...'ãõ']);

/**
 * Syllables in one Brazilian Portuguese word. Vowels side by side are one syllable only in these cases:
 * - a falling diphthong, a vowel then an unaccented i or u ("pai", "muito", "céu", "herói"), unless the i or
 *   u is closed by m, n, l, r or z, or followed by nh, which makes it its own syllable ("ainda", "ruim", "sair",
 *   "rainha");
 * - a nasal diphthong after ã or õ ("não", "mãe", "ações");
 * - "ao" and "aos", said "au".
 * Everything else is a hiatus: two strong vowels ("teatro", "voo"), an accented í or ú ("país",
 * "saída"), and an unaccented i or u before a vowel ("dia", "cliente", "história"). That last case is the
 * dictionaries' split (his·tó·ri·a); grammars allow "his-tó-ria" too, and counting the hiatus is the stricter
 * choice: it can only lower a score. The u of qu and gu before a vowel is a glide or silent ("quando", "água").
 */
function portugueseSyllables(word: string): number {
  const loan = loanSyllables(word);
  if (loan !== undefined) return loan;
  const letters = [...word.toLowerCase()];
  if (letters.join('') === 'ao' || letters.join('') === 'aos') return 1;
  const isVowelAt = (index: number): boolean => {
    const letter = letters[index] ?? '';
    if (!vowels.has(letter)) return false;
    const afterQorG = letters[index - 1] === 'q' || letters[index - 1] === 'g';
    return !((letter === 'u' || letter === 'ü') && afterQorG && vowels.has(letters[index + 1] ?? ''));
  };
  const closesOwnSyllable = (index: number): boolean => {
    const next = letters[index + 1];
    const after = letters[index + 2];
    if (next === 'n' && after === 'h') return true;
    return next !== undefined && 'mnlrz'.includes(next) && (after === undefined || !vowels.has(after));
  };
  let count = 0;
  let previous: string | undefined;
  letters.forEach((letter, index) => {
    if (!isVowelAt(index)) {
      previous = undefined;
      return;
    }
    const joins =
      previous !== undefined &&
      !accentedHigh.has(letter) &&
      !accentedHigh.has(previous) &&
      (nasal.has(previous) || (glides.has(letter) && !closesOwnSyllable(index)));
    if (!joins) count += 1;
    previous = letter;
  });
  return count;
}

export function syllablesOf(word: string): number {
  return spokenSyllables(word, portugueseSyllables);
}

/**
 * Brazilian Portuguese: Flesch reading ease adapted by Martins, Ghiraldelo, Nunes & Oliveira Jr. (1996,
 * "Readability formulas applied to textbooks in Brazilian Portuguese", Notas do ICMC-USP 28):
 * 248.835 − 1.015 × words per sentence − 84.6 × syllables per word. They raised Flesch's constant by 42
 * because Portuguese words are longer, and set four bands: 75–100 very easy (school years 1–5), 50–75 easy
 * (years 6–9, the old 5ª–8ª série), 25–50 hard (secondary), 0–25 very hard (university). Grade 8 sits in the
 * easy band, so a score of 50 or more is within grade 8.
 */
export const portuguese: ReadingLevelMeasure = {
  formula: 'Flesch adapted by Martins et al.',
  grade8: 'a score of 50 or more',
  syllablesOf,
  scoreOf(text) {
    const { sentences, words, syllables } = countText(text, syllablesOf);
    return 248.835 - 1.015 * (words.length / sentences) - 84.6 * (syllables / words.length);
  },
  withinGrade8: (score) => score >= 50,
};
