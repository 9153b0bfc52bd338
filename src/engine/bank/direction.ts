import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const directionQuestions: readonly Question[] = [
  agreement('product', {
    id: 'blank-page',
    dimension: 'direction',
    prompt: 'Give me a blank page and a fuzzy problem, and I will happily work out what we should make.',
    covers: ['focus', 'responsibilities'],
  }),
  agreement('project', {
    id: 'goal-into-plan',
    dimension: 'direction',
    prompt: 'Once a goal is agreed, I like to be the one who turns it into a step-by-step plan.',
    covers: ['responsibilities', 'deliverables'],
  }),
  choice(
    {
      id: 'free-afternoon',
      dimension: 'direction',
      prompt: 'You have a free afternoon at work. How would you rather spend it?',
      covers: ['focus', 'goal'],
    },
    [
      { id: 'sketch-future', label: 'Sketching where the product should be a year from now', lean: 2 },
      {
        id: 'untangle-schedule',
        label: 'Untangling a schedule so three teams can finish together',
        lean: -2,
      },
    ],
  ),
  scenario(
    {
      id: 'payments-launch',
      dimension: 'direction',
      prompt:
        'Your company decides to let people pay inside its app, and you are asked to help. Which part of the work do you most want?',
      covers: ['responsibilities', 'goal'],
    },
    [
      {
        id: 'find-need',
        label: 'Finding out which customers need it most and what they would use it for',
        lean: 2,
      },
      {
        id: 'order-features',
        label: 'Deciding which payment features come first and which can wait',
        lean: 1,
      },
      { id: 'sequence-teams', label: 'Working out which team does which part, in what order', lean: -1 },
      {
        id: 'plan-budget-risks',
        label: 'Building the plan, budget and risk list that gets it live by the deadline',
        lean: -2,
      },
    ],
  ),
];
