import { german } from './de.ts';
import { english } from './en.ts';
import { spanish } from './es.ts';
import { french } from './fr.ts';
import { portuguese } from './pt-br.ts';
import { locales, type Locale } from '../../../src/lib/locales.ts';
import type { ReadingLevelMeasure } from './text.ts';

export type { ReadingLevelMeasure } from './text.ts';

/**
 * Every language the app is written in (src/lib/locales.ts). A language added there has no measure until
 * the record below names one, and the tests' tables of hand counts are typed by the same list, so neither
 * can be forgotten.
 */
export const readingLevelLocales = locales;

export type ReadingLevelLocale = Locale;

/** Each language's own formula, with the score on it that reads like English grade 8. */
export const readingLevelMeasures: Readonly<Record<ReadingLevelLocale, ReadingLevelMeasure>> = {
  en: english,
  es: spanish,
  de: german,
  'pt-br': portuguese,
  fr: french,
};

export interface ReadingLevel {
  /** The formula that scored the text. */
  formula: string;
  /** The text's score on that formula: a grade for en and de, a reading ease (higher is easier) for the rest. */
  score: number;
  /** Whether the score reads at English grade 8 or below. */
  withinGrade8: boolean;
}

/** How hard a text in one language is to read, by that language's own formula. */
export function readingLevel(locale: ReadingLevelLocale, text: string): ReadingLevel {
  const measure = readingLevelMeasures[locale];
  const score = measure.scoreOf(text);
  return { formula: measure.formula, score, withinGrade8: measure.withinGrade8(score) };
}
