import { msg } from '@lingui/core/macro';
import type { Question } from '../types.ts';
import { background, enjoymentScale } from './build.ts';

// Asked after the quiz, optional and never scored: they let a pilot compare recommendations with the
// work people do now and how much they like it (docs/validity.md, "Running a pilot").
export const backgroundQuestions: readonly Question[] = [
  background({
    id: 'current-role',
    prompt: msg`What do you do now?`,
    use: msg`Optional: it opens the way in from your job on your path page, and never changes your result.`,
    options: [
      { id: 'software-engineer', label: msg`Software engineer` },
      { id: 'qa-or-test', label: msg`QA or test` },
      { id: 'business-analyst', label: msg`Business analyst` },
      { id: 'designer', label: msg`Designer` },
      { id: 'support-or-operations', label: msg`Support or operations` },
      { id: 'project-manager', label: msg`Project manager` },
      { id: 'product-manager', label: msg`Product manager` },
      { id: 'program-manager', label: msg`Program manager` },
      { id: 'scrum-master', label: msg`Scrum master` },
      { id: 'student', label: msg`Student` },
      { id: 'other', label: msg`Something else` },
    ],
  }),
  background({
    id: 'current-enjoyment',
    prompt: msg`How much do you enjoy the work you do now?`,
    use: msg`Optional: it never changes your result. It goes into “Download my answers”, so a study can check the quiz against how people feel about their work.`,
    options: enjoymentScale,
  }),
];
