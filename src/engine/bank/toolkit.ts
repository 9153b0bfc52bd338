import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { fromComparison, fromDifferences, interest, scenario } from './build.ts';

export const toolkitQuestions: readonly Question[] = [
  interest('product', {
    id: 'sketch-screens',
    dimension: 'toolkit',
    prompt: msg`Sketch rough screens to show how a new feature might work`,
    covers: ['tools', 'deliverables'],
    evidence: fromComparison(
      'Product roadmap, user stories, wireframes',
      msg({
        message: 'Product roadmap, user stories, wireframes',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy sketching screens for a new feature. Sketches like that are product tools.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy sketching screens for a new feature. Sketches like that are product tools.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Sketching screens does not draw you much, and sketches like that are product tools.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Sketching screens does not draw them much, and sketches like that are product tools.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'task-chart',
    dimension: 'toolkit',
    prompt: msg`Build a chart that shows every task, who does it, and what must come first`,
    covers: ['tools', 'methods'],
    evidence: fromComparison(
      'Gantt charts, project management software',
      msg({
        message: 'Gantt charts, project management software',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy charting every task and what must come first. Charts like that are project tools.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy charting every task and what must come first. Charts like that are project tools.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Charting tasks and their order does not draw you much, and charts like that are project tools.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Charting tasks and their order does not draw them much, and charts like that are project tools.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  // Two documents of each role, one fully and one partly leaning, so answering at random leans
  // neither way; the two strongest are the same kind of paper: what happens over the next three months.
  scenario(
    {
      id: 'first-week-document',
      dimension: 'toolkit',
      prompt: msg`In your first week on a new team, which document would you most like to write?`,
      covers: ['deliverables', 'tools'],
    },
    [
      {
        id: 'work-schedule',
        label: msg`A schedule of who does what over the next three months`,
        lean: -2,
        evidence: fromDifferences(
          'Project plan, status reports, deliverable tracking.',
          msg({
            message: 'Project plan, status reports, deliverable tracking.',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `A plan of who does what, and when, is the first thing project work delivers.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would start with a schedule of who does what. Project work delivers that first.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would start with a schedule of who does what. Project work delivers that first.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'risk-list',
        label: msg`A list of the main risks to the team’s work`,
        lean: -1,
        evidence: fromDifferences(
          'Planning, scheduling, risk management, stakeholder coordination.',
          msg({
            message: 'Planning, scheduling, risk management, stakeholder coordination.',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Keeping track of what could go wrong is part of project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would start with a list of the main risks to the work. Project work keeps that list.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would start with a list of the main risks to the work. Project work keeps that list.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'feature-page',
        label: msg`A page on what one new feature should do`,
        lean: 1,
        evidence: fromDifferences(
          'Product roadmap, feature specifications, market analysis.',
          msg({
            message: 'Product roadmap, feature specifications, market analysis.',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Writing down what a feature should do is product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would start with a page on what one new feature should do. Product work writes pages like that.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would start with a page on what one new feature should do. Product work writes pages like that.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'feature-order',
        label: msg`A list of which features to build over the next three months`,
        lean: 2,
        evidence: fromDifferences(
          'Product roadmap, feature specifications, market analysis.',
          msg({
            message: 'Product roadmap, feature specifications, market analysis.',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `A plan of which features come first is the first thing product work delivers.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would start with a list of which features to build. Product work delivers that first.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would start with a list of which features to build. Product work delivers that first.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
