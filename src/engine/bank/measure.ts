import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromDifferences, interest, scenario } from './build.ts';

const productMeasures = fromDifferences(
  'product adoption rates, customer satisfaction scores, and revenue growth',
  msg({
    message: 'product adoption rates, customer satisfaction scores, and revenue growth',
    comment: 'Translation of a quote from an English article, shown next to the quote',
  }),
);
const projectMeasures = fromDifferences(
  'project delivery timelines, budget adherence',
  msg({
    message: 'project delivery timelines, budget adherence',
    comment: 'Translation of a quote from an English article, shown next to the quote',
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
        you: msg`You would enjoy seeing how people use a feature, and whether it helps. That is product work.`,
        they: msg`They would enjoy seeing how people use a feature, and whether it helps. That is product work.`,
      },
      dislike: {
        you: msg`Watching how people use a feature does not draw you much, and that is product work.`,
        they: msg`Watching how people use a feature does not draw them much, and that is product work.`,
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
        you: msg`You would enjoy keeping a big piece of work on track to its set date. That is project work.`,
        they: msg`They would enjoy keeping a big piece of work on track to its set date. That is project work.`,
      },
      dislike: {
        you: msg`Keeping work on track to a set date does not draw you much, and that is project work.`,
        they: msg`Keeping work on track to a set date does not draw them much, and that is project work.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Finishing on the set date is how project work is judged.`,
        reason: {
          you: msg`You would be proudest that a big project finished on its set date. That is a project goal.`,
          they: msg`They would be proudest that a big project finished on its set date. That is a project goal.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`How many customers take up what was built is how product work is judged.`,
        reason: {
          you: msg`You would be proudest that most customers use a feature you built. That is a product goal.`,
          they: msg`They would be proudest that most customers use a feature they built. That is a product goal.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`How many people use the product is the first measure of product work.`,
        reason: {
          you: msg`The chart you picked shows how many people use the product each week. Product work answers for that.`,
          they: msg`The chart they picked shows how many people use the product each week. Product work answers for that.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`How happy customers are is a measure of product work.`,
        reason: {
          you: msg`The chart you picked shows how happy customers were after each release. Product work answers for that.`,
          they: msg`The chart they picked shows how happy customers were after each release. Product work answers for that.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Milestones hit on time are a measure of project work.`,
        reason: {
          you: msg`The chart you picked shows how many milestones were hit on time. Project work answers for that.`,
          they: msg`The chart they picked shows how many milestones were hit on time. Project work answers for that.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`Tracking the planned work to the end is the daily measure of project work.`,
        reason: {
          you: msg`The chart you picked shows how much of the planned work is done. Project work answers for that.`,
          they: msg`The chart they picked shows how much of the planned work is done. Project work answers for that.`,
        },
      },
    ],
  ),
];
