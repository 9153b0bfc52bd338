import type { Question } from '../types.ts';
import { agreement, fromComparison, interest, scenario } from './build.ts';

const customersGuide = {
  evidence: fromComparison('to meet customer needs and market demands'),
  why: 'What customers need guides you more than the plan, as it guides product work.',
};
const planGuides = {
  evidence: fromComparison('completed on time and within budget'),
  why: 'The plan and budget guide you more than new wishes, as they guide project work.',
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
    id: 'stretch-time-and-money',
    dimension: 'compass',
    prompt: 'Get a big job done with just the people, time and money you have',
    covers: ['skills', 'responsibilities'],
    evidence: fromComparison('Manage resources and budgets'),
  }),
  agreement(
    'product',
    {
      id: 'rather-follow-customers',
      dimension: 'compass',
      prompt: 'I would rather be guided by what customers need than by the agreed plan and budget.',
      covers: ['focus', 'goal'],
      mirrorOf: 'rather-follow-plan',
    },
    { agree: customersGuide, disagree: planGuides },
  ),
  agreement(
    'project',
    {
      id: 'rather-follow-plan',
      dimension: 'compass',
      prompt: 'I would rather be guided by the agreed plan and budget than by what customers need.',
      covers: ['focus', 'goal'],
      mirrorOf: 'rather-follow-customers',
    },
    { agree: planGuides, disagree: customersGuide },
  ),
  scenario(
    {
      id: 'rival-launch',
      dimension: 'compass',
      prompt:
        'A rival launches a feature your customers have asked for. Your team is halfway through its current work. What do you do first?',
      covers: ['focus', 'responsibilities'],
    },
    [
      {
        id: 'cost-the-change',
        label: 'Work out what a change would cost in time, money and people',
        lean: -2,
        evidence: fromComparison('Scope, schedule, budget, risk management'),
        why: 'Weighing what a change does to time, money and people is project work.',
      },
      {
        id: 'hold-the-plan',
        label: 'Keep the team on the current plan, and put the idea up for review',
        lean: -1,
        evidence: fromComparison('Focus on project scope and objectives'),
        why: 'Guarding the agreed scope until a change is weighed is project work.',
      },
      {
        id: 'rethink-next-release',
        label: 'Decide if the next release should change, and what would wait',
        lean: 1,
        evidence: fromComparison('Product strategy, feature prioritization, release planning'),
        why: 'Choosing what goes into a release is product work.',
      },
      {
        id: 'ask-customers',
        label: 'Ask a few customers how much the new feature matters to them',
        lean: 2,
        evidence: fromComparison('Customer feedback and validation'),
        why: 'Checking with customers before you act is product work.',
      },
    ],
  ),
];
