import { questionBank } from '../../engine/index.ts';
import type { DimensionId } from '../../engine/index.ts';

/** The quiz's themes: the engine's dimension ids, in the bank's order. */
export type ThemeId = DimensionId;

export const themeIds: readonly ThemeId[] = questionBank.dimensions.map((dimension) => dimension.id);

/** The answers to the optional "What do you do now?" question. */
export type CurrentJob =
  | 'software-engineer'
  | 'qa-or-test'
  | 'business-analyst'
  | 'designer'
  | 'support-or-operations'
  | 'project-manager'
  | 'product-manager'
  | 'program-manager'
  | 'scrum-master'
  | 'student'
  | 'other';

export const currentJobs: readonly CurrentJob[] = [
  'software-engineer',
  'qa-or-test',
  'business-analyst',
  'designer',
  'support-or-operations',
  'project-manager',
  'product-manager',
  'program-manager',
  'scrum-master',
  'student',
  'other',
];

/** The ways in each role describes. Jobs without a route of their own use 'general'. */
export type RouteId =
  | 'software-engineer'
  | 'qa-or-test'
  | 'business-analyst'
  | 'designer'
  | 'support-or-operations'
  | 'project-manager'
  | 'product-manager'
  | 'program-manager'
  | 'scrum-master'
  | 'student'
  | 'general';

export const routeIds: readonly RouteId[] = [
  'software-engineer',
  'qa-or-test',
  'business-analyst',
  'designer',
  'support-or-operations',
  'project-manager',
  'product-manager',
  'program-manager',
  'scrum-master',
  'student',
  'general',
];

/** Which route to open for each answer to "What do you do now?"; anyone who answers "other" gets the general one. */
export const routeForJob: Readonly<Record<CurrentJob, RouteId>> = {
  'software-engineer': 'software-engineer',
  'qa-or-test': 'qa-or-test',
  'business-analyst': 'business-analyst',
  designer: 'designer',
  'support-or-operations': 'support-or-operations',
  'project-manager': 'project-manager',
  'product-manager': 'product-manager',
  'program-manager': 'program-manager',
  'scrum-master': 'scrum-master',
  student: 'student',
  other: 'general',
};
