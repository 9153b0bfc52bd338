import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const uncertaintyQuestions: readonly Question[] = [
  agreement('product', {
    id: 'start-without-answer',
    dimension: 'uncertainty',
    prompt: 'I am comfortable starting work before anyone knows what the right answer is.',
    covers: ['methods', 'skills'],
    reasons: {
      product:
        'You are at ease starting before the answer is known, and product managers often learn what to build by building a little first.',
      project:
        'You would rather know the answer before work starts, which suits the careful planning a project manager does.',
    },
  }),
  agreement('project', {
    id: 'spot-risks-early',
    dimension: 'uncertainty',
    prompt: 'Spotting a problem early, before it turns into a surprise, is one of the best parts of a job.',
    covers: ['responsibilities', 'skills'],
    reasons: {
      project:
        'You love catching a problem before it becomes a surprise, and risk management is a core part of a project manager’s job.',
      product:
        'Hunting for risks is not what excites you most; you would rather chase the next opportunity, as product managers do.',
    },
  }),
  choice(
    {
      id: 'way-of-working',
      dimension: 'uncertainty',
      prompt: 'Which way of working suits you better?',
      covers: ['methods'],
      reasons: {
        product:
          'You prefer to try a small version, learn from real users and adjust, which is how Agile and Lean product teams work.',
        project:
          'You prefer to agree the full scope up front and track the work against it, which is how a planned, Waterfall-style project runs.',
      },
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
      reasons: {
        project:
          'Given a vague request, you moved to pin down scope, owners and risks, which is how a project manager makes work predictable.',
        product:
          'Given a vague request, you moved to find out what the customer really needs, which is how a product manager does discovery.',
      },
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
