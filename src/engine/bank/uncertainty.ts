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
    reasons: {
      enjoy: {
        you: 'You would enjoy testing an idea with real users before it is built. That is product work.',
        they: 'They would enjoy testing an idea with real users before it is built. That is product work.',
      },
      dislike: {
        you: 'Trying ideas out with users first does not draw you much, and that is product work.',
        they: 'Trying ideas out with users first does not draw them much, and that is product work.',
      },
    },
  }),
  interest('project', {
    id: 'spot-delays-early',
    dimension: 'uncertainty',
    prompt: 'Spot early on what could make a big piece of work run late',
    covers: ['responsibilities', 'methods'],
    evidence: fromDifferences('Project management, risk assessment, communication.'),
    reasons: {
      enjoy: {
        you: 'You would enjoy spotting early on what could make the work late. That is project work.',
        they: 'They would enjoy spotting early on what could make the work late. That is project work.',
      },
      dislike: {
        you: 'Looking out for what could make the work late does not draw you much, and that is project work.',
        they: 'Looking out for what could make the work late does not draw them much, and that is project work.',
      },
    },
  }),
  agreement(
    'product',
    {
      id: 'rather-explore',
      dimension: 'uncertainty',
      prompt: 'I would rather explore a problem nobody understands yet than keep a clear plan on track.',
      covers: ['methods', 'focus'],
      mirrorOf: 'rather-keep-on-track',
      reasons: {
        agree: {
          you: 'You would rather explore a problem nobody understands yet. Finding out what people need is product work.',
          they: 'They would rather explore a problem nobody understands yet. Finding out what people need is product work.',
        },
        disagree: {
          you: 'You did not agree that you would rather explore an unknown problem. Keeping a clear plan on track is project work.',
          they: 'They did not agree that they would rather explore an unknown problem. Keeping a clear plan on track is project work.',
        },
      },
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
      reasons: {
        agree: {
          you: 'You would rather keep a clear plan on track. Keeping work on track is project work.',
          they: 'They would rather keep a clear plan on track. Keeping work on track is project work.',
        },
        disagree: {
          you: 'You did not agree that you would rather keep a clear plan on track. Exploring what people need is product work.',
          they: 'They did not agree that they would rather keep a clear plan on track. Exploring what people need is product work.',
        },
      },
    },
    { agree: keepOnTrack, disagree: explore },
  ),
  // Each way comes with what it buys, so neither reads as the modern answer and the other as the old one.
  choice(
    {
      id: 'small-piece-or-steps-first',
      dimension: 'uncertainty',
      prompt: 'Which way of working suits you better?',
      covers: ['methods'],
    },
    [
      {
        id: 'start-small',
        label: 'Start with a small piece, so you learn early what works',
        lean: 2,
        evidence: fromDifferences('applying Agile, Scrum, and Lean methodologies'),
        why: 'Building a small piece first and learning from it is how Agile and Lean teams work.',
        reason: {
          you: 'You like to start with a small piece and learn early what works, as many product teams do.',
          they: 'They like to start with a small piece and learn early what works, as many product teams do.',
        },
      },
      // "The whole job first" read as rigid to both raters of version 3; planning the steps so each is
      // ready when the next needs it is the critical path, the project method the seed names.
      {
        id: 'plan-the-steps-first',
        label: 'Plan the steps first, so each part is ready when the next one needs it',
        lean: -2,
        evidence: fromDifferences('employing Waterfall, Critical Path Method (CPM)'),
        why: 'Planning the order of the steps up front, so none waits on another, is how a planned project runs.',
        reason: {
          you: 'You like to plan the steps first, so each part is ready when the next needs it, as planned projects do.',
          they: 'They like to plan the steps first, so each part is ready when the next needs it, as planned projects do.',
        },
      },
    ],
  ),
];
