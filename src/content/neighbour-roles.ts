import { msg } from '@lingui/core/macro';
import { fact, fromComparisonSeed, fromKeyDifferencesSeed, fromScrumGuide } from './sources.ts';
import type { Message } from '../engine/types.ts';
import type { Fact, Source } from './sources.ts';
import { pmiProgram } from './program-manager-naming.ts';

export type NeighbourId =
  'technical-program-manager' | 'product-owner' | 'scrum-master-or-delivery-manager' | 'engineering-manager';

export const neighbourIds: readonly NeighbourId[] = [
  'technical-program-manager',
  'product-owner',
  'scrum-master-or-delivery-manager',
  'engineering-manager',
];

/** A role next to the two this quiz compares, and how it relates to each. */
export interface NeighbourRole {
  id: NeighbourId;
  title: Message;
  whatItIs: readonly Fact[];
  /** How it relates to the Technical Product Manager. */
  toProduct: Fact;
  /** How it relates to the Technical Project Manager. */
  toProject: Fact;
}

const onetSystemsManagers: Source = {
  authority: 'US Department of Labor (O*NET)',
  work: msg`O*NET 11-3021.00 Computer and Information Systems Managers, tasks (the closest listed job)`,
};
const onetItProjectManagers: Source = {
  authority: 'US Department of Labor (O*NET)',
  work: msg`O*NET 15-1299.09 Information Technology Project Managers, sample of reported job titles`,
};
const gdsServiceManual: Source = {
  authority: 'UK Government Digital Service',
  work: msg`Service Manual: What each role does in a service team`,
};

export const neighbourRoles: readonly NeighbourRole[] = [
  {
    id: 'technical-program-manager',
    title: msg`Technical Program Manager`,
    whatItIs: [
      fact(msg`PMI calls a program a group of linked projects, run together for a shared gain.`, pmiProgram),
      fact(msg`A Technical Program Manager runs such a group of projects in tech.`, pmiProgram),
    ],
    toProduct: fact(
      msg`Like product work, it looks at the wider gain. But it steers plans, not what the product should do.`,
      pmiProgram,
      fromKeyDifferencesSeed('defines the product vision', msg`defines the product vision`),
    ),
    toProject: fact(
      msg`It is a usual next step for project managers.`,
      fromKeyDifferencesSeed(
        'leading to positions like Program Manager',
        msg`leading to positions like Program Manager`,
      ),
    ),
  },
  {
    id: 'product-owner',
    title: msg`Product Owner`,
    whatItIs: [
      fact(
        msg`The Scrum Guide makes the Product Owner answer for the value of the product.`,
        fromScrumGuide('Product Owner'),
      ),
      fact(
        msg`They keep the backlog in order, and they are one person, not a group.`,
        fromScrumGuide('Product Owner'),
      ),
    ],
    toProduct: fact(
      msg`Much of it is product work, such as ranking the backlog.`,
      fromScrumGuide('Product Owner'),
      fromKeyDifferencesSeed('prioritize backlogs', msg`prioritize backlogs`),
    ),
    toProject: fact(
      msg`The Scrum Guide names just three jobs on a team, and project manager is not one of them.`,
      fromScrumGuide('Scrum Team'),
    ),
  },
  {
    id: 'scrum-master-or-delivery-manager',
    title: msg`Scrum Master or Delivery Manager`,
    whatItIs: [
      fact(
        msg`The Scrum Guide makes the Scrum Master answer for how well the team works.`,
        fromScrumGuide('Scrum Master'),
      ),
      fact(msg`They help clear what blocks the team.`, fromScrumGuide('Scrum Master')),
      fact(
        msg`The UK government lists this as one job on its teams. It calls the job delivery manager or Scrum Master.`,
        gdsServiceManual,
      ),
    ],
    toProduct: fact(
      msg`It helps the Product Owner keep a good backlog, but it does not choose what to build.`,
      fromScrumGuide('Scrum Master'),
    ),
    toProject: fact(
      msg`The US keeps a list of job names, and it puts Scrum Master under IT project managers.`,
      onetItProjectManagers,
    ),
  },
  {
    id: 'engineering-manager',
    title: msg`Engineering Manager`,
    whatItIs: [
      fact(msg`They hire, train and guide the people who write code.`, onetSystemsManagers),
      fact(msg`They hand out work to programmers and check it.`, onetSystemsManagers),
    ],
    toProduct: fact(
      msg`It leads the engineers that product managers work with most.`,
      onetSystemsManagers,
      fromComparisonSeed(
        'Developers, designers, marketers, customers',
        msg`Developers, designers, marketers, customers`,
      ),
    ),
    toProject: fact(
      msg`It manages the people. A project manager runs the plan and the dates for their work.`,
      onetSystemsManagers,
      fromKeyDifferencesSeed(
        'Manages project execution, timelines, and resources.',
        msg`Manages project execution, timelines, and resources.`,
      ),
    ),
  },
];

/** A neighbour that fits a result profile, and one line on why. */
export interface NeighbourFit {
  neighbour: NeighbourId;
  rationale: Fact;
}

/**
 * Neighbours to suggest when a result leans to neither role. The engine picks the profile by a documented
 * rule: "both appeal" when interest in both roles is high, "neither pulls strongly" when both are low.
 */
export const neighboursForProfile: Readonly<
  Record<'both-appeal' | 'neither-pulls', readonly NeighbourFit[]>
> = {
  'both-appeal': [
    {
      neighbour: 'technical-program-manager',
      rationale: fact(
        msg`It runs many plans toward one shared gain, so it mixes delivery with outcomes.`,
        pmiProgram,
      ),
    },
    {
      neighbour: 'product-owner',
      rationale: fact(
        msg`It owns the product’s value, yet works inside the team’s short sprints.`,
        fromScrumGuide('Product Owner'),
        fromScrumGuide('The Sprint'),
      ),
    },
  ],
  'neither-pulls': [
    {
      neighbour: 'engineering-manager',
      rationale: fact(
        msg`It leads people and how they work, not the product or the plan.`,
        onetSystemsManagers,
      ),
    },
    {
      neighbour: 'scrum-master-or-delivery-manager',
      rationale: fact(
        msg`It helps a team work well, without owning the product or the plan.`,
        fromScrumGuide('Scrum Master'),
      ),
    },
  ],
};
