import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromDifferences, interest } from './build.ts';

const productPath = fromDifferences(
  'progressing to roles such as Senior Product Manager, Director of Product, or Chief Product Officer',
  msg({
    message:
      'progressing to roles such as Senior Product Manager, Director of Product, or Chief Product Officer',
    comment: 'On the method page: a translation of a quote from an English article, shown next to it',
  }),
);
const projectPath = fromDifferences(
  'leading to positions like Program Manager, PMO Director',
  msg({
    message: 'leading to positions like Program Manager, PMO Director',
    comment: 'On the method page: a translation of a quote from an English article, shown next to it',
  }),
);

export const careerQuestions: readonly Question[] = [
  interest('product', {
    id: 'compare-rival-products',
    dimension: 'career',
    prompt: msg`Compare rival products to see what each one offers`,
    covers: ['career-path', 'skills'],
    evidence: fromDifferences(
      'Technical Product Managers often advance by gaining expertise in market analysis',
      msg({
        message: 'Technical Product Managers often advance by gaining expertise in market analysis',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy comparing rival products. That skill is how product people grow.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy comparing rival products. That skill is how product people grow.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Comparing rival products does not draw you much, and that is how product people grow.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Comparing rival products does not draw them much, and that is how product people grow.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  interest('project', {
    id: 'run-related-projects',
    dimension: 'career',
    prompt: msg`Run a few linked projects so they all finish at the same time`,
    covers: ['career-path', 'focus'],
    evidence: fromDifferences(
      'Technical Project Managers typically follow a path emphasizing project execution, resource coordination',
      msg({
        message:
          'Technical Project Managers typically follow a path emphasizing project execution, resource coordination',
        comment: 'On the method page: a translation of a quote from an English article, shown next to it',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg({
          message: `You would enjoy keeping several projects moving together. That is where project careers lead.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `They would enjoy keeping several projects moving together. That is where project careers lead.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
      dislike: {
        you: msg({
          message: `Running several projects at once does not draw you much, and that is where project careers lead.`,
          comment: 'On the result: a reason, said to the person who answered',
        }),
        they: msg({
          message: `Running several projects at once does not draw them much, and that is where project careers lead.`,
          comment: 'On a shared result: a reason, said of the person who shared it',
        }),
      },
    },
  }),
  // Both jobs head a group of the same size over the same company; only the work differs.
  choice(
    {
      id: 'job-in-ten-years',
      dimension: 'career',
      prompt: msg`Ten years from now, which job sounds more like you?`,
      covers: ['career-path'],
    },
    [
      {
        id: 'head-project-office',
        label: msg`Heading the office that runs a company’s big projects`,
        lean: -2,
        evidence: projectPath,
        why: msg({
          message: `Running a company’s big projects is where project work leads.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You see yourself heading the office that runs big projects. That is where project careers lead.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They see themselves heading the office that runs big projects. That is where project careers lead.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
      {
        id: 'head-product-group',
        label: msg`Heading the group that plans a company’s products`,
        lean: 2,
        evidence: productPath,
        why: msg({
          message: `Planning a company’s products is where product work leads.`,
          comment: 'On the method page: why this answer counts the way it does',
        }),
        reason: {
          you: msg({
            message: `You see yourself heading the group that plans products. That is where product careers lead.`,
            comment: 'On the result: a reason, said to the person who answered',
          }),
          they: msg({
            message: `They see themselves heading the group that plans products. That is where product careers lead.`,
            comment: 'On a shared result: a reason, said of the person who shared it',
          }),
        },
      },
    ],
  ),
];
