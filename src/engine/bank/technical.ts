import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromComparison, fromDifferences, interest, scenario } from './build.ts';

// The technical side both seeds stress, asked one way: shaping what a technical product does, or
// running how technical work gets delivered. Technical depth alone does not separate the roles
// ("Both roles require deep technical knowledge"), so no item here rewards it.
export const technicalQuestions: readonly Question[] = [
  interest('product', {
    id: 'shape-software',
    dimension: 'technical',
    prompt: msg`Work with engineers to decide what a new piece of software should do`,
    covers: ['skills', 'collaboration'],
    evidence: fromDifferences(
      'oversees the strategic vision, roadmap, and feature set of a technology product',
      msg({
        message: 'oversees the strategic vision, roadmap, and feature set of a technology product',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy deciding with engineers what new software should do. That is technical product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy deciding with engineers what new software should do. That is technical product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Deciding what new software should do does not draw you much, and that is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Deciding what new software should do does not draw them much, and that is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'schedule-server-move',
    dimension: 'technical',
    prompt: msg`Schedule each step of moving a company’s software to new servers`,
    covers: ['skills', 'responsibilities'],
    evidence: fromDifferences(
      'delivering specific technical projects within scope, budget, and timeline',
      msg({
        message: 'delivering specific technical projects within scope, budget, and timeline',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy scheduling each step of a big technical move. That is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy scheduling each step of a big technical move. That is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Scheduling the steps of a big technical job does not draw you much, and that is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Scheduling the steps of a big technical job does not draw them much, and that is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  choice(
    {
      id: 'what-or-how',
      dimension: 'technical',
      prompt: msg`On a team that builds software, which part would you rather own?`,
      covers: ['focus', 'decision-authority'],
    },
    [
      {
        id: 'what-it-does',
        label: msg`What the software should do, and for whom`,
        lean: 2,
        evidence: fromComparison(
          'Define product requirements and features',
          msg({
            message: 'Define product requirements and features',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Deciding what software does, and for whom, is technical product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `On a software team, you would own what the software does and for whom. That is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `On a software team, they would own what the software does and for whom. That is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'how-it-gets-built',
        label: msg`How the building work is split up, scheduled and delivered`,
        lean: -2,
        evidence: fromDifferences(
          'coordinate tasks, timelines, and resources across engineering, QA, operations',
          msg({
            message: 'coordinate tasks, timelines, and resources across engineering, QA, operations',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Splitting up the building work and seeing it delivered is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `On a software team, you would own how the work is split up and delivered. That is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `On a software team, they would own how the work is split up and delivered. That is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
  // No option is the taught answer: each side has a stronger and a milder move, and none promises
  // that users lose nothing.
  scenario(
    {
      id: 'estimate-doubles',
      dimension: 'technical',
      prompt: msg`The engineers say a new feature will take twice as long as planned. What do you do first?`,
      covers: ['responsibilities', 'collaboration'],
    },
    [
      {
        id: 'rework-schedule',
        label: msg`Rework the schedule around the new estimate`,
        lean: -2,
        evidence: fromDifferences(
          'risk management, and timeline adherence',
          msg({
            message: 'risk management, and timeline adherence',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Reworking the timeline around new facts is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a feature ran long, you would rework the schedule around the new estimate. That is how project work copes.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a feature ran long, they would rework the schedule around the new estimate. That is how project work copes.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      // Adding people to hold a late date read as a known mistake to both raters of version 3, so
      // the milder project move is now one a careful lead would defend: telling those who depend on it.
      {
        id: 'tell-who-depends',
        label: msg`Tell the teams who depend on the feature what the new date means for them`,
        lean: -1,
        evidence: fromDifferences(
          'Planning, scheduling, risk management, stakeholder coordination.',
          msg({
            message: 'Planning, scheduling, risk management, stakeholder coordination.',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Keeping the people who depend on the work in step with its dates is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a feature ran long, you would tell the teams who depend on it what the new date means. That is how project work copes.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a feature ran long, they would tell the teams who depend on it what the new date means. That is how project work copes.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'recheck-what-it-does',
        label: msg`Go back over what the feature needs to do`,
        lean: 1,
        evidence: fromDifferences(
          'define feature requirements',
          msg({
            message: 'define feature requirements',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Going back over what a feature must do is product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a feature ran long, you would go back over what it needs to do. That is how product work copes.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a feature ran long, they would go back over what it needs to do. That is how product work copes.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'choose-what-waits',
        label: msg`Decide which parts of the feature can wait`,
        lean: 2,
        evidence: fromComparison(
          'Product strategy, feature prioritization, release planning',
          msg({
            message: 'Product strategy, feature prioritization, release planning',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Choosing which parts of a feature come first is product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `When a feature ran long, you would decide which parts can wait. That is how product work copes.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `When a feature ran long, they would decide which parts can wait. That is how product work copes.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
