import { countText, spokenSyllables, splitLoan } from './text.ts';
import type { ReadingLevelMeasure } from './text.ts';

const vowels = new Set([...'aeiouäöüy']);
/** Vowel pairs said as one sound: diphthongs and long vowels. Any other pair is two syllables ("The-a-ter"). */
const pairs = new Set(['aa', 'ai', 'au', 'ay', 'äu', 'ee', 'ei', 'eu', 'ey', 'ie', 'oo']);

/**
 * Syllables in German letters, no English loans among them. Each vowel is a syllable, except that the pairs
 * above are one ("Projektleiter" is Pro-jekt-lei-ter), read from the left so "Feier" is Fei-er. Three
 * spellings are said apart from what the pairs would give: a final -ien after another vowel is i-en
 * ("Medien", "Strategien"), the oo of koo- before p or r is o-o ("Kooperation", "Koordination"), and qu is kw.
 * A y before a vowel is a consonant ("Loyalität"), any other y a vowel ("System").
 */
function nativeSyllables(letters: string): number {
  let said = letters
    .replace(/qu/g, 'kw')
    .replace(/koo(?=[pr])/g, 'ko_o')
    .replace(/y(?=[aeiouäöü])/g, 'j');
  if (said.endsWith('ien') && [...said.slice(0, -3)].some((letter) => vowels.has(letter))) {
    said = `${said.slice(0, -3)}i_en`;
  }
  let count = 0;
  for (let index = 0; index < said.length; index += 1) {
    if (!vowels.has(said.charAt(index))) continue;
    count += 1;
    if (pairs.has(said.slice(index, index + 2))) index += 1;
  }
  return count;
}

/**
 * Syllables in one German word. English loans keep their English syllables wherever they sit in a compound
 * ("Teamleiter" is team + lei-ter, "Stakeholdern" is stakeholder + n).
 */
function germanSyllables(word: string): number {
  const loan = splitLoan(word);
  if (loan === undefined) return nativeSyllables(word.toLowerCase());
  return germanSyllables(loan.before) + loan.syllables + germanSyllables(loan.after);
}

export function syllablesOf(word: string): number {
  return spokenSyllables(word, germanSyllables);
}

const lettersIn = (word: string): number => [...word].filter((character) => /\p{L}/u.test(character)).length;

/**
 * German: the first Wiener Sachtextformel (Bamberger & Vanecek 1984, "Lesen – Verstehen – Lernen – Schreiben",
 * Wien: Jugend und Volk): 0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875, where MS is the
 * percentage of words of three or more syllables, SL the words per sentence, IW the percentage of words of
 * more than six letters and ES the percentage of one-syllable words. It gives the school year (Schulstufe,
 * counted from the first year as US grades are) a non-fiction text suits, so a score of 8 or less is within
 * grade 8. It was fitted to German, unlike Amstad's Flesch, whose 60–70 band would only borrow English grades.
 */
export const german: ReadingLevelMeasure = {
  formula: 'Wiener Sachtextformel (first)',
  grade8: 'a school year (Schulstufe) of 8 or below',
  syllablesOf,
  scoreOf(text) {
    const { sentences, words } = countText(text, syllablesOf);
    const percentage = (count: number): number => (100 * count) / words.length;
    const ms = percentage(words.filter(({ syllables }) => syllables >= 3).length);
    const sl = words.length / sentences;
    const iw = percentage(words.filter(({ word }) => lettersIn(word) > 6).length);
    const es = percentage(words.filter(({ syllables }) => syllables === 1).length);
    return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
  },
  withinGrade8: (score) => score <= 8,
};
