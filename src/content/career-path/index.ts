import { msg } from '@lingui/core/macro';
// The career paths, one file per role; the shapes and ids they share sit beside them.
import type { Track } from '../../engine/index.ts';
import { note } from '../sources.ts';
import type { Note } from '../sources.ts';
import { productPath } from './product.ts';
import { projectPath } from './project.ts';
import type { CareerPath } from './types.ts';

export { currentJobs, routeForJob, routeIds, themeIds } from './ids.ts';
export type { CurrentJob, RouteId, ThemeId } from './ids.ts';
export type { CareerPath, Experiment, Route, SkillToBuild, TypicalWeek, WeekItem } from './types.ts';

/** Shown once above the routes: no source measures how long a switch takes. */
export const timeFrameNote: Note = note(
  msg`The time frames are rough guides, not findings. No source we use measures how long a switch takes.`,
);

export const careerPaths: Readonly<Record<Track, CareerPath>> = {
  product: productPath,
  project: projectPath,
};
