import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const peopleQuestions: readonly Question[] = [
  agreement('product', {
    id: 'join-sales-call',
    dimension: 'people',
    prompt: 'I would enjoy joining a sales call to hear what a customer wishes our product could do.',
    covers: ['stakeholders', 'collaboration'],
  }),
  agreement('project', {
    id: 'straight-answer',
    dimension: 'people',
    prompt: 'I would like to be the person sponsors and managers turn to for a straight answer on progress.',
    covers: ['stakeholders', 'deliverables'],
  }),
  choice(
    {
      id: 'lunch-meeting',
      dimension: 'people',
      prompt: 'To do your job better this week, who would you rather sit down with?',
      covers: ['stakeholders', 'collaboration'],
    },
    [
      {
        id: 'leads-and-sponsor',
        label: 'The engineering leads and the project sponsor, to review the plan',
        lean: -2,
      },
      { id: 'design-and-marketing', label: 'A designer and a marketer, to plan the next launch', lean: 2 },
    ],
  ),
  scenario(
    {
      id: 'two-weeks-late',
      dimension: 'people',
      prompt: 'A key part of the work will be two weeks late. Who do you talk to first?',
      covers: ['stakeholders', 'collaboration'],
    },
    [
      {
        id: 'sponsor-and-client',
        label: 'The sponsor and the client, with a new plan and some options',
        lean: -2,
      },
      { id: 'team-leads', label: 'The team leads, to see what can be moved around', lean: -1 },
      { id: 'sales-and-marketing', label: 'Sales and marketing, to agree what to tell customers', lean: 1 },
      {
        id: 'a-few-customers',
        label: 'A few customers, to learn whether the delay matters to them',
        lean: 2,
      },
    ],
  ),
];
