import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { agreement, fromComparison, interest, scenario } from './build.ts';

const customersGuide = {
  evidence: fromComparison(
    'to meet customer needs and market demands',
    msg({
      message: 'to meet customer needs and market demands',
      comment: 'Translation of a quote from an English article, shown next to the quote',
    }),
  ),
  why: msg`Changing the plan to meet what customers need is how product work steers.`,
};
const planGuides = {
  evidence: fromComparison(
    'completed on time and within budget',
    msg({
      message: 'completed on time and within budget',
      comment: 'Translation of a quote from an English article, shown next to the quote',
    }),
  ),
  why: msg`Keeping the agreed dates and budget is how project work steers.`,
};

export const compassQuestions: readonly Question[] = [
  interest('product', {
    id: 'customer-slowdowns',
    dimension: 'compass',
    prompt: msg`Talk with customers to learn what slows them down`,
    covers: ['skills', 'stakeholders'],
    evidence: fromComparison(
      'Technical, product development, market analysis, customer feedback',
      msg({
        message: 'Technical, product development, market analysis, customer feedback',
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy asking customers what slows them down. That is how product work starts.`,
        they: msg`They would enjoy asking customers what slows them down. That is how product work starts.`,
      },
      dislike: {
        you: msg`Asking customers what gets in their way does not draw you much, and that is product work.`,
        they: msg`Asking customers what gets in their way does not draw them much, and that is product work.`,
      },
    },
  }),
  interest('project', {
    id: 'split-time-and-money',
    dimension: 'compass',
    prompt: msg`Decide how to split a team’s time and money across its jobs`,
    covers: ['skills', 'responsibilities'],
    evidence: fromComparison(
      'Manage resources and budgets',
      msg({
        message: 'Manage resources and budgets',
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy deciding how a team’s time and money are split. That is project work.`,
        they: msg`They would enjoy deciding how a team’s time and money are split. That is project work.`,
      },
      dislike: {
        you: msg`Splitting a team’s time and money does not draw you much, and that is project work.`,
        they: msg`Splitting a team’s time and money does not draw them much, and that is project work.`,
      },
    },
  }),
  // Each half names something a careful person keeps: what customers need now, or what was agreed.
  agreement(
    'product',
    {
      id: 'rather-change-for-customers',
      dimension: 'compass',
      prompt: msg`I would rather change the plan for what customers need now than keep the dates and budget we agreed on.`,
      covers: ['focus', 'goal'],
      mirrorOf: 'rather-keep-agreed-dates',
      reasons: {
        agree: {
          you: msg`You would rather change the plan for what customers need now. Following customers is product work.`,
          they: msg`They would rather change the plan for what customers need now. Following customers is product work.`,
        },
        disagree: {
          you: msg`You did not agree that you would rather change the plan for customers. Keeping the agreed dates and budget is project work.`,
          they: msg`They did not agree that they would rather change the plan for customers. Keeping the agreed dates and budget is project work.`,
        },
      },
    },
    { agree: customersGuide, disagree: planGuides },
  ),
  agreement(
    'project',
    {
      id: 'rather-keep-agreed-dates',
      dimension: 'compass',
      prompt: msg`I would rather keep the dates and budget we agreed on than change the plan for what customers need now.`,
      covers: ['focus', 'goal'],
      mirrorOf: 'rather-change-for-customers',
      reasons: {
        agree: {
          you: msg`You would rather keep the dates and budget you agreed on. Keeping to them is project work.`,
          they: msg`They would rather keep the dates and budget they agreed on. Keeping to them is project work.`,
        },
        disagree: {
          you: msg`You did not agree that you would rather keep the agreed dates and budget. Changing the plan for customers is product work.`,
          they: msg`They did not agree that they would rather keep the agreed dates and budget. Changing the plan for customers is product work.`,
        },
      },
    },
    { agree: planGuides, disagree: customersGuide },
  ),
  scenario(
    {
      id: 'rival-ships-feature',
      dimension: 'compass',
      prompt: msg`A rival launches a feature your customers have asked for. Your team is halfway through its current work. What do you do first?`,
      covers: ['focus', 'responsibilities'],
    },
    [
      {
        id: 'cost-the-change',
        label: msg`Work out what adding it would cost in time and money`,
        lean: -2,
        evidence: fromComparison(
          'Scope, schedule, budget, risk management',
          msg({
            message: 'Scope, schedule, budget, risk management',
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Weighing what a change costs in time and money is project work.`,
        reason: {
          you: msg`When a rival moved, you would first work out what adding its feature would cost. That is project work.`,
          they: msg`When a rival moved, they would first work out what adding its feature would cost. That is project work.`,
        },
      },
      {
        id: 'finish-current-work',
        label: msg`Let the team finish its current work first`,
        lean: -1,
        evidence: fromComparison(
          'Focus on project scope and objectives',
          msg({
            message: 'Focus on project scope and objectives',
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Guarding the agreed scope until the work in hand is done is project work.`,
        reason: {
          you: msg`When a rival moved, you would let the team finish its current work first. Guarding the work in hand is project work.`,
          they: msg`When a rival moved, they would let the team finish its current work first. Guarding the work in hand is project work.`,
        },
      },
      {
        id: 'rethink-next-release',
        label: msg`Rethink what goes into the next release`,
        lean: 1,
        evidence: fromComparison(
          'Product strategy, feature prioritization, release planning',
          msg({
            message: 'Product strategy, feature prioritization, release planning',
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Choosing what goes into a release is product work.`,
        reason: {
          you: msg`When a rival moved, you would rethink what goes into the next release. Choosing what a release holds is product work.`,
          they: msg`When a rival moved, they would rethink what goes into the next release. Choosing what a release holds is product work.`,
        },
      },
      {
        id: 'study-rival-feature',
        label: msg`Study how the rival’s feature compares with yours`,
        lean: 2,
        evidence: fromComparison(
          'Product strategy and market analysis',
          msg({
            message: 'Product strategy and market analysis',
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Seeing how your product stands next to a rival’s is product work.`,
        reason: {
          you: msg`When a rival moved, you would first study how its feature compares with yours. That is product work.`,
          they: msg`When a rival moved, they would first study how its feature compares with their own. That is product work.`,
        },
      },
    ],
  ),
];
