import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { agreement, choice, fromDifferences, interest } from './build.ts';

const steersOrExecutes = fromDifferences(
  'the Product Manager steers the strategic direction while the Project Manager handles execution',
  msg({
    message: 'the Product Manager steers the strategic direction while the Project Manager handles execution',
    comment: 'On the method page: a translation of a quote from an English article, shown next to it',
  }),
);
const decideWhat = {
  evidence: steersOrExecutes,
  why: msg({
    message: `You would rather choose what gets built, and that is product work.`,
    comment: 'On the method page: why this answer counts the way it does',
  }),
};
const planHow = {
  evidence: steersOrExecutes,
  why: msg({
    message: `You would rather plan how it gets built, and that is project work.`,
    comment: 'On the method page: why this answer counts the way it does',
  }),
};

export const directionQuestions: readonly Question[] = [
  interest('product', {
    id: 'picture-next-year',
    dimension: 'direction',
    prompt: msg`Picture what an app should be able to do a year from now`,
    covers: ['focus', 'goal'],
    evidence: fromDifferences(
      'Technical Product Managers drive product vision',
      msg({
        message: 'Technical Product Managers drive product vision',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy picturing what an app should do a year from now. That is product vision.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy picturing what an app should do a year from now. That is product vision.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Picturing where an app should be in a year does not draw you much, and that is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Picturing where an app should be in a year does not draw them much, and that is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'goal-into-steps',
    dimension: 'direction',
    prompt: msg`Turn a big goal into clear steps that a team can follow`,
    covers: ['responsibilities', 'deliverables'],
    evidence: fromDifferences(
      'Technical Project Managers focus on project planning',
      msg({
        message: 'Technical Project Managers focus on project planning',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy turning a big goal into clear steps for a team. That plan is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy turning a big goal into clear steps for a team. That plan is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Turning a goal into steps does not draw you much, and that plan is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Turning a goal into steps does not draw them much, and that plan is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  agreement(
    'product',
    {
      id: 'rather-decide-what',
      dimension: 'direction',
      prompt: msg`I would rather decide what gets built than plan how it gets built.`,
      covers: ['focus', 'decision-authority'],
      mirrorOf: 'rather-plan-how',
      reasons: {
        agree: {
          you: msg({
            message: `You would rather decide what gets built than plan how. Deciding what is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would rather decide what gets built than plan how. Deciding what is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
        disagree: {
          you: msg({
            message: `You did not agree that you would rather decide what gets built. Planning how is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They did not agree that they would rather decide what gets built. Planning how is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    },
    { agree: decideWhat, disagree: planHow },
  ),
  agreement(
    'project',
    {
      id: 'rather-plan-how',
      dimension: 'direction',
      prompt: msg`I would rather plan how something gets built than decide what gets built.`,
      covers: ['focus', 'decision-authority'],
      mirrorOf: 'rather-decide-what',
      reasons: {
        agree: {
          you: msg({
            message: `You would rather plan how things get built than decide what. Planning how is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would rather plan how things get built than decide what. Planning how is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
        disagree: {
          you: msg({
            message: `You did not agree that you would rather plan how things get built. Deciding what is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They did not agree that they would rather plan how things get built. Deciding what is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    },
    { agree: planHow, disagree: decideWhat },
  ),
  choice(
    {
      id: 'spare-afternoon',
      dimension: 'direction',
      prompt: msg`You have a free afternoon at work. How would you rather spend it?`,
      covers: ['focus', 'goal'],
    },
    [
      {
        id: 'write-product-direction',
        label: msg`Writing down where the product could go next year`,
        lean: 2,
        evidence: fromDifferences(
          'Technical Product Managers drive product vision',
          msg({
            message: 'Technical Product Managers drive product vision',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Thinking ahead about where a product should go is product vision.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `With a free afternoon, you would write down where the product could go. That is product vision.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `With a free afternoon, they would write down where the product could go. That is product vision.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'work-out-team-timing',
        label: msg`Working out how three teams can finish on the same day`,
        lean: -2,
        evidence: fromDifferences(
          'Technical Project Managers coordinate tasks, timelines, and resources',
          msg({
            message: 'Technical Project Managers coordinate tasks, timelines, and resources',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Fitting the plans of several teams together is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `With a free afternoon, you would work out how three teams can finish together. That is how projects run.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `With a free afternoon, they would work out how three teams can finish together. That is how projects run.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
