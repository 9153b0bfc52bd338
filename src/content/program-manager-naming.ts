// The one role fact the start page shows, in a file of its own so its words travel with the start page's
// catalog rather than with the career content's (see lingui.config.ts).
import { msg } from '@lingui/core/macro';
import { fact } from './sources.ts';
import type { Fact, Source } from './sources.ts';

export const pmiProgram: Source = {
  authority: 'PMI',
  work: msg`A Guide to the Project Management Body of Knowledge (PMBOK Guide), definition of a program`,
};

/**
 * One sentence for the start page and /roles, so nobody takes the quiz for the wrong role. It says only that the
 * letters can mean this job too; how common that use is, no source here measures.
 */
export const programManagerNaming: Fact = fact(
  msg`TPM can mean Technical Program Manager too, a job this quiz does not test.`,
  pmiProgram,
);
