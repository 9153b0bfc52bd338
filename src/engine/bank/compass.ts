import type { Question } from '../types.ts';
import { agreement, fromComparison, interest, scenario } from './build.ts';

const customersGuide = {
  evidence: fromComparison('to meet customer needs and market demands'),
  why: 'Changing the plan to meet what customers need is how product work steers.',
};
const planGuides = {
  evidence: fromComparison('completed on time and within budget'),
  why: 'Keeping the agreed dates and budget is how project work steers.',
};

export const compassQuestions: readonly Question[] = [
  interest('product', {
    id: 'customer-slowdowns',
    dimension: 'compass',
    prompt: 'Talk with customers to learn what slows them down',
    covers: ['skills', 'stakeholders'],
    evidence: fromComparison('Technical, product development, market analysis, customer feedback'),
  }),
  interest('project', {
    id: 'split-time-and-money',
    dimension: 'compass',
    prompt: 'Decide how to split a team’s time and money across its jobs',
    covers: ['skills', 'responsibilities'],
    evidence: fromComparison('Manage resources and budgets'),
  }),
  // Each half names something a careful person keeps: what customers need now, or what was agreed.
  agreement(
    'product',
    {
      id: 'rather-change-for-customers',
      dimension: 'compass',
      prompt:
        'I would rather change the plan for what customers need now than keep the dates and budget we agreed on.',
      covers: ['focus', 'goal'],
      mirrorOf: 'rather-keep-agreed-dates',
    },
    { agree: customersGuide, disagree: planGuides },
  ),
  agreement(
    'project',
    {
      id: 'rather-keep-agreed-dates',
      dimension: 'compass',
      prompt:
        'I would rather keep the dates and budget we agreed on than change the plan for what customers need now.',
      covers: ['focus', 'goal'],
      mirrorOf: 'rather-change-for-customers',
    },
    { agree: planGuides, disagree: customersGuide },
  ),
  scenario(
    {
      id: 'rival-ships-feature',
      dimension: 'compass',
      prompt:
        'A rival launches a feature your customers have asked for. Your team is halfway through its current work. What do you do first?',
      covers: ['focus', 'responsibilities'],
    },
    [
      {
        id: 'cost-the-change',
        label: 'Work out what adding it would cost in time and money',
        lean: -2,
        evidence: fromComparison('Scope, schedule, budget, risk management'),
        why: 'Weighing what a change costs in time and money is project work.',
      },
      {
        id: 'finish-current-work',
        label: 'Let the team finish its current work first',
        lean: -1,
        evidence: fromComparison('Focus on project scope and objectives'),
        why: 'Guarding the agreed scope until the work in hand is done is project work.',
      },
      {
        id: 'rethink-next-release',
        label: 'Rethink what goes into the next release',
        lean: 1,
        evidence: fromComparison('Product strategy, feature prioritization, release planning'),
        why: 'Choosing what goes into a release is product work.',
      },
      {
        id: 'study-rival-feature',
        label: 'Study how the rival’s feature compares with yours',
        lean: 2,
        evidence: fromComparison('Product strategy and market analysis'),
        why: 'Seeing how your product stands next to a rival’s is product work.',
      },
    ],
  ),
];
