import type { Message, Track } from '../../engine/index.ts';
import type { Advice, Estimate, Fact, Note } from '../sources.ts';
import type { RouteId, ThemeId } from './ids.ts';

/** One line of a typical week: a short label and what happens, with its source. */
export interface WeekItem {
  label: Message;
  detail: Fact;
}

/** A typical week, drawn from what the sources say the role does. */
export interface TypicalWeek {
  /** Says this is a sketch, not a timetable. */
  caveat: Note;
  meetings: readonly WeekItem[];
  documents: readonly WeekItem[];
  decisions: readonly WeekItem[];
  /** Who is in the room most often. */
  inTheRoom: readonly WeekItem[];
}

/** A way into the role from one current job. */
export interface Route {
  id: RouteId;
  /** The job the person has now, as a label, e.g. "Software engineer". */
  from: Message;
  carriesOver: readonly Fact[];
  toLearn: readonly Fact[];
  /** One thing to do this month. */
  firstStep: Advice;
  /** A range in words, always called a rough guide. */
  timeFrame: Estimate;
}

/** One skill to build for one theme of the quiz. The engine orders these by the person's answers. */
export interface SkillToBuild {
  theme: ThemeId;
  /** A short phrase, e.g. "Setting a product vision". */
  skill: Message;
  /** What the role asks for, with its source. */
  why: Fact;
  /** One way to practise it. */
  practice: Advice;
}

/** A small test of the role a person can run at the job they have now. */
export interface Experiment {
  title: Message;
  howTo: Advice;
  /** What the result may tell them about fit. */
  whatItTells: Advice;
}

export interface CareerPath {
  track: Track;
  typicalWeek: TypicalWeek;
  routes: Readonly<Record<RouteId, Route>>;
  skillsToBuild: Readonly<Record<ThemeId, SkillToBuild>>;
  experiments: readonly [Experiment, Experiment, Experiment];
}
