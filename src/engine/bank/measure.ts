import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const measureQuestions: readonly Question[] = [
  agreement('project', {
    id: 'promise-kept',
    dimension: 'measure',
    prompt: 'Delivering exactly what was promised, on the agreed date, is the best proof of a job well done.',
    covers: ['success-metrics', 'goal'],
    reasons: {
      project:
        'For you, keeping the promise on scope and date is the proof of good work, which is exactly how project managers are judged.',
      product:
        'Hitting the promised date is not your proof of success; you care more about what happens after release, as product managers do.',
    },
  }),
  agreement('product', {
    id: 'used-not-shipped',
    dimension: 'measure',
    prompt: 'A feature is not really done when it ships. It is done when people actually use it.',
    covers: ['success-metrics', 'goal'],
    reasons: {
      product:
        'You count a feature as done only when people use it, and product managers are judged on adoption, not on shipping.',
      project:
        'You count a feature as done when it ships as agreed, which matches how project managers measure a finished job.',
    },
  }),
  choice(
    {
      id: 'proudest-line',
      dimension: 'measure',
      prompt: 'Which line in your yearly review would make you prouder?',
      covers: ['success-metrics'],
      reasons: {
        project:
          'You would be proudest of a release that came in on time, on budget and complete, which are a project manager’s measures.',
        product:
          'You would be proudest that customers use the feature daily and sales went up, which are a product manager’s measures.',
      },
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
      reasons: {
        product:
          'The chart you picked tracks how customers respond to the product, which is what a product manager answers for.',
        project:
          'The chart you picked tracks how the work is being delivered, which is what a project manager answers for.',
      },
    },
    [
      { id: 'weekly-users', label: 'How many people used the product each week', lean: 2 },
      { id: 'satisfaction', label: 'How satisfied customers were after each release', lean: 1 },
      { id: 'milestones-hit', label: 'How many milestones were hit on schedule', lean: -1 },
      { id: 'budget-burn', label: 'Money spent so far against the budget', lean: -2 },
    ],
  ),
];
