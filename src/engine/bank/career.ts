import type { Question } from '../types.ts';
import { choice, fromDifferences, interest } from './build.ts';

const productPath = fromDifferences(
  'progressing to roles such as Senior Product Manager, Director of Product, or Chief Product Officer',
);
const projectPath = fromDifferences('leading to positions like Program Manager, PMO Director');

export const careerQuestions: readonly Question[] = [
  interest('product', {
    id: 'compare-rival-products',
    dimension: 'career',
    prompt: 'Compare rival products to see what each one offers',
    covers: ['career-path', 'skills'],
    evidence: fromDifferences(
      'Technical Product Managers often advance by gaining expertise in market analysis',
    ),
    reasons: {
      enjoy: {
        you: 'You would enjoy comparing rival products. That skill is how product people grow.',
        they: 'They would enjoy comparing rival products. That skill is how product people grow.',
      },
      dislike: {
        you: 'Comparing rival products does not draw you much, and that is how product people grow.',
        they: 'Comparing rival products does not draw them much, and that is how product people grow.',
      },
    },
  }),
  interest('project', {
    id: 'run-related-projects',
    dimension: 'career',
    prompt: 'Run a few linked projects so they all finish at the same time',
    covers: ['career-path', 'focus'],
    evidence: fromDifferences(
      'Technical Project Managers typically follow a path emphasizing project execution, resource coordination',
    ),
    reasons: {
      enjoy: {
        you: 'You would enjoy keeping several projects moving together. That is where project careers lead.',
        they: 'They would enjoy keeping several projects moving together. That is where project careers lead.',
      },
      dislike: {
        you: 'Running several projects at once does not draw you much, and that is where project careers lead.',
        they: 'Running several projects at once does not draw them much, and that is where project careers lead.',
      },
    },
  }),
  // Both jobs head a group of the same size over the same company; only the work differs.
  choice(
    {
      id: 'job-in-ten-years',
      dimension: 'career',
      prompt: 'Ten years from now, which job sounds more like you?',
      covers: ['career-path'],
    },
    [
      {
        id: 'head-project-office',
        label: 'Heading the office that runs a company’s big projects',
        lean: -2,
        evidence: projectPath,
        why: 'Running a company’s big projects is where project work leads.',
        reason: {
          you: 'You see yourself heading the office that runs big projects. That is where project careers lead.',
          they: 'They see themselves heading the office that runs big projects. That is where project careers lead.',
        },
      },
      {
        id: 'head-product-group',
        label: 'Heading the group that plans a company’s products',
        lean: 2,
        evidence: productPath,
        why: 'Planning a company’s products is where product work leads.',
        reason: {
          you: 'You see yourself heading the group that plans products. That is where product careers lead.',
          they: 'They see themselves heading the group that plans products. That is where product careers lead.',
        },
      },
    ],
  ),
];
