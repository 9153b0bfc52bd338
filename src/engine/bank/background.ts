import type { Question } from '../types.ts';
import { background, enjoymentScale } from './build.ts';

// Asked after the quiz, optional and never scored: they let a pilot compare recommendations with the
// work people do now and how much they like it (docs/validity.md, "Running a pilot").
export const backgroundQuestions: readonly Question[] = [
  background({
    id: 'current-role',
    prompt: 'What do you do now?',
    use: 'Optional: it opens the way in from your job on your path page, and never changes your result.',
    options: [
      { id: 'software-engineer', label: 'Software engineer' },
      { id: 'qa-or-test', label: 'QA or test' },
      { id: 'business-analyst', label: 'Business analyst' },
      { id: 'designer', label: 'Designer' },
      { id: 'support-or-operations', label: 'Support or operations' },
      { id: 'project-manager', label: 'Project manager' },
      { id: 'product-manager', label: 'Product manager' },
      { id: 'program-manager', label: 'Program manager' },
      { id: 'scrum-master', label: 'Scrum master' },
      { id: 'student', label: 'Student' },
      { id: 'other', label: 'Something else' },
    ],
  }),
  background({
    id: 'current-enjoyment',
    prompt: 'How much do you enjoy the work you do now?',
    use: 'Optional: it never changes your result. It goes into “Download my answers”, so a study can check the quiz against how people feel about their work.',
    options: enjoymentScale,
  }),
];
