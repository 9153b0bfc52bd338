import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const careerQuestions: readonly Question[] = [
  agreement('product', {
    id: 'answer-for-product',
    dimension: 'career',
    prompt:
      'One day I want to answer for a whole product: what it is, who it is for, and why people pick it.',
    covers: ['career-path', 'goal'],
  }),
  choice(
    {
      id: 'title-in-ten-years',
      dimension: 'career',
      prompt: 'Ten years from now, which job sounds more like you?',
      covers: ['career-path'],
    },
    [
      {
        id: 'lead-program-office',
        label: 'Leading the office that runs all of a company’s big projects',
        lean: -2,
      },
      { id: 'lead-product-org', label: 'Leading the group that decides what a company builds next', lean: 2 },
    ],
  ),
  scenario(
    {
      id: 'one-course',
      dimension: 'career',
      prompt: 'Your company will pay for one course this year. Which do you pick?',
      covers: ['skills', 'career-path'],
    },
    [
      { id: 'market-and-strategy', label: 'Market analysis and product strategy', lean: 2 },
      { id: 'user-research', label: 'User research and running experiments', lean: 1 },
      { id: 'program-management', label: 'Running many related projects together as one program', lean: -1 },
      {
        id: 'scheduling-and-risk',
        label: 'A certificate in scheduling, budgeting and risk planning',
        lean: -2,
      },
    ],
  ),
];
