import type { Question } from '../types.ts';
import { fromComparison, fromDifferences, interest, scenario } from './build.ts';

export const toolkitQuestions: readonly Question[] = [
  interest('product', {
    id: 'sketch-screens',
    dimension: 'toolkit',
    prompt: 'Sketch rough screens to show how a new feature might work',
    covers: ['tools', 'deliverables'],
    evidence: fromComparison('Product roadmap, user stories, wireframes'),
    reasons: {
      enjoy: {
        you: 'You would enjoy sketching screens for a new feature. Sketches like that are product tools.',
        they: 'They would enjoy sketching screens for a new feature. Sketches like that are product tools.',
      },
      dislike: {
        you: 'Sketching screens does not draw you much, and sketches like that are product tools.',
        they: 'Sketching screens does not draw them much, and sketches like that are product tools.',
      },
    },
  }),
  interest('project', {
    id: 'task-chart',
    dimension: 'toolkit',
    prompt: 'Build a chart that shows every task, who does it, and what must come first',
    covers: ['tools', 'methods'],
    evidence: fromComparison('Gantt charts, project management software'),
    reasons: {
      enjoy: {
        you: 'You would enjoy charting every task and what must come first. Charts like that are project tools.',
        they: 'They would enjoy charting every task and what must come first. Charts like that are project tools.',
      },
      dislike: {
        you: 'Charting tasks and their order does not draw you much, and charts like that are project tools.',
        they: 'Charting tasks and their order does not draw them much, and charts like that are project tools.',
      },
    },
  }),
  // Two documents of each role, one fully and one partly leaning, so answering at random leans
  // neither way; the two strongest are the same kind of paper: what happens over the next three months.
  scenario(
    {
      id: 'first-week-document',
      dimension: 'toolkit',
      prompt: 'In your first week on a new team, which document would you most like to write?',
      covers: ['deliverables', 'tools'],
    },
    [
      {
        id: 'work-schedule',
        label: 'A schedule of who does what over the next three months',
        lean: -2,
        evidence: fromDifferences('Project plan, status reports, deliverable tracking.'),
        why: 'A plan of who does what, and when, is the first thing project work delivers.',
        reason: {
          you: 'You would start with a schedule of who does what. Project work delivers that first.',
          they: 'They would start with a schedule of who does what. Project work delivers that first.',
        },
      },
      {
        id: 'risk-list',
        label: 'A list of the main risks to the team’s work',
        lean: -1,
        evidence: fromDifferences('Planning, scheduling, risk management, stakeholder coordination.'),
        why: 'Keeping track of what could go wrong is part of project work.',
        reason: {
          you: 'You would start with a list of the main risks to the work. Project work keeps that list.',
          they: 'They would start with a list of the main risks to the work. Project work keeps that list.',
        },
      },
      {
        id: 'feature-page',
        label: 'A page on what one new feature should do',
        lean: 1,
        evidence: fromDifferences('Product roadmap, feature specifications, market analysis.'),
        why: 'Writing down what a feature should do is product work.',
        reason: {
          you: 'You would start with a page on what one new feature should do. Product work writes pages like that.',
          they: 'They would start with a page on what one new feature should do. Product work writes pages like that.',
        },
      },
      {
        id: 'feature-order',
        label: 'A list of which features to build over the next three months',
        lean: 2,
        evidence: fromDifferences('Product roadmap, feature specifications, market analysis.'),
        why: 'A plan of which features come first is the first thing product work delivers.',
        reason: {
          you: 'You would start with a list of which features to build. Product work delivers that first.',
          they: 'They would start with a list of which features to build. Product work delivers that first.',
        },
      },
    ],
  ),
];
