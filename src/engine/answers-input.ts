import { questionBank } from './bank/index.ts';
import type { Question, QuestionBank } from './types.ts';

/** True for a question that counts toward the score; the optional background questions do not. */
export function isScored(question: Question): boolean {
  return question.kind !== 'background';
}

/** Answers read from somewhere untrusted, with a count of what had to be left out. */
export interface ReadAnswers {
  answers: Record<string, string>;
  /** Entries that named a question or option the bank does not hold, or were not text. */
  dropped: number;
}

/**
 * Reads answers from untrusted data (storage, a file, a message): keeps each entry whose question and
 * option the bank holds, and counts the rest. Never throws.
 * @example readAnswers({ 'customer-slowdowns': 'a-lot', nonsense: 1 }); // { answers: { 'customer-slowdowns': 'a-lot' }, dropped: 1 }
 */
export function readAnswers(input: unknown, bank: QuestionBank = questionBank): ReadAnswers {
  const answers: Record<string, string> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { answers, dropped: 0 };
  let dropped = 0;
  for (const [questionId, optionId] of Object.entries(input)) {
    const question = bank.questions.find((candidate) => candidate.id === questionId);
    if (typeof optionId === 'string' && question?.options.some((option) => option.id === optionId)) {
      answers[questionId] = optionId;
    } else {
      dropped++;
    }
  }
  return { answers, dropped };
}

/** Where a person stands in the quiz. */
export interface Progress {
  answered: number;
  total: number;
  complete: boolean;
  /** Index in bank order of the first unanswered question, or null when every question is answered. */
  firstUnanswered: number | null;
}

/** Seconds a person takes over one question of each kind: a rating is quick, a situation takes longer. */
export const secondsPerQuestion = {
  interest: 8,
  agreement: 10,
  choice: 14,
  scenario: 20,
  background: 8,
} as const;

/** About how long the quiz takes, to the nearest minute. */
export function minutesToAnswer(bank: QuestionBank = questionBank): number {
  const seconds = bank.questions.reduce((sum, question) => sum + secondsPerQuestion[question.kind], 0);
  return Math.round(seconds / 60);
}

/**
 * How far through the bank's scored questions a set of answers is. The optional background questions
 * at the end never hold a quiz back.
 */
export function progressOf(
  answers: Readonly<Record<string, string>>,
  bank: QuestionBank = questionBank,
): Progress {
  const index = bank.questions.findIndex(
    (question) => isScored(question) && !Object.hasOwn(answers, question.id),
  );
  const answered = bank.questions.filter(
    (question) => isScored(question) && Object.hasOwn(answers, question.id),
  ).length;
  return {
    answered,
    total: bank.questions.filter(isScored).length,
    complete: index === -1,
    firstUnanswered: index === -1 ? null : index,
  };
}

/**
 * How many of these answers count toward a result: every answer but those to the optional background
 * questions. An answer to a question this bank no longer holds counts, as it did when it was given.
 * @example scoredAnswerCount({ 'customer-slowdowns': 'a-lot', 'current-role': 'designer' }); // 1
 */
export function scoredAnswerCount(
  answers: Readonly<Record<string, string>>,
  bank: QuestionBank = questionBank,
): number {
  const background = new Set(
    bank.questions.filter((question) => !isScored(question)).map((question) => question.id),
  );
  return Object.keys(answers).filter((id) => !background.has(id)).length;
}

/**
 * True when two sets of answers are the same answers to the same questions: the one rule for "same
 * answers" (a repeated result, the current result among past ones, your own share link).
 * @example sameAnswers({ 'customer-slowdowns': 'a-lot' }, { 'customer-slowdowns': 'a-lot' }); // true
 */
export function sameAnswers(
  first: Readonly<Record<string, string>>,
  second: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(first);
  return keys.length === Object.keys(second).length && keys.every((key) => first[key] === second[key]);
}
