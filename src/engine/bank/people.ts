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
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy hearing what buyers wish the product could do. Product work starts there.`,
        they: msg`They would enjoy hearing what buyers wish the product could do. Product work starts there.`,
      },
      dislike: {
        you: msg`Sales calls with buyers do not draw you much, and such calls are part of product work.`,
        they: msg`Sales calls with buyers do not draw them much, and such calls are part of product work.`,
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
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy giving a client a weekly update on the work. That is a big part of project work.`,
        they: msg`They would enjoy giving a client a weekly update on the work. That is a big part of project work.`,
      },
      dislike: {
        you: msg`Giving clients updates on the work does not draw you much, and that is project work.`,
        they: msg`Giving clients updates on the work does not draw them much, and that is project work.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`The client paying for the work is who project work answers to.`,
        reason: {
          you: msg`You would sit down with the client paying for the work. Project work answers to clients.`,
          they: msg`They would sit down with the client paying for the work. Project work answers to clients.`,
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
            comment: 'Translation of a quote from an English article, shown next to the quote',
          }),
        ),
        why: msg`The people who use the product are who product work is for.`,
        reason: {
          you: msg`You would sit down with a customer who uses the product. Product work is done for such customers.`,
          they: msg`They would sit down with a customer who uses the product. Product work is done for such customers.`,
        },
      },
    ],
  ),
];
