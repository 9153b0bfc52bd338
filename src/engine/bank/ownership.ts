import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromComparison, fromDifferences, interest, scenario } from './build.ts';

export const ownershipQuestions: readonly Question[] = [
  interest('product', {
    id: 'choose-among-ideas',
    dimension: 'ownership',
    prompt: msg`Choose which of many good ideas the team should build first`,
    covers: ['decision-authority', 'responsibilities'],
    evidence: fromComparison(
      'Product strategy, feature prioritization, release planning',
      msg({
        message: 'Product strategy, feature prioritization, release planning',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy choosing which good idea gets built first. That choice is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy choosing which good idea gets built first. That choice is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Choosing between good ideas does not draw you much, and that choice is product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Choosing between good ideas does not draw them much, and that choice is product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'check-request-fits',
    dimension: 'ownership',
    prompt: msg`Check whether a new request fits the plan everyone agreed on`,
    covers: ['decision-authority', 'responsibilities'],
    evidence: fromComparison(
      'Scope, schedule, budget, risk management',
      msg({
        message: 'Scope, schedule, budget, risk management',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy checking new requests against the agreed plan. Guarding the plan is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy checking new requests against the agreed plan. Guarding the plan is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Checking new requests against a plan does not draw you much, and that is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Checking new requests against a plan does not draw them much, and that is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  choice(
    {
      id: 'final-say',
      dimension: 'ownership',
      prompt: msg`If you could have the final say on one thing, which would it be?`,
      covers: ['decision-authority'],
    },
    [
      {
        id: 'what-and-order',
        label: msg`Which features go into the product, and in what order`,
        lean: 2,
        evidence: fromDifferences(
          'hold primary decision-making authority over product vision, roadmap, and feature prioritization',
          msg({
            message:
              'hold primary decision-making authority over product vision, roadmap, and feature prioritization',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `The final say on which features come first sits with product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You want the final say on which features go in, and in what order. That call is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They want the final say on which features go in, and in what order. That call is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'how-staffed',
        label: msg`How the work is organised, staffed and scheduled`,
        lean: -2,
        evidence: fromDifferences(
          'own the execution process, managing timelines, resources',
          msg({
            message: 'own the execution process, managing timelines, resources',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `The final say on staffing and dates sits with project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You want the final say on how the work is organised, staffed and scheduled. That call is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They want the final say on how the work is organised, staffed and scheduled. That call is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
  // Every option settles the clash in a way a lead might defend; none promises that nobody loses.
  scenario(
    {
      id: 'engineer-both-teams-need',
      dimension: 'ownership',
      prompt: msg`Two teams both need the same engineer next month. How do you settle it?`,
      covers: ['decision-authority', 'collaboration', 'responsibilities'],
    },
    [
      {
        id: 'higher-ranked-feature',
        label: msg`Give the engineer to the team whose feature ranks higher`,
        lean: 2,
        evidence: fromComparison(
          'Product roadmap and prioritization',
          msg({
            message: 'Product roadmap and prioritization',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Settling it by which feature comes first is how product work sets order.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would give the engineer to the team whose feature ranks higher. Setting that order is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would give the engineer to the team whose feature ranks higher. Setting that order is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'weigh-what-it-is-worth',
        label: msg`Compare what each team’s work is worth, then decide`,
        lean: 1,
        evidence: fromDifferences(
          'maximize product value',
          msg({
            message: 'maximize product value',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Weighing what each team’s work is worth is product work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would compare what each team’s work is worth before you decide. Weighing worth is product work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would compare what each team’s work is worth before they decide. Weighing worth is product work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      // Splitting the month "by date" read to both raters of version 3 as dodging the call, so the
      // milder project move now fits the engineer's days to when each team's work needs them.
      {
        id: 'book-by-need-date',
        label: msg`Book the engineer for each team on the days its work needs them`,
        lean: -1,
        evidence: fromDifferences(
          'managing timelines, resources, and cross-functional team coordination',
          msg({
            message: 'managing timelines, resources, and cross-functional team coordination',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Fitting one person’s time to the dates each team needs is project work.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would book the engineer for each team on the days its work needs them. Fitting time to dates is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would book the engineer for each team on the days its work needs them. Fitting time to dates is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'find-another-engineer',
        label: msg`Find a second engineer with the right skills for one team`,
        lean: -2,
        evidence: fromDifferences(
          'resource allocation efficiency',
          msg({
            message: 'resource allocation efficiency',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `Finding people to fill a gap is how project work handles resources.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would find a second engineer for one of the teams. Finding people for the work is project work.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would find a second engineer for one of the teams. Finding people for the work is project work.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
