import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const ownershipQuestions: readonly Question[] = [
  agreement('product', {
    id: 'say-not-yet',
    dimension: 'ownership',
    prompt: 'I am comfortable telling a senior colleague, “That is a good idea, but it will have to wait.”',
    covers: ['decision-authority', 'responsibilities'],
  }),
  agreement('project', {
    id: 'who-what-when',
    dimension: 'ownership',
    prompt: 'I like knowing who is doing what, and by when, across the whole team.',
    covers: ['decision-authority', 'collaboration'],
  }),
  choice(
    {
      id: 'final-say',
      dimension: 'ownership',
      prompt: 'If you could have the final say on one thing, which would it be?',
      covers: ['decision-authority'],
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
