import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { agreement, choice, fromComparison, fromDifferences, interest } from './build.ts';

const explore = {
  evidence: fromComparison(
    'They are responsible for understanding market needs',
    msg({
      message: 'They are responsible for understanding market needs',
      comment: 'On the method page: a translation of a quote from an English article, shown next to it',
    }),
  ),
  why: msg({
    message: `You would rather explore what people need, and that is product work.`,
    comment: 'On the method page: why this answer counts the way it does',
  }),
};
const keepOnTrack = {
  evidence: fromComparison(
    'ensuring that the project is delivered on time and within budget',
    msg({
      message: 'ensuring that the project is delivered on time and within budget',
      comment: 'On the method page: a translation of a quote from an English article, shown next to it',
    }),
  ),
  why: msg({
    message: `You would rather keep a clear plan on track, and that is project work.`,
    comment: 'On the method page: why this answer counts the way it does',
  }),
};

export const uncertaintyQuestions: readonly Question[] = [
  interest('product', {
    id: 'test-idea-first',
    dimension: 'uncertainty',
    prompt: msg`Try out a new idea with a few real users before the team builds it`,
    covers: ['methods', 'skills'],
    evidence: fromComparison(
      'Customer feedback and validation',
      msg({
        message: 'Customer feedback and validation',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy testing an idea with real users before it is built. That is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy testing an idea with real users before it is built. That is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Trying ideas out with users first does not draw you much, and that is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Trying ideas out with users first does not draw them much, and that is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'spot-delays-early',
    dimension: 'uncertainty',
    prompt: msg`Spot early on what could make a big piece of work run late`,
    covers: ['responsibilities', 'methods'],
    evidence: fromDifferences(
      'Project management, risk assessment, communication.',
      msg({
        message: 'Project management, risk assessment, communication.',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy spotting early on what could make the work late. That is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy spotting early on what could make the work late. That is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Looking out for what could make the work late does not draw you much, and that is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Looking out for what could make the work late does not draw them much, and that is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  agreement(
    'product',
    {
      id: 'rather-explore',
      dimension: 'uncertainty',
      prompt: msg`I would rather explore a problem nobody understands yet than keep a clear plan on track.`,
      covers: ['methods', 'focus'],
      mirrorOf: 'rather-keep-on-track',
      reasons: {
        agree: {
          you: msg({
            message: `You would rather explore a problem nobody understands yet. Finding out what people need is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would rather explore a problem nobody understands yet. Finding out what people need is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
        disagree: {
          you: msg({
            message: `You did not agree that you would rather explore an unknown problem. Keeping a clear plan on track is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They did not agree that they would rather explore an unknown problem. Keeping a clear plan on track is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
      prompt: msg`I would rather keep a clear plan on track than explore a problem nobody understands yet.`,
      covers: ['methods', 'focus'],
      mirrorOf: 'rather-explore',
      reasons: {
        agree: {
          you: msg({
            message: `You would rather keep a clear plan on track. Keeping work on track is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would rather keep a clear plan on track. Keeping work on track is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
        disagree: {
          you: msg({
            message: `You did not agree that you would rather keep a clear plan on track. Exploring what people need is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They did not agree that they would rather keep a clear plan on track. Exploring what people need is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
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
      prompt: msg`Which way of working suits you better?`,
      covers: ['methods'],
    },
    [
      {
        id: 'start-small',
        label: msg`Start with a small piece, so you learn early what works`,
        lean: 2,
        evidence: fromDifferences(
          'applying Agile, Scrum, and Lean methodologies',
          msg({
            message: 'applying Agile, Scrum, and Lean methodologies',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Building a small piece first and learning from it is how Agile and Lean teams work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You like to start with a small piece and learn early what works, as many product teams do.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They like to start with a small piece and learn early what works, as many product teams do.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      // "The whole job first" read as rigid to both raters of version 3; planning the steps so each is
      // ready when the next needs it is the critical path, the project method the seed names.
      {
        id: 'plan-the-steps-first',
        label: msg`Plan the steps first, so each part is ready when the next one needs it`,
        lean: -2,
        evidence: fromDifferences(
          'employing Waterfall, Critical Path Method (CPM)',
          msg({
            message: 'employing Waterfall, Critical Path Method (CPM)',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Planning the order of the steps up front, so none waits on another, is how a planned project runs.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You like to plan the steps first, so each part is ready when the next needs it, as planned projects do.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They like to plan the steps first, so each part is ready when the next needs it, as planned projects do.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
