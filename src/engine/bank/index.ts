import type { Question, QuestionBank } from '../types.ts';
import { backgroundQuestions } from './background.ts';
import { careerQuestions } from './career.ts';
import { compassQuestions } from './compass.ts';
import { dimensions } from './dimensions.ts';
import { directionQuestions } from './direction.ts';
import { measureQuestions } from './measure.ts';
import { ownershipQuestions } from './ownership.ts';
import { peopleQuestions } from './people.ts';
import { technicalQuestions } from './technical.ts';
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
    ...technicalQuestions,
    ...backgroundQuestions,
  ].map((question) => [question.id, question]),
);

// The order a person meets the questions in. An interest item opens the quiz, because rating one
// activity is the easiest thing to answer; interest items then alternate with choices and statements,
// and product with project activities. No theme comes back within three questions, and the two
// statements of a mirrored pair sit at least ten apart. The unscored background questions come last.
const quizOrder = [
  'customer-slowdowns',
  'final-say',
  'plan-around-delays',
  'rather-plan-how',
  'hear-buyer-wishes',
  'title-in-ten-years',
  'plan-system-move',
  'rather-keep-on-track',
  'picture-next-year',
  'first-document',
  'land-on-the-day',
  'rather-follow-customers',
  'test-idea-first',
  'what-or-how',
  'weigh-new-requests',
  'rival-launch',
  'watch-feature-use',
  'free-afternoon',
  'run-related-projects',
  'rather-explore',
  'choose-among-ideas',
  'proudest-line',
  'update-the-client',
  'twice-as-long',
  'sketch-screens',
  'rather-decide-what',
  'stretch-time-and-money',
  'team-screen-chart',
  'study-rivals',
  'way-of-working',
  'goal-into-steps',
  'rather-follow-plan',
  'shape-software',
  'sit-down-with',
  'task-chart',
  'one-engineer-two-teams',
  'current-role',
  'current-enjoyment',
] as const;

/**
 * Questions of version 1 whose saved answers still mean the same thing in version 2: the prompt and
 * every option that is still offered keep their meaning, and no option was added that could draw a
 * person away from the one they chose. Answers to any other question, or naming an option that was
 * removed (`first-document`'s status report), are set aside.
 */
export const carriedOverFromVersion1: readonly string[] = [
  'free-afternoon',
  'way-of-working',
  'proudest-line',
  'final-say',
  'title-in-ten-years',
  'first-document',
];

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
  version: 2,
  dimensions,
  questions: inQuizOrder(),
};
