import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { agreement, choice, fromDifferences, interest } from './build.ts';

const steersOrExecutes = fromDifferences(
  'the Product Manager steers the strategic direction while the Project Manager handles execution',
  msg({
    message: 'the Product Manager steers the strategic direction while the Project Manager handles execution',
    comment: 'Translation of a quote from an English article, shown next to the quote',
  }),
);
const decideWhat = {
  evidence: steersOrExecutes,
  why: msg`You would rather choose what gets built, and that is product work.`,
};
const planHow = {
  evidence: steersOrExecutes,
  why: msg`You would rather plan how it gets built, and that is project work.`,
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
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy picturing what an app should do a year from now. That is product vision.`,
        they: msg`They would enjoy picturing what an app should do a year from now. That is product vision.`,
      },
      dislike: {
        you: msg`Picturing where an app should be in a year does not draw you much, and that is product work.`,
        they: msg`Picturing where an app should be in a year does not draw them much, and that is product work.`,
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
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy turning a big goal into clear steps for a team. That plan is project work.`,
        they: msg`They would enjoy turning a big goal into clear steps for a team. That plan is project work.`,
      },
      dislike: {
        you: msg`Turning a goal into steps does not draw you much, and that plan is project work.`,
        they: msg`Turning a goal into steps does not draw them much, and that plan is project work.`,
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
          you: msg`You would rather decide what gets built than plan how. Deciding what is product work.`,
          they: msg`They would rather decide what gets built than plan how. Deciding what is product work.`,
        },
        disagree: {
          you: msg`You did not agree that you would rather decide what gets built. Planning how is project work.`,
          they: msg`They did not agree that they would rather decide what gets built. Planning how is project work.`,
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
          you: msg`You would rather plan how things get built than decide what. Planning how is project work.`,
          they: msg`They would rather plan how things get built than decide what. Planning how is project work.`,
        },
        disagree: {
          you: msg`You did not agree that you would rather plan how things get built. Deciding what is product work.`,
          they: msg`They did not agree that they would rather plan how things get built. Deciding what is product work.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Thinking ahead about where a product should go is product vision.`,
        reason: {
          you: msg`With a free afternoon, you would write down where the product could go. That is product vision.`,
          they: msg`With a free afternoon, they would write down where the product could go. That is product vision.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Fitting the plans of several teams together is project work.`,
        reason: {
          you: msg`With a free afternoon, you would work out how three teams can finish together. That is how projects run.`,
          they: msg`With a free afternoon, they would work out how three teams can finish together. That is how projects run.`,
        },
      },
    ],
  ),
];
