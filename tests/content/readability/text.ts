/** Splits text into sentences at end punctuation followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * The words of a sentence, with the punctuation around each one stripped. A figure grouped with a no-break
 * or thin space, as French writes "94 500", stays one word: a reader takes it in at a glance.
 */
export function wordsOf(sentence: string): string[] {
  return sentence
    .replace(/(?<=\d)[\u00A0\u2009\u202F](?=\d)/g, '')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean);
}

/** Acronyms said as a word rather than letter by letter, in any language. */
const spokenAsWords: Readonly<Record<string, number>> = { PRINCE2: 2, AXELOS: 3, SAFE: 1 };

/**
 * Syllables in one word as a reader says it, whatever the language. A formula's own counter guesses from
 * spelling, which fails on three kinds of word this content uses, so they get their own rules:
 * - parts joined by a hyphen are said one after the other;
 * - a figure in digits ("35", "$94,500", "12 %", "94.500€") is read at a glance, and counts as two syllables;
 * - an acronym ("PMP", "QA") is said letter by letter, so each letter is a syllable.
 * Every other word goes to `syllablesOfWord`, the language's own counter, and has at least one syllable.
 */
export function spokenSyllables(word: string, syllablesOfWord: (word: string) => number): number {
  if (word.includes('-')) {
    return word
      .split('-')
      .filter(Boolean)
      .reduce((sum, part) => sum + spokenSyllables(part, syllablesOfWord), 0);
  }
  const spoken = spokenAsWords[word.toUpperCase()];
  if (spoken !== undefined && word === word.toUpperCase()) return spoken;
  if (/^(?:R?\$|€)?[\d,.]+(?:%|€)?$/.test(word)) return 2;
  if (/^[A-Z]{2,}\d*$/.test(word)) return word.replace(/\d/g, '').length;
  return Math.max(1, syllablesOfWord(word));
}

/**
 * English words a translation keeps as they are ("el backlog", "das Team"), with the syllables an English
 * speaker gives them: spelled-out rules of another language would miscount them ("team" is not te-am).
 */
const englishLoans: Readonly<Record<string, number>> = {
  backlog: 2,
  deadline: 2,
  feature: 2,
  feedback: 2,
  lead: 1,
  leader: 2,
  management: 3,
  manager: 3,
  meeting: 2,
  owner: 2,
  release: 2,
  roadmap: 2,
  scrum: 1,
  software: 2,
  sprint: 1,
  stakeholder: 3,
  team: 1,
  update: 2,
};

/** Loans longest first, so "leader" is found before "lead". */
const loansLongestFirst = Object.entries(englishLoans).sort(([a], [b]) => b.length - a.length);

/** Syllables of a word that is an English loan, alone or with a plural s ("stakeholders"); undefined if not. */
export function loanSyllables(word: string): number | undefined {
  const lower = word.toLowerCase();
  return englishLoans[lower] ?? (lower.endsWith('s') ? englishLoans[lower.slice(0, -1)] : undefined);
}

/**
 * Splits the first English loan out of a compound ("Produktteams" → "produkt", team, "s"), for languages
 * that build compounds from loans. The parts on either side keep their letters for the language's own rules.
 */
export function splitLoan(word: string): { before: string; syllables: number; after: string } | undefined {
  const lower = word.toLowerCase();
  for (const [loan, syllables] of loansLongestFirst) {
    const at = lower.indexOf(loan);
    if (at >= 0) return { before: lower.slice(0, at), syllables, after: lower.slice(at + loan.length) };
  }
  return undefined;
}

/** What the Flesch-style formulas need from a text: how many sentences, and each word with its syllables. */
export interface TextCounts {
  sentences: number;
  words: { word: string; syllables: number }[];
  syllables: number;
}

/** Counts a text's sentences, words and syllables, and refuses text without words, where no score means anything. */
export function countText(text: string, syllablesOf: (word: string) => number): TextCounts {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf).map((word) => ({ word, syllables: syllablesOf(word) }));
  if (words.length === 0) throw new RangeError(`No words to measure in ${JSON.stringify(text)}`);
  return {
    sentences: sentences.length,
    words,
    syllables: words.reduce((sum, { syllables }) => sum + syllables, 0),
  };
}

/** One language's reading-level formula, and the score on it that reads like English grade 8. */
export interface ReadingLevelMeasure {
  /** The formula's name, as its literature calls it. */
  readonly formula: string;
  /** Where a text must score to read at English grade 8, in words, for failure messages. */
  readonly grade8: string;
  /** Syllables in one word, as a reader of the language says it. */
  syllablesOf(word: string): number;
  /** The formula's score for a text. */
  scoreOf(text: string): number;
  /** Whether a score on this formula reads at English grade 8 or below. */
  withinGrade8(score: number): boolean;
}
