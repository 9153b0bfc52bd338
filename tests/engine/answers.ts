// Helpers that build answer sets for engine tests.
import fc from 'fast-check';
import { questionBank } from '../../src/engine/index.ts';
import type { Answers, Question, Track } from '../../src/engine/index.ts';

/** The option in `question` that leans furthest toward `track`. */
export function strongestOption(question: Question, track: Track): string {
  const sign = track === 'product' ? 1 : -1;
  const best = [...question.options].sort((first, second) => sign * (second.lean - first.lean))[0];
  if (!best) throw new Error(`Question ${question.id} has no options.`);
  return best.id;
}

/** Answers every question (or the given ones) at full strength toward `track`. */
export function answersToward(
  track: Track,
  questions: readonly Question[] = questionBank.questions,
): Answers {
  return Object.fromEntries(questions.map((question) => [question.id, strongestOption(question, track)]));
}

export function optionAt(question: Question, index: number): string {
  const option = question.options[index];
  if (!option) throw new Error(`Question ${question.id} has no option ${index}.`);
  return option.id;
}

export function questionById(id: string): Question {
  const question = questionBank.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`No question ${id}.`);
  return question;
}

/** Any subset of the bank answered with any options. */
export const arbitraryAnswers: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    ...questionBank.questions.map((question) =>
      fc.option(fc.constantFrom(...question.options.map((option) => option.id)), { nil: undefined }),
    ),
  )
  .map((chosen) => {
    const answers: Record<string, string> = {};
    questionBank.questions.forEach((question, index) => {
      const optionId = chosen[index];
      if (optionId !== undefined) answers[question.id] = optionId;
    });
    return answers;
  });
