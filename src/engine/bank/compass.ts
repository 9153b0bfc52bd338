import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { agreement, fromComparison, interest, scenario } from './build.ts';

const customersGuide = {
  evidence: fromComparison(
    'to meet customer needs and market demands',
    msg({
      message: 'to meet customer needs and market demands',
      comment: 'On the method page: a translation of a quote from an English article, shown next to it',
    }),
  ),
  why: msg({
    message: `Changing the plan to meet what customers need is how product work steers.`,
    comment: 'On the method page: why this answer counts the way it does',
  }),
};
const planGuides = {
  evidence: fromComparison(
    'completed on time and within budget',
    msg({
      message: 'completed on time and within budget',
      comment: 'On the method page: a translation of a quote from an English article, shown next to it',
    }),
  ),
  why: msg({
    message: `Keeping the agreed dates and budget is how project work steers.`,
    comment: 'On the method page: why this answer counts the way it does',
  }),
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
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy asking customers what slows them down. That is how product work starts.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy asking customers what slows them down. That is how product work starts.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Asking customers what gets in their way does not draw you much, and that is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Asking customers what gets in their way does not draw them much, and that is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
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
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy deciding how a team’s time and money are split. That is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy deciding how a team’s time and money are split. That is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Splitting a team’s time and money does not draw you much, and that is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Splitting a team’s time and money does not draw them much, and that is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
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
          you: msg({
            message: `You would rather change the plan for what customers need now. Following customers is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would rather change the plan for what customers need now. Following customers is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
        disagree: {
          you: msg({
            message: `You did not agree that you would rather change the plan for customers. Keeping the agreed dates and budget is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They did not agree that they would rather change the plan for customers. Keeping the agreed dates and budget is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
          you: msg({
            message: `You would rather keep the dates and budget you agreed on. Keeping to them is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would rather keep the dates and budget they agreed on. Keeping to them is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
        disagree: {
          you: msg({
            message: `You did not agree that you would rather keep the agreed dates and budget. Changing the plan for customers is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They did not agree that they would rather keep the agreed dates and budget. Changing the plan for customers is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Weighing what a change costs in time and money is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a rival moved, you would first work out what adding its feature would cost. That is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a rival moved, they would first work out what adding its feature would cost. That is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Guarding the agreed scope until the work in hand is done is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a rival moved, you would let the team finish its current work first. Guarding the work in hand is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a rival moved, they would let the team finish its current work first. Guarding the work in hand is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Choosing what goes into a release is product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a rival moved, you would rethink what goes into the next release. Choosing what a release holds is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a rival moved, they would rethink what goes into the next release. Choosing what a release holds is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Seeing how your product stands next to a rival’s is product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a rival moved, you would first study how its feature compares with yours. That is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a rival moved, they would first study how its feature compares with their own. That is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
