import { countText, loanSyllables, spokenSyllables } from './text.ts';
import type { ReadingLevelMeasure } from './text.ts';

const vowels = new Set([...'aeiouyàâäéèêëîïôöùûüœæ']);
const consonantsBeforeLOrR = new Set([...'bcdfgkptv']);

/**
 * Words ending in -ent that say it, unlike a verb's plural ("ils gèrent", "ils planifient"). Words in -ment
 * say it too ("simplement", "le moment"). Any other -ent is taken for the silent ending: an approximation, as
 * spelling cannot tell "le président" from "ils président", nor "le moment" from "ils aiment".
 */
const saidEnt = new Set([
  'absent',
  'accent',
  'accident',
  'adolescent',
  'agent',
  'apparent',
  'client',
  'coefficient',
  'cohérent',
  'compétent',
  'concurrent',
  'content',
  'différent',
  'efficient',
  'équivalent',
  'évident',
  'excellent',
  'fréquent',
  'incident',
  'inconvénient',
  'intelligent',
  'parent',
  'patient',
  'permanent',
  'pertinent',
  'précédent',
  'présent',
  'président',
  'prudent',
  'récent',
  'souvent',
  'talent',
  'transparent',
  'urgent',
]);

const hasVowel = (letters: string): boolean => [...letters].some((letter) => vowels.has(letter));

/** The word without its silent ending: a final -e or -es, or the -ent of a verb's plural. */
function withoutSilentEnding(word: string, asWritten: string): string {
  const drop = (length: number): string => (hasVowel(word.slice(0, -length)) ? word.slice(0, -length) : word);
  if (word.endsWith('ent') && !word.endsWith('ment') && !saidEnt.has(asWritten)) return drop(3);
  if (word.endsWith('es')) return drop(2);
  if (word.endsWith('e')) return drop(1);
  return word;
}

/**
 * Syllables in one French word, as it is said in ordinary speech:
 * - qu is k, gu before e or i is g, ge before a or o is j, so their u and e are no vowels;
 * - a final e or es is silent ("équipe", "idées"), unless it is the word's only vowel ("le", "les"), and so
 *   is the -ent of a verb's plural (see `saidEnt`);
 * - vowels written side by side make one sound (eau, ou, oi, ai, au, eu, œu, ui, ie: "beaucoup", "produit",
 *   "bien"), except where they are said apart: after é ("réunion", "créer"), before é or è ("poète"), with a
 *   diaeresis ("naïf", "Noël"), in oo, ao, oa and oe ("coordination"), an i after a consonant and l or r
 *   ("client", "prier"), and a y between vowels, said i-i ("payer", "moyen").
 */
function frenchSyllables(word: string): number {
  // An elided l', d' or qu' adds no syllable ("l'équipe", "qu'il"); jusqu'à and aujourd'hui keep their letters.
  const asWritten = word
    .toLowerCase()
    .replace(/^(?:[a-z]|qu)['’]/, '')
    .replace(/['’]/g, '');
  const loan = loanSyllables(asWritten);
  if (loan !== undefined) return loan;
  const said = asWritten
    .replace(/qu/g, 'k')
    .replace(/gu(?=[eéèêiîy])/g, 'g')
    .replace(/ge(?=[aoâô])/g, 'j');
  const letters = [...withoutSilentEnding(said, asWritten)];
  const saysApart = (previous: string, letter: string, index: number): boolean => {
    const pair = previous + letter;
    if ('ïüë'.includes(letter) || previous === 'é') return true;
    if ('éè'.includes(letter) && 'aoe'.includes(previous)) return true;
    if (pair === 'oo' || pair === 'ao' || pair === 'oa') return true;
    if (pair === 'oe') return !'ui'.includes(letters[index + 1] ?? '');
    if (letter === 'y') return vowels.has(letters[index + 1] ?? '');
    const beforeI = letters[index - 2] ?? '';
    const cluster = consonantsBeforeLOrR.has(letters[index - 3] ?? '') && 'lr'.includes(beforeI);
    return previous === 'i' && cluster;
  };
  let count = 0;
  let previous: string | undefined;
  letters.forEach((letter, index) => {
    if (!vowels.has(letter)) {
      previous = undefined;
      return;
    }
    if (previous === undefined || saysApart(previous, letter, index)) count += 1;
    previous = letter;
  });
  return count;
}

export function syllablesOf(word: string): number {
  return spokenSyllables(word, frenchSyllables);
}

/**
 * French: Flesch reading ease adapted by Kandel & Moles (1958, "Application de l'indice de Flesch à la langue
 * française", Cahiers Études de Radio-Télévision 19: 253–274): 207 − 1.015 × words per sentence − 73.6 ×
 * syllables per word. They refitted the word term so French texts land on Flesch's own scale, where 60–70 is
 * "standard", 8th–9th grade. So a score of 60 or more is within grade 8, as Flesch 60 is in English.
 */
export const french: ReadingLevelMeasure = {
  formula: 'Kandel–Moles',
  grade8: 'a score of 60 or more',
  syllablesOf,
  scoreOf(text) {
    const { sentences, words, syllables } = countText(text, syllablesOf);
    return 207 - 1.015 * (words.length / sentences) - 73.6 * (syllables / words.length);
  },
  withinGrade8: (score) => score >= 60,
};
