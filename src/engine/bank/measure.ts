import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const measureQuestions: readonly Question[] = [
  agreement('project', {
    id: 'promise-kept',
    dimension: 'measure',
    prompt: 'Delivering exactly what was promised, on the agreed date, is the best proof of a job well done.',
    covers: ['success-metrics', 'goal'],
  }),
  agreement('product', {
    id: 'used-not-shipped',
    dimension: 'measure',
    prompt: 'A feature is not really done when it ships. It is done when people actually use it.',
    covers: ['success-metrics', 'goal'],
  }),
  choice(
    {
      id: 'proudest-line',
      dimension: 'measure',
      prompt: 'Which line in your yearly review would make you prouder?',
      covers: ['success-metrics'],
    },
    [
      {
        id: 'on-time-on-budget',
        label: 'Our release came in on time, on budget, with everything we promised',
        lean: -2,
      },
      { id: 'used-and-sold', label: 'Customers use our new feature every day, and sales went up', lean: 2 },
    ],
  ),
  scenario(
    {
      id: 'one-chart',
      dimension: 'measure',
      prompt: 'You can put only one chart on the big screen next to the team. Which one do you pick?',
      covers: ['success-metrics', 'goal'],
    },
    [
      { id: 'weekly-users', label: 'How many people used the product each week', lean: 2 },
      { id: 'satisfaction', label: 'How satisfied customers were after each release', lean: 1 },
      { id: 'milestones-hit', label: 'How many milestones were hit on schedule', lean: -1 },
      { id: 'budget-burn', label: 'Money spent so far against the budget', lean: -2 },
    ],
  ),
];
