import { msg } from '@lingui/core/macro';
import type { Message, Track } from '../engine/types.ts';
import { fact, note } from './sources.ts';
import type { Fact, Note } from './sources.ts';

/** A pay figure from a public body, with the date it describes. */
export interface PayFigure {
  track: Track;
  /** The name the public body uses for the job it counts. */
  occupation: Message;
  /** The month the figure describes, e.g. "May 2021". */
  asOf: Message;
  figure: Fact;
  /** How far the counted job matches the role in this quiz. */
  scope: Note;
}

const may2021 = msg`May 2021`;

export const payFigures: readonly PayFigure[] = [
  {
    track: 'project',
    occupation: msg`Project management specialists`,
    asOf: may2021,
    figure: fact(
      msg`In the US, half of project management staff earned more than $94,500 a year in May 2021.`,
      {
        authority: 'US Bureau of Labor Statistics',
        work: msg`Occupational Outlook Handbook: Project Management Specialists, Pay`,
        date: may2021,
      },
    ),
    scope: note(msg`This counts all project management staff, not just those in tech.`),
  },
];

/** Why there is no pay figure for the product role. */
export const payNote: Note = note(
  msg`We found no government figure for product managers alone, so we show none.`,
);
