// Every text a person reads that the engine owns: the bank's words and every form of the result's
// sentences. The audit and the tests hold all of it to reading grade 8.
import { questionBank } from '../bank/index.ts';
import {
  cautionMessages,
  flipSummary,
  headlineOf,
  interestNotes,
  shiftSentence,
  stabilityNoteOf,
  tiltOf,
  trackTitles,
} from '../result-copy.ts';
import { compareWords, themeStance } from '../compare-copy.ts';
import { historyWords } from '../history-copy.ts';
import { quotedPrompt } from '../quoted-prompt.ts';
import type { Message, QuestionBank, Strength, Track } from '../types.ts';
import { englishOf } from './english.ts';

/**
 * Only a sentence is graded: a heading or a label is too short to. Its English source says which (the
 * tooling runs where messages keep it: tests and scripts, never the production build).
 */
const isSentence = (message: Message) => message.message?.endsWith('.') === true;

/**
 * The result's sentences in every form they take, with sample numbers where they hold one, as messages:
 * the reading level grades them in English (`translate` with English active).
 */
export function resultSentences(): Message[] {
  const tracks: Track[] = ['product', 'project'];
  const strengths: Strength[] = ['close', 'moderate', 'clear'];
  return [
    ...strengths.flatMap((strength) => tracks.map((track) => headlineOf(strength, track, 20))),
    ...tracks.flatMap((track) => [tiltOf('close', track, 0.5, 20), tiltOf('close', track, 0.55, 20)]),
    ...strengths.map((strength) => stabilityNoteOf(strength, 20)),
    ...strengths.map((strength) => stabilityNoteOf(strength, 12, 'you', 36)),
    stabilityNoteOf('close', 0),
    ...Object.values(interestNotes),
    cautionMessages.incomplete(12, 36),
    cautionMessages.straightLining('first', 14, 16),
    cautionMessages.straightLining('same', 14, 16),
    cautionMessages.inconsistent(1, 'agreed', ['I like plans.', 'I like change.']),
    cautionMessages.inconsistent(2, 'disagreed', ['I like plans.', 'I like change.']),
    cautionMessages.sameRating('Very much', 18),
    ...Object.values(trackTitles),
    flipSummary('project', 1, false, 20),
    flipSummary('product', 3, false, 20),
    flipSummary('project', 9, true, 36),
    flipSummary('project', 2, false, 20, false),
    shiftSentence(54, 62, 'product', 'product'),
    shiftSentence(52, 47, 'product', 'project'),
    shiftSentence(60, 60, 'product', 'product'),
    ...(['other', 'past'] as const).flatMap((comparedWith) =>
      (['you', 'they'] as const).flatMap((subject) => [
        themeStance(subject, null, 0, comparedWith),
        themeStance(subject, null, 1, comparedWith),
        themeStance(subject, { strongly: false, pole: 'customers and the market' }, 3, comparedWith),
        themeStance(subject, { strongly: true, pole: 'customers and the market' }, 3, comparedWith),
      ]),
    ),
    // The compare and past results pages' sentences; their labels and headings are too short to grade.
    ...[compareWords, compareWords.other, compareWords.past, historyWords]
      .flatMap((words) => Object.values(words))
      .filter((value): value is Message => typeof value === 'object' && 'id' in value)
      .filter(isSentence),
    compareWords.past.lead('4 Dec 2026, 18:05'),
    historyWords.deleted('4 Dec 2026, 18:05'),
  ].filter((message): message is Message => message !== null);
}

/**
 * What the bank shows, in English: prompts as asked and as quoted, option labels, why each answer
 * counts, and each option's reason in both persons.
 */
export function bankTexts(bank: QuestionBank = questionBank) {
  const options = bank.questions.flatMap((question) => question.options);
  return {
    sentences: [
      ...bank.questions.flatMap((question) => [question.prompt, quotedPrompt(question)]),
      ...options.flatMap((option) => option.why ?? []),
      ...options.flatMap((option) => (option.reason ? [option.reason.you, option.reason.they] : [])),
    ].map(englishOf),
    labels: bank.questions.flatMap((question) => question.options.map((option) => englishOf(option.label))),
  };
}

/** The share of scored options that lean one way and carry evidence (1 when all do). */
export function evidenceShare(bank: QuestionBank = questionBank): { leaning: number; withEvidence: number } {
  const leaning = bank.questions
    .filter((question) => question.kind !== 'background')
    .flatMap((question) => question.options.filter((option) => option.lean !== 0));
  return {
    leaning: leaning.length,
    withEvidence: leaning.filter((option) => option.evidence && option.why).length,
  };
}
