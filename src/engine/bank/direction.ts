import type { Question } from '../types.ts';
import { agreement, choice, fromDifferences, interest } from './build.ts';

const steersOrExecutes = fromDifferences(
  'the Product Manager steers the strategic direction while the Project Manager handles execution',
);
const decideWhat = {
  evidence: steersOrExecutes,
  why: 'You would rather choose what gets built, and that is product work.',
};
const planHow = {
  evidence: steersOrExecutes,
  why: 'You would rather plan how it gets built, and that is project work.',
};

export const directionQuestions: readonly Question[] = [
  interest('product', {
    id: 'picture-next-year',
    dimension: 'direction',
    prompt: 'Picture what an app should be able to do a year from now',
    covers: ['focus', 'goal'],
    evidence: fromDifferences('Technical Product Managers drive product vision'),
  }),
  interest('project', {
    id: 'goal-into-steps',
    dimension: 'direction',
    prompt: 'Turn a big goal into clear steps that a team can follow',
    covers: ['responsibilities', 'deliverables'],
    evidence: fromDifferences('Technical Project Managers focus on project planning'),
  }),
  agreement(
    'product',
    {
      id: 'rather-decide-what',
      dimension: 'direction',
      prompt: 'I would rather decide what gets built than plan how it gets built.',
      covers: ['focus', 'decision-authority'],
      mirrorOf: 'rather-plan-how',
    },
    { agree: decideWhat, disagree: planHow },
  ),
  agreement(
    'project',
    {
      id: 'rather-plan-how',
      dimension: 'direction',
      prompt: 'I would rather plan how something gets built than decide what gets built.',
      covers: ['focus', 'decision-authority'],
      mirrorOf: 'rather-decide-what',
    },
    { agree: planHow, disagree: decideWhat },
  ),
  choice(
    {
      id: 'spare-afternoon',
      dimension: 'direction',
      prompt: 'You have a free afternoon at work. How would you rather spend it?',
      covers: ['focus', 'goal'],
    },
    [
      {
        id: 'write-product-direction',
        label: 'Writing down where the product could go next year',
        lean: 2,
        evidence: fromDifferences('Technical Product Managers drive product vision'),
        why: 'Thinking ahead about where a product should go is product vision.',
      },
      {
        id: 'work-out-team-timing',
        label: 'Working out how three teams can finish on the same day',
        lean: -2,
        evidence: fromDifferences('Technical Project Managers coordinate tasks, timelines, and resources'),
        why: 'Fitting the plans of several teams together is project work.',
      },
    ],
  ),
];
