import type { Question } from '../types.ts';
import { choice, fromComparison, fromDifferences, interest, scenario } from './build.ts';

export const ownershipQuestions: readonly Question[] = [
  interest('product', {
    id: 'choose-among-ideas',
    dimension: 'ownership',
    prompt: 'Choose which of many good ideas the team should build first',
    covers: ['decision-authority', 'responsibilities'],
    evidence: fromComparison('Product strategy, feature prioritization, release planning'),
  }),
  interest('project', {
    id: 'weigh-new-requests',
    dimension: 'ownership',
    prompt: 'Decide if a new request fits the agreed plan, and what it would cost',
    covers: ['decision-authority', 'responsibilities'],
    evidence: fromComparison('Scope, schedule, budget, risk management'),
  }),
  choice(
    {
      id: 'final-say',
      dimension: 'ownership',
      prompt: 'If you could have the final say on one thing, which would it be?',
      covers: ['decision-authority'],
    },
    [
      {
        id: 'what-and-order',
        label: 'Which features go into the product, and in what order',
        lean: 2,
        evidence: fromDifferences(
          'hold primary decision-making authority over product vision, roadmap, and feature prioritization',
        ),
        why: 'The final say on which features come first sits with product work.',
      },
      {
        id: 'how-staffed',
        label: 'How the work is organised, staffed and scheduled',
        lean: -2,
        evidence: fromDifferences('own the execution process, managing timelines, resources'),
        why: 'The final say on staffing and dates sits with project work.',
      },
    ],
  ),
  scenario(
    {
      id: 'one-engineer-two-teams',
      dimension: 'ownership',
      prompt: 'Two teams both need the same engineer next month. How do you settle it?',
      covers: ['decision-authority', 'collaboration', 'responsibilities'],
    },
    [
      {
        id: 'back-customer-goal',
        label: 'Back the team whose goal matters most to customers',
        lean: 2,
        evidence: fromComparison('ensuring that the product meets customer expectations'),
        why: 'Choosing by what matters most to customers is product work.',
      },
      {
        id: 'ask-what-drops',
        label: 'Ask each team what it would drop, and choose by value',
        lean: 1,
        evidence: fromComparison('Product strategy, feature prioritization, release planning'),
        why: 'Weighing the value of what each team would drop is product work.',
      },
      {
        id: 'fit-both-plans',
        label: 'Lay both plans side by side and find dates that work for each',
        lean: -1,
        evidence: fromDifferences('managing timelines, resources, and cross-functional team coordination'),
        why: 'Fitting two teams’ dates together is project work.',
      },
      {
        id: 'rework-staffing',
        label: 'Rework the staffing plan so both teams lose as little time as possible',
        lean: -2,
        evidence: fromDifferences('resource allocation efficiency'),
        why: 'Sharing out people so the least time is lost is project work.',
      },
    ],
  ),
];
