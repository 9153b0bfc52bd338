import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const compassQuestions: readonly Question[] = [
  agreement('project', {
    id: 'watch-the-budget',
    dimension: 'compass',
    prompt: 'I like keeping track of hours, people and money so that nothing runs out halfway through.',
    covers: ['skills', 'focus'],
  }),
  agreement('product', {
    id: 'support-tickets',
    dimension: 'compass',
    prompt: 'I would gladly spend an hour reading customer support messages to spot a pattern.',
    covers: ['skills', 'stakeholders'],
  }),
  choice(
    {
      id: 'know-inside-out',
      dimension: 'compass',
      prompt: 'Which would you rather know inside out?',
      covers: ['skills', 'focus'],
    },
    [
      { id: 'team-capacity', label: 'Who on the team is free, for how long, and at what cost', lean: -2 },
      { id: 'customer-pains', label: 'What customers struggle with, and what rival products offer', lean: 2 },
    ],
  ),
  scenario(
    {
      id: 'rival-feature',
      dimension: 'compass',
      prompt:
        'A rival releases a feature your customers have asked for. Your team is halfway through a planned release. What do you do first?',
      covers: ['focus', 'responsibilities'],
    },
    [
      {
        id: 'protect-date',
        label: 'Protect the release date and note the feature for the next plan',
        lean: -2,
      },
      {
        id: 'cost-the-change',
        label: 'Work out what a change would do to the schedule, budget and people before anyone decides',
        lean: -1,
      },
      {
        id: 'ask-customers',
        label: 'Talk to a few customers to see how much the rival feature matters',
        lean: 1,
      },
      {
        id: 'reorder-roadmap',
        label: 'Make the case to reorder the roadmap so you can answer quickly',
        lean: 2,
      },
    ],
  ),
];
