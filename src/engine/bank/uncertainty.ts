import type { Question } from '../types.ts';
import { agreement, choice, fromComparison, fromDifferences, interest } from './build.ts';

const explore = {
  evidence: fromComparison('They are responsible for understanding market needs'),
  why: 'You would rather explore what people need, and that is product work.',
};
const keepOnTrack = {
  evidence: fromComparison('ensuring that the project is delivered on time and within budget'),
  why: 'You would rather keep a clear plan on track, and that is project work.',
};

export const uncertaintyQuestions: readonly Question[] = [
  interest('product', {
    id: 'test-idea-first',
    dimension: 'uncertainty',
    prompt: 'Try out a new idea with a few real users before the team builds it',
    covers: ['methods', 'skills'],
    evidence: fromComparison('Customer feedback and validation'),
  }),
  interest('project', {
    id: 'plan-around-delays',
    dimension: 'uncertainty',
    prompt: 'Spot what could make the work late, and find a way around it',
    covers: ['responsibilities', 'methods'],
    evidence: fromComparison('Risk management and issue resolution'),
  }),
  agreement(
    'product',
    {
      id: 'rather-explore',
      dimension: 'uncertainty',
      prompt: 'I would rather explore a problem nobody understands yet than keep a clear plan on track.',
      covers: ['methods', 'focus'],
      mirrorOf: 'rather-keep-on-track',
    },
    { agree: explore, disagree: keepOnTrack },
  ),
  agreement(
    'project',
    {
      id: 'rather-keep-on-track',
      dimension: 'uncertainty',
      prompt: 'I would rather keep a clear plan on track than explore a problem nobody understands yet.',
      covers: ['methods', 'focus'],
      mirrorOf: 'rather-explore',
    },
    { agree: keepOnTrack, disagree: explore },
  ),
  choice(
    {
      id: 'way-of-working',
      dimension: 'uncertainty',
      prompt: 'Which way of working suits you better?',
      covers: ['methods'],
    },
    [
      {
        id: 'try-learn-adjust',
        label: 'Try a small version, learn from real users, and adjust',
        lean: 2,
        evidence: fromDifferences('applying Agile, Scrum, and Lean methodologies'),
        why: 'Trying small and learning from users is how many product teams work.',
      },
      {
        id: 'agree-then-track',
        label: 'Agree the full scope up front, then track the work against it',
        lean: -2,
        evidence: fromComparison('Focus on project scope and objectives'),
        why: 'Fixing the scope first and tracking the work is how a planned project runs.',
      },
    ],
  ),
];
