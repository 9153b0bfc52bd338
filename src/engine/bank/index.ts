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
  'spot-delays-early',
  'rather-plan-how',
  'hear-buyer-wishes',
  'job-in-ten-years',
  'schedule-server-move',
  'rather-keep-on-track',
  'picture-next-year',
  'first-week-document',
  'finish-by-set-date',
  'rather-change-for-customers',
  'test-idea-first',
  'what-or-how',
  'check-request-fits',
  'rival-ships-feature',
  'watch-feature-use',
  'spare-afternoon',
  'run-related-projects',
  'rather-explore',
  'choose-among-ideas',
  'prouder-review-line',
  'client-weekly-update',
  'estimate-doubles',
  'sketch-screens',
  'rather-decide-what',
  'split-time-and-money',
  'team-screen-chart',
  'compare-rival-products',
  'small-piece-or-steps-first',
  'goal-into-steps',
  'rather-keep-agreed-dates',
  'shape-software',
  'who-to-sit-with',
  'task-chart',
  'engineer-both-teams-need',
  'current-role',
  'current-enjoyment',
] as const;

// Saved answers are matched to today's questions by question and option id alone, so a question whose
// words change takes a new id: an answer to other words must never count as an answer to these.

/**
 * Questions of version 1 whose saved answers still mean the same thing today: the prompt and every
 * option that is still offered keep their meaning, and no option was added that could draw a person
 * away from the one they chose. Answers to any other question of version 1 are set aside.
 */
export const carriedOverFromVersion1: readonly string[] = ['final-say'];

/**
 * Questions of version 2 whose saved answers still mean the same thing today, word for word. Version 3
 * rewrote the rest, so a referee would not flag them (docs/decisions/014-rewritten-questions-take-new-ids.md),
 * and gave each rewrite a new id; answers to the old wording are set aside.
 */
export const carriedOverFromVersion2: readonly string[] = [
  'customer-slowdowns',
  'final-say',
  'rather-plan-how',
  'hear-buyer-wishes',
  'rather-keep-on-track',
  'picture-next-year',
  'test-idea-first',
  'what-or-how',
  'watch-feature-use',
  'run-related-projects',
  'rather-explore',
  'choose-among-ideas',
  'sketch-screens',
  'rather-decide-what',
  'team-screen-chart',
  'goal-into-steps',
  'shape-software',
  'task-chart',
  'current-role',
  'current-enjoyment',
];

/**
 * Questions of version 3 whose saved answers still mean the same thing today, word for word. Version 4
 * reworded the weaker side of the three questions whose options the desirability raters found
 * furthest apart (docs/decisions/016-desirability-gaps.md); those took new ids.
 */
export const carriedOverFromVersion3: readonly string[] = [
  'customer-slowdowns',
  'final-say',
  'spot-delays-early',
  'rather-plan-how',
  'hear-buyer-wishes',
  'job-in-ten-years',
  'schedule-server-move',
  'rather-keep-on-track',
  'picture-next-year',
  'first-week-document',
  'finish-by-set-date',
  'rather-change-for-customers',
  'test-idea-first',
  'what-or-how',
  'check-request-fits',
  'rival-ships-feature',
  'watch-feature-use',
  'spare-afternoon',
  'run-related-projects',
  'rather-explore',
  'choose-among-ideas',
  'prouder-review-line',
  'client-weekly-update',
  'sketch-screens',
  'rather-decide-what',
  'split-time-and-money',
  'team-screen-chart',
  'compare-rival-products',
  'goal-into-steps',
  'rather-keep-agreed-dates',
  'shape-software',
  'who-to-sit-with',
  'task-chart',
  'current-role',
  'current-enjoyment',
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

/**
 * The shape each version's share codes were written against: a fingerprint of every scored question's
 * id and option ids, in order (shareShapeOf in share-code.ts). A share code holds positions, so a bank
 * whose shape changes must not keep its version: add a line with the next version and the new shape,
 * and the bank takes that version. tests/engine/share-code.test.ts fails, naming the shape, until then
 * (docs/decisions/015-share-versions-follow-the-shape.md).
 */
export const shareShapes: Readonly<Record<number, string>> = {
  3: 'mbkjp',
  4: 'u4upq',
};

/** The newest version in `shareShapes`: the one this bank's share codes carry. */
const currentVersion = Math.max(...Object.keys(shareShapes).map(Number));

/** The question bank every score is computed from. */
export const questionBank: QuestionBank = {
  id: 'which-tpm',
  version: currentVersion,
  dimensions,
  questions: inQuizOrder(),
};
