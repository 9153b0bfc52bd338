import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromDifferences, interest, scenario } from './build.ts';

const productMeasures = fromDifferences(
  'product adoption rates, customer satisfaction scores, and revenue growth',
  msg({
    message: 'product adoption rates, customer satisfaction scores, and revenue growth',
    comment: 'On the method page: a translation of a quote from an English article, shown next to it',
  }),
);
const projectMeasures = fromDifferences(
  'project delivery timelines, budget adherence',
  msg({
    message: 'project delivery timelines, budget adherence',
    comment: 'On the method page: a translation of a quote from an English article, shown next to it',
  }),
);

export const measureQuestions: readonly Question[] = [
  interest('product', {
    id: 'watch-feature-use',
    dimension: 'measure',
    prompt: msg`Look at how people use a new feature to see if it really helps them`,
    covers: ['success-metrics', 'goal'],
    evidence: productMeasures,
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy seeing how people use a feature, and whether it helps. That is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy seeing how people use a feature, and whether it helps. That is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Watching how people use a feature does not draw you much, and that is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Watching how people use a feature does not draw them much, and that is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'finish-by-set-date',
    dimension: 'measure',
    prompt: msg`Keep a big piece of work on track to finish by its set date`,
    covers: ['success-metrics', 'deliverables'],
    evidence: projectMeasures,
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy keeping a big piece of work on track to its set date. That is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy keeping a big piece of work on track to its set date. That is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Keeping work on track to a set date does not draw you much, and that is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Keeping work on track to a set date does not draw them much, and that is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  // One plain result on each side: a date met, or a feature taken up.
  choice(
    {
      id: 'prouder-review-line',
      dimension: 'measure',
      prompt: msg`Which line in your yearly review would make you prouder?`,
      covers: ['success-metrics'],
    },
    [
      {
        id: 'finished-on-date',
        label: msg`Our big project finished on the date we set`,
        lean: -2,
        evidence: fromDifferences(
          'project delivery timelines',
          msg({
            message: 'project delivery timelines',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Finishing on the set date is how project work is judged.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would be proudest that a big project finished on its set date. That is a project goal.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would be proudest that a big project finished on its set date. That is a project goal.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'most-customers-use-it',
        label: msg`Most of our customers now use the feature we built`,
        lean: 2,
        evidence: fromDifferences(
          'product adoption rates',
          msg({
            message: 'product adoption rates',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `How many customers take up what was built is how product work is judged.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would be proudest that most customers use a feature you built. That is a product goal.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would be proudest that most customers use a feature they built. That is a product goal.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
  scenario(
    {
      id: 'team-screen-chart',
      dimension: 'measure',
      prompt: msg`You can put only one chart on the big screen next to the team. Which one do you pick?`,
      covers: ['success-metrics', 'goal'],
    },
    [
      {
        id: 'weekly-users',
        label: msg`How many people used the product each week`,
        lean: 2,
        evidence: fromDifferences(
          'product adoption rates',
          msg({
            message: 'product adoption rates',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `How many people use the product is the first measure of product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `The chart you picked shows how many people use the product each week. Product work answers for that.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `The chart they picked shows how many people use the product each week. Product work answers for that.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'satisfaction',
        label: msg`How happy customers were after each release`,
        lean: 1,
        evidence: fromDifferences(
          'customer satisfaction scores',
          msg({
            message: 'customer satisfaction scores',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `How happy customers are is a measure of product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `The chart you picked shows how happy customers were after each release. Product work answers for that.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `The chart they picked shows how happy customers were after each release. Product work answers for that.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'milestones-hit',
        label: msg`How many milestones were hit on time`,
        lean: -1,
        evidence: fromDifferences(
          'project delivery timelines',
          msg({
            message: 'project delivery timelines',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Milestones hit on time are a measure of project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `The chart you picked shows how many milestones were hit on time. Project work answers for that.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `The chart they picked shows how many milestones were hit on time. Project work answers for that.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'work-left',
        label: msg`How much of the planned work is done, and how much is left`,
        lean: -2,
        evidence: fromDifferences(
          'Project plan, status reports, deliverable tracking.',
          msg({
            message: 'Project plan, status reports, deliverable tracking.',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Tracking the planned work to the end is the daily measure of project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `The chart you picked shows how much of the planned work is done. Project work answers for that.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `The chart they picked shows how much of the planned work is done. Project work answers for that.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
