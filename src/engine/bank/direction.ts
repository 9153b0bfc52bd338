import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const directionQuestions: readonly Question[] = [
  agreement('product', {
    id: 'blank-page',
    dimension: 'direction',
    prompt: 'Give me a blank page and a fuzzy problem, and I will happily work out what we should make.',
    covers: ['focus', 'responsibilities'],
    reasons: {
      product:
        'You enjoy starting from a blank page and working out what to make, which is where a product manager’s work begins.',
      project:
        'A blank page is not where you do your best work; you would rather take a clear goal and deliver it, as a project manager does.',
    },
  }),
  agreement('project', {
    id: 'goal-into-plan',
    dimension: 'direction',
    prompt: 'Once a goal is agreed, I like to be the one who turns it into a step-by-step plan.',
    covers: ['responsibilities', 'deliverables'],
    reasons: {
      project:
        'You like turning an agreed goal into a step-by-step plan, and the project plan is the first thing a project manager delivers.',
      product:
        'Breaking a goal into steps is not what draws you; you would rather help choose which goal is worth chasing, which is product work.',
    },
  }),
  choice(
    {
      id: 'free-afternoon',
      dimension: 'direction',
      prompt: 'You have a free afternoon at work. How would you rather spend it?',
      covers: ['focus', 'goal'],
      reasons: {
        product:
          'Given free time, you would picture where the product should be in a year, which is the heart of product vision.',
        project:
          'Given free time, you would line up a shared schedule so several teams can finish together, which is the heart of running a project.',
      },
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
      reasons: {
        product:
          'You reached for the part that decides what the payments feature should be and who it is for, which a product manager owns.',
        project:
          'You reached for the part that gets payments live safely and on time, which a project manager owns.',
      },
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
