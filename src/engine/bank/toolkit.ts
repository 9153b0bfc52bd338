import type { Question } from '../types.ts';
import { agreement, choice, scenario } from './build.ts';

export const toolkitQuestions: readonly Question[] = [
  choice(
    {
      id: 'build-from-scratch',
      dimension: 'toolkit',
      prompt: 'Which would you rather build from scratch?',
      covers: ['tools', 'deliverables'],
    },
    [
      { id: 'roadmap-and-stories', label: 'A product roadmap and the user stories behind it', lean: 2 },
      {
        id: 'gantt-and-path',
        label: 'A Gantt chart showing every task, its dependencies and the critical path',
        lean: -2,
      },
    ],
  ),
  scenario(
    {
      id: 'first-document',
      dimension: 'toolkit',
      prompt: 'In your first week on a new team, which document would you most like to write?',
      covers: ['deliverables', 'tools'],
    },
    [
      { id: 'project-plan', label: 'A project plan with milestones, owners and a risk register', lean: -2 },
      { id: 'status-report', label: 'A weekly status report so everyone knows where things stand', lean: -1 },
      { id: 'feature-spec', label: 'A feature spec with rough wireframes', lean: 1 },
      { id: 'market-scan', label: 'A scan of what rival products offer and where the gaps are', lean: 2 },
    ],
  ),
  agreement('project', {
    id: 'longest-chain',
    dimension: 'toolkit',
    prompt:
      'Working out which tasks depend on which, and finding the longest chain among them, sounds like fun.',
    covers: ['methods', 'tools'],
  }),
];
