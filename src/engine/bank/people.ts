import type { Question } from '../types.ts';
import { choice, fromComparison, fromDifferences, interest } from './build.ts';

export const peopleQuestions: readonly Question[] = [
  interest('product', {
    id: 'hear-buyer-wishes',
    dimension: 'people',
    prompt: 'Join a sales call to hear what a buyer wishes the product could do',
    covers: ['stakeholders', 'collaboration'],
    evidence: fromDifferences('Collaborates with customers, sales, engineering, marketing.'),
  }),
  interest('project', {
    id: 'update-the-client',
    dimension: 'people',
    prompt: 'Give a client a clear, honest update on how the work is going',
    covers: ['stakeholders', 'deliverables'],
    evidence: fromDifferences('Coordinates with team members, managers, clients.'),
  }),
  choice(
    {
      id: 'sit-down-with',
      dimension: 'people',
      prompt: 'To do your job better this week, who would you rather sit down with?',
      covers: ['stakeholders', 'collaboration'],
    },
    [
      {
        id: 'client-and-sponsor',
        label: 'The client and the manager paying for the work, to review the plan',
        lean: -2,
        evidence: fromComparison('Team members, clients, sponsors'),
        why: 'Clients and the people paying for the work are who project work answers to.',
      },
      {
        id: 'design-and-marketing',
        label: 'A designer and a marketer, to plan the next launch',
        lean: 2,
        evidence: fromComparison('Developers, designers, marketers, customers'),
        why: 'Designers and marketers are close partners in product work.',
      },
    ],
  ),
];
