import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const compassQuestions: readonly Question[] = [
  agreement('project', {
    id: 'watch-the-budget',
    dimension: 'compass',
    prompt: 'I like keeping track of hours, people and money so that nothing runs out halfway through.',
    covers: ['skills', 'focus'],
    reasons: {
      project:
        'You like watching time, people and money so nothing runs short, which is how a project manager keeps work on track.',
      product:
        'Counting hours and money is not what you steer by; you would rather keep your eye on what customers need.',
    },
  }),
  agreement('product', {
    id: 'support-tickets',
    dimension: 'compass',
    prompt: 'I would gladly spend an hour reading customer support messages to spot a pattern.',
    covers: ['skills', 'stakeholders'],
    reasons: {
      product:
        'You would dig through customer messages to find a pattern, and customer feedback is a product manager’s raw material.',
      project:
        'Reading customer messages is not where you would spend your hour; you would rather keep the team’s work moving.',
    },
  }),
  choice(
    {
      id: 'know-inside-out',
      dimension: 'compass',
      prompt: 'Which would you rather know inside out?',
      covers: ['skills', 'focus'],
      reasons: {
        project:
          'You want to know who is free, for how long and at what cost, which is the resource picture a project manager works from.',
        product:
          'You want to know what customers struggle with and what rivals offer, which is the market picture a product manager works from.',
      },
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
      reasons: {
        project:
          'Faced with a rival’s move, your first thought was the schedule, budget and people already committed, which is a project manager’s instinct.',
        product:
          'Faced with a rival’s move, your first thought was what customers want and how the product should answer, which is a product manager’s instinct.',
      },
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
