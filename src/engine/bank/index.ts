import type { Question, QuestionBank } from '../types.ts';
import { careerQuestions } from './career.ts';
import { compassQuestions } from './compass.ts';
import { dimensions } from './dimensions.ts';
import { directionQuestions } from './direction.ts';
import { measureQuestions } from './measure.ts';
import { ownershipQuestions } from './ownership.ts';
import { peopleQuestions } from './people.ts';
import { toolkitQuestions } from './toolkit.ts';
import { uncertaintyQuestions } from './uncertainty.ts';

const allQuestions = new Map<string, Question>(
  [
    ...directionQuestions,
    ...compassQuestions,
    ...uncertaintyQuestions,
    ...measureQuestions,
    ...ownershipQuestions,
    ...peopleQuestions,
    ...toolkitQuestions,
    ...careerQuestions,
  ].map((question) => [question.id, question]),
);

// The order a person meets the questions in: dimensions and kinds interleaved so that no stretch of
// the quiz dwells on one theme, and an easy forced choice opens it.
const quizOrder = [
  'free-afternoon',
  'support-tickets',
  'way-of-working',
  'promise-kept',
  'shared-engineer',
  'join-sales-call',
  'build-from-scratch',
  'answer-for-product',
  'payments-launch',
  'know-inside-out',
  'spot-risks-early',
  'one-chart',
  'who-what-when',
  'lunch-meeting',
  'longest-chain',
  'one-course',
  'goal-into-plan',
  'rival-feature',
  'start-without-answer',
  'proudest-line',
  'blank-page',
  'two-weeks-late',
  'final-say',
  'watch-the-budget',
  'first-document',
  'used-not-shipped',
  'title-in-ten-years',
  'say-not-yet',
  'vague-request',
  'straight-answer',
] as const;

function inQuizOrder(): Question[] {
  if (quizOrder.length !== allQuestions.size) {
    throw new Error(
      `The quiz order lists ${quizOrder.length} questions but the bank has ${allQuestions.size}.`,
    );
  }
  return quizOrder.map((id) => {
    const question = allQuestions.get(id);
    if (!question) throw new Error(`The quiz order names "${id}", which no dimension file defines.`);
    return question;
  });
}

/** The question bank every score is computed from. */
export const questionBank: QuestionBank = {
  id: 'which-tpm',
  version: 1,
  dimensions,
  questions: inQuizOrder(),
};
