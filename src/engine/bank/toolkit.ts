import type { Question } from '../types.ts';
import { fromComparison, fromDifferences, interest, scenario } from './build.ts';

export const toolkitQuestions: readonly Question[] = [
  interest('product', {
    id: 'sketch-screens',
    dimension: 'toolkit',
    prompt: 'Sketch rough screens to show how a new feature might work',
    covers: ['tools', 'deliverables'],
    evidence: fromComparison('Product roadmap, user stories, wireframes'),
  }),
  interest('project', {
    id: 'task-chart',
    dimension: 'toolkit',
    prompt: 'Build a chart that shows every task, who does it, and what must come first',
    covers: ['tools', 'methods'],
    evidence: fromComparison('Gantt charts, project management software'),
  }),
  scenario(
    {
      id: 'first-document',
      dimension: 'toolkit',
      prompt: 'In your first week on a new team, which document would you most like to write?',
      covers: ['deliverables', 'tools'],
    },
    [
      {
        id: 'project-plan',
        label: 'A project plan with milestones, owners and the main risks',
        lean: -2,
        evidence: fromDifferences('Project plan, status reports, deliverable tracking.'),
        why: 'A project plan is the first thing project work delivers.',
      },
      {
        id: 'feature-spec',
        label: 'A page on what a new feature should do, with rough sketches',
        lean: 1,
        evidence: fromDifferences('Product roadmap, feature specifications, market analysis.'),
        why: 'Writing down what a feature should do is product work.',
      },
      {
        id: 'market-scan',
        label: 'A scan of what rival products offer and where the gaps are',
        lean: 2,
        evidence: fromDifferences('Product roadmap, feature specifications, market analysis.'),
        why: 'Studying rivals and the gaps they leave is product work.',
      },
    ],
  ),
];
