import type { Question } from '../types.ts';
import { choice, fromComparison, fromDifferences, interest, scenario } from './build.ts';

export const ownershipQuestions: readonly Question[] = [
  interest('product', {
    id: 'choose-among-ideas',
    dimension: 'ownership',
    prompt: 'Choose which of many good ideas the team should build first',
    covers: ['decision-authority', 'responsibilities'],
    evidence: fromComparison('Product strategy, feature prioritization, release planning'),
    reasons: {
      enjoy: {
        you: 'You would enjoy choosing which good idea gets built first. That choice is product work.',
        they: 'They would enjoy choosing which good idea gets built first. That choice is product work.',
      },
      dislike: {
        you: 'Choosing between good ideas does not draw you much, and that choice is product work.',
        they: 'Choosing between good ideas does not draw them much, and that choice is product work.',
      },
    },
  }),
  interest('project', {
    id: 'check-request-fits',
    dimension: 'ownership',
    prompt: 'Check whether a new request fits the plan everyone agreed on',
    covers: ['decision-authority', 'responsibilities'],
    evidence: fromComparison('Scope, schedule, budget, risk management'),
    reasons: {
      enjoy: {
        you: 'You would enjoy checking new requests against the agreed plan. Guarding the plan is project work.',
        they: 'They would enjoy checking new requests against the agreed plan. Guarding the plan is project work.',
      },
      dislike: {
        you: 'Checking new requests against a plan does not draw you much, and that is project work.',
        they: 'Checking new requests against a plan does not draw them much, and that is project work.',
      },
    },
  }),
  choice(
    {
      id: 'final-say',
      dimension: 'ownership',
      prompt: 'If you could have the final say on one thing, which would it be?',
      covers: ['decision-authority'],
    },
    [
      {
        id: 'what-and-order',
        label: 'Which features go into the product, and in what order',
        lean: 2,
        evidence: fromDifferences(
          'hold primary decision-making authority over product vision, roadmap, and feature prioritization',
        ),
        why: 'The final say on which features come first sits with product work.',
        reason: {
          you: 'You want the final say on which features go in, and in what order. That call is product work.',
          they: 'They want the final say on which features go in, and in what order. That call is product work.',
        },
      },
      {
        id: 'how-staffed',
        label: 'How the work is organised, staffed and scheduled',
        lean: -2,
        evidence: fromDifferences('own the execution process, managing timelines, resources'),
        why: 'The final say on staffing and dates sits with project work.',
        reason: {
          you: 'You want the final say on how the work is organised, staffed and scheduled. That call is project work.',
          they: 'They want the final say on how the work is organised, staffed and scheduled. That call is project work.',
        },
      },
    ],
  ),
  // Every option settles the clash in a way a lead might defend; none promises that nobody loses.
  scenario(
    {
      id: 'engineer-both-teams-need',
      dimension: 'ownership',
      prompt: 'Two teams both need the same engineer next month. How do you settle it?',
      covers: ['decision-authority', 'collaboration', 'responsibilities'],
    },
    [
      {
        id: 'higher-ranked-feature',
        label: 'Give the engineer to the team whose feature ranks higher',
        lean: 2,
        evidence: fromComparison('Product roadmap and prioritization'),
        why: 'Settling it by which feature comes first is how product work sets order.',
        reason: {
          you: 'You would give the engineer to the team whose feature ranks higher. Setting that order is product work.',
          they: 'They would give the engineer to the team whose feature ranks higher. Setting that order is product work.',
        },
      },
      {
        id: 'weigh-what-it-is-worth',
        label: 'Compare what each team’s work is worth, then decide',
        lean: 1,
        evidence: fromDifferences('maximize product value'),
        why: 'Weighing what each team’s work is worth is product work.',
        reason: {
          you: 'You would compare what each team’s work is worth before you decide. Weighing worth is product work.',
          they: 'They would compare what each team’s work is worth before they decide. Weighing worth is product work.',
        },
      },
      // Splitting the month "by date" read to both raters of version 3 as dodging the call, so the
      // milder project move now fits the engineer's days to when each team's work needs them.
      {
        id: 'book-by-need-date',
        label: 'Book the engineer for each team on the days its work needs them',
        lean: -1,
        evidence: fromDifferences('managing timelines, resources, and cross-functional team coordination'),
        why: 'Fitting one person’s time to the dates each team needs is project work.',
        reason: {
          you: 'You would book the engineer for each team on the days its work needs them. Fitting time to dates is project work.',
          they: 'They would book the engineer for each team on the days its work needs them. Fitting time to dates is project work.',
        },
      },
      {
        id: 'find-another-engineer',
        label: 'Find a second engineer with the right skills for one team',
        lean: -2,
        evidence: fromDifferences('resource allocation efficiency'),
        why: 'Finding people to fill a gap is how project work handles resources.',
        reason: {
          you: 'You would find a second engineer for one of the teams. Finding people for the work is project work.',
          they: 'They would find a second engineer for one of the teams. Finding people for the work is project work.',
        },
      },
    ],
  ),
];
