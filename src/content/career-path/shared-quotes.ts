import { msg } from '@lingui/core/macro';
import { fromComparisonSeed as comparison } from '../sources.ts';
import type { Source } from '../sources.ts';

// Sources both paths cite.
export const crossFunctional = comparison(
  'Both roles require strong communication skills, the ability to work with cross-functional teams',
  msg`Both roles require strong communication skills, the ability to work with cross-functional teams`,
);
export const pmiProgram: Source = {
  authority: 'PMI',
  work: msg`A Guide to the Project Management Body of Knowledge (PMBOK Guide), definition of a program`,
};
