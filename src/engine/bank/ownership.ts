import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const ownershipQuestions: readonly Question[] = [
  agreement('product', {
    id: 'say-not-yet',
    dimension: 'ownership',
    prompt: 'I am comfortable telling a senior colleague, “That is a good idea, but it will have to wait.”',
    covers: ['decision-authority', 'responsibilities'],
    reasons: {
      product:
        'You are at ease saying “not yet” to a good idea, and choosing what waits is the everyday call a product manager makes.',
      project:
        'Turning down other people’s ideas is not the call you want to make; you would rather make sure agreed work gets done.',
    },
  }),
  agreement('project', {
    id: 'who-what-when',
    dimension: 'ownership',
    prompt: 'I like knowing who is doing what, and by when, across the whole team.',
    covers: ['decision-authority', 'collaboration'],
    reasons: {
      project:
        'You like holding the full picture of who does what by when, which is the part of the work a project manager owns.',
      product:
        'Tracking everyone’s tasks is not what you want to own; you would rather own the decisions about what the team builds.',
    },
  }),
  choice(
    {
      id: 'final-say',
      dimension: 'ownership',
      prompt: 'If you could have the final say on one thing, which would it be?',
      covers: ['decision-authority'],
      reasons: {
        product:
          'You want the final say on what goes into the product and in what order, which is a product manager’s decision.',
        project:
          'You want the final say on how the work is staffed and scheduled, which is a project manager’s decision.',
      },
    },
    [
      { id: 'what-and-order', label: 'Which features go into the product, and in what order', lean: 2 },
      { id: 'how-staffed', label: 'How the work is organised, staffed and scheduled', lean: -2 },
    ],
  ),
  scenario(
    {
      id: 'shared-engineer',
      dimension: 'ownership',
      prompt: 'Two teams both need the same engineer next month. How do you settle it?',
      covers: ['decision-authority', 'collaboration', 'responsibilities'],
      reasons: {
        product:
          'You settled the clash by asking which work matters more to customers, which is how a product manager sets priorities.',
        project:
          'You settled the clash by reworking the schedule and staffing, which is how a project manager balances resources.',
      },
    },
    [
      { id: 'back-customer-goal', label: 'Back the team whose goal matters most to customers', lean: 2 },
      { id: 'ask-what-drops', label: 'Ask each team what it would drop, and choose by value', lean: 1 },
      {
        id: 'fit-both-plans',
        label: 'Lay both plans side by side and find dates that work for each',
        lean: -1,
      },
      {
        id: 'rebalance-staffing',
        label: 'Rebalance the staffing plan and tell both teams their new dates',
        lean: -2,
      },
    ],
  ),
];
