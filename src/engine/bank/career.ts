import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { choice, fromDifferences, interest } from './build.ts';

const productPath = fromDifferences(
  'progressing to roles such as Senior Product Manager, Director of Product, or Chief Product Officer',
  msg({
    message:
      'progressing to roles such as Senior Product Manager, Director of Product, or Chief Product Officer',
    comment: 'Translation of a quote from an English article, shown next to the quote',
  }),
);
const projectPath = fromDifferences(
  'leading to positions like Program Manager, PMO Director',
  msg({
    message: 'leading to positions like Program Manager, PMO Director',
    comment: 'Translation of a quote from an English article, shown next to the quote',
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
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy comparing rival products. That skill is how product people grow.`,
        they: msg`They would enjoy comparing rival products. That skill is how product people grow.`,
      },
      dislike: {
        you: msg`Comparing rival products does not draw you much, and that is how product people grow.`,
        they: msg`Comparing rival products does not draw them much, and that is how product people grow.`,
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
        comment: 'Translation of a quote from an English article, shown next to the quote',
      }),
    ),
    reasons: {
      enjoy: {
        you: msg`You would enjoy keeping several projects moving together. That is where project careers lead.`,
        they: msg`They would enjoy keeping several projects moving together. That is where project careers lead.`,
      },
      dislike: {
        you: msg`Running several projects at once does not draw you much, and that is where project careers lead.`,
        they: msg`Running several projects at once does not draw them much, and that is where project careers lead.`,
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
        why: msg`Running a company’s big projects is where project work leads.`,
        reason: {
          you: msg`You see yourself heading the office that runs big projects. That is where project careers lead.`,
          they: msg`They see themselves heading the office that runs big projects. That is where project careers lead.`,
        },
      },
      {
        id: 'head-product-group',
        label: msg`Heading the group that plans a company’s products`,
        lean: 2,
        evidence: productPath,
        why: msg`Planning a company’s products is where product work leads.`,
        reason: {
          you: msg`You see yourself heading the group that plans products. That is where product careers lead.`,
          they: msg`They see themselves heading the group that plans products. That is where product careers lead.`,
        },
      },
    ],
  ),
];
