import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromComparison, fromDifferences, interest } from './build.ts';

export const peopleQuestions: readonly Question[] = [
  interest('product', {
    id: 'hear-buyer-wishes',
    dimension: 'people',
    prompt: msg`Join a sales call to hear what a buyer wishes the product could do`,
    covers: ['stakeholders', 'collaboration'],
    evidence: fromDifferences(
      'Collaborates with customers, sales, engineering, marketing.',
      msg({
        message: 'Collaborates with customers, sales, engineering, marketing.',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy hearing what buyers wish the product could do. Product work starts there.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy hearing what buyers wish the product could do. Product work starts there.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Sales calls with buyers do not draw you much, and such calls are part of product work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Sales calls with buyers do not draw them much, and such calls are part of product work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'client-weekly-update',
    dimension: 'people',
    prompt: msg`Give a client a weekly update on how the work is going`,
    covers: ['stakeholders', 'deliverables'],
    evidence: fromDifferences(
      'Coordinates with team members, managers, clients.',
      msg({
        message: 'Coordinates with team members, managers, clients.',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy giving a client a weekly update on the work. That is a big part of project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy giving a client a weekly update on the work. That is a big part of project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Giving clients updates on the work does not draw you much, and that is project work.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Giving clients updates on the work does not draw them much, and that is project work.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  // One person on each side, with no purpose attached: who, not what for.
  choice(
    {
      id: 'who-to-sit-with',
      dimension: 'people',
      prompt: msg`To do your job better this week, who would you rather sit down with?`,
      covers: ['stakeholders', 'collaboration'],
    },
    [
      {
        id: 'paying-client',
        label: msg`The client who is paying for the work`,
        lean: -2,
        evidence: fromComparison(
          'Team members, clients, sponsors',
          msg({
            message: 'Team members, clients, sponsors',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `The client paying for the work is who project work answers to.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would sit down with the client paying for the work. Project work answers to clients.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would sit down with the client paying for the work. Project work answers to clients.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'everyday-customer',
        label: msg`A customer who uses the product every day`,
        lean: 2,
        evidence: fromComparison(
          'Developers, designers, marketers, customers',
          msg({
            message: 'Developers, designers, marketers, customers',
            comment: 'On the method page: a translation of a quote from an English article, shown next to it',
          }),
        ),
        why: msg({
          message: `The people who use the product are who product work is for.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You would sit down with a customer who uses the product. Product work is done for such customers.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They would sit down with a customer who uses the product. Product work is done for such customers.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
