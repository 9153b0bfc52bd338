import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const peopleQuestions: readonly Question[] = [
  agreement('product', {
    id: 'join-sales-call',
    dimension: 'people',
    prompt: 'I would enjoy joining a sales call to hear what a customer wishes our product could do.',
    covers: ['stakeholders', 'collaboration'],
    reasons: {
      product:
        'You would enjoy hearing customers on a sales call, and product managers work closely with sales and customers.',
      project:
        'Sales calls are not where you want to be; you would rather work with the people building and paying for the work.',
    },
  }),
  agreement('project', {
    id: 'straight-answer',
    dimension: 'people',
    prompt: 'I would like to be the person sponsors and managers turn to for a straight answer on progress.',
    covers: ['stakeholders', 'deliverables'],
    reasons: {
      project:
        'You want to be the one sponsors and managers trust for the real status, and status reporting is a project manager’s deliverable.',
      product:
        'Reporting progress to sponsors is not the role you want; you would rather speak for customers and the product.',
    },
  }),
  choice(
    {
      id: 'lunch-meeting',
      dimension: 'people',
      prompt: 'To do your job better this week, who would you rather sit down with?',
      covers: ['stakeholders', 'collaboration'],
      reasons: {
        project:
          'You would sit down with engineering leads and the sponsor to check the plan, the people a project manager works with most.',
        product:
          'You would sit down with a designer and a marketer about the next launch, the people a product manager works with most.',
      },
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
      reasons: {
        project:
          'With a delay coming, you went first to the sponsor, client or team leads, which is where a project manager starts.',
        product:
          'With a delay coming, you went first to customers or the people who speak to them, which is where a product manager starts.',
      },
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
