import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const uncertaintyQuestions: readonly Question[] = [
  agreement('product', {
    id: 'start-without-answer',
    dimension: 'uncertainty',
    prompt: 'I am comfortable starting work before anyone knows what the right answer is.',
    covers: ['methods', 'skills'],
  }),
  agreement('project', {
    id: 'spot-risks-early',
    dimension: 'uncertainty',
    prompt: 'Spotting a problem early, before it turns into a surprise, is one of the best parts of a job.',
    covers: ['responsibilities', 'skills'],
  }),
  choice(
    {
      id: 'way-of-working',
      dimension: 'uncertainty',
      prompt: 'Which way of working suits you better?',
      covers: ['methods'],
    },
    [
      { id: 'try-learn-adjust', label: 'Try a small version, learn from real users, and adjust', lean: 2 },
      {
        id: 'agree-then-track',
        label: 'Agree the full scope up front, then track the work against it',
        lean: -2,
      },
    ],
  ),
  scenario(
    {
      id: 'vague-request',
      dimension: 'uncertainty',
      prompt: 'A big customer sends a vague request: “make reporting better.” What is your first move?',
      covers: ['methods', 'stakeholders'],
    },
    [
      { id: 'pin-scope', label: 'Pin down the scope, a deadline and an owner for each part', lean: -2 },
      { id: 'list-risks', label: 'List what could go wrong and how you would handle each risk', lean: -1 },
      { id: 'rough-mockup', label: 'Sketch a rough mock-up and test your guess with a few users', lean: 1 },
      {
        id: 'learn-decisions',
        label: 'Visit the customer to learn which decisions their reports should help them make',
        lean: 2,
      },
    ],
  ),
];
