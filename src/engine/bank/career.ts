import type { Question } from '../types.ts';
import { choice, fromDifferences, interest } from './build.ts';

const productPath = fromDifferences(
  'progressing to roles such as Senior Product Manager, Director of Product, or Chief Product Officer',
);
const projectPath = fromDifferences('leading to positions like Program Manager, PMO Director');

export const careerQuestions: readonly Question[] = [
  interest('product', {
    id: 'study-rivals',
    dimension: 'career',
    prompt: 'Study what buyers in a market want and where rival products fall short',
    covers: ['career-path', 'skills'],
    evidence: fromDifferences(
      'Technical Product Managers often advance by gaining expertise in market analysis',
    ),
  }),
  interest('project', {
    id: 'run-related-projects',
    dimension: 'career',
    prompt: 'Run a few linked projects so they all finish at the same time',
    covers: ['career-path', 'focus'],
    evidence: fromDifferences(
      'Technical Project Managers typically follow a path emphasizing project execution, resource coordination',
    ),
  }),
  choice(
    {
      id: 'title-in-ten-years',
      dimension: 'career',
      prompt: 'Ten years from now, which job sounds more like you?',
      covers: ['career-path'],
    },
    [
      {
        id: 'lead-program-office',
        label: 'Leading the office that runs all of a company’s big projects',
        lean: -2,
        evidence: projectPath,
        why: 'Running all of a company’s projects is where project work leads.',
      },
      {
        id: 'lead-product-org',
        label: 'Leading the group that decides what a company builds next',
        lean: 2,
        evidence: productPath,
        why: 'Deciding what a company builds is where product work leads.',
      },
    ],
  ),
];
