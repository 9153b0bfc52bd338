import { msg } from '@lingui/core/macro';
import type { SeedFile } from '../engine/index.ts';
import { quoted } from '../engine/message.ts';
import type { Message } from '../engine/types.ts';

/**
 * Where the career content's facts come from, and the four kinds of sentence it may contain.
 * A fact names its source; advice, rough guides and notes about this content say what they are instead.
 * Every sentence is a message in the catalogs; a publisher's name and a seed's file name are data.
 */

/** The two seed articles the role facts come from: the engine names them once, for the bank's evidence too. */
export type { SeedFile };

/** Public bodies and frameworks a fact may rest on, by the name they publish under (the same in every language). */
export type Authority =
  | 'PMI'
  | 'Scrum.org'
  | 'Scrum Alliance'
  | 'AXELOS/PeopleCert'
  | 'Scaled Agile'
  | 'The Scrum Guide'
  | 'US Bureau of Labor Statistics'
  | 'US Department of Labor (O*NET)'
  | 'UK Government Digital Service';

export const authorities: readonly Authority[] = [
  'PMI',
  'Scrum.org',
  'Scrum Alliance',
  'AXELOS/PeopleCert',
  'Scaled Agile',
  'The Scrum Guide',
  'US Bureau of Labor Statistics',
  'US Department of Labor (O*NET)',
  'UK Government Digital Service',
];

export const seedFiles: readonly SeedFile[] = ['000_0bce19b767154173.txt', '002_3df570e5d625a93c.txt'];

/**
 * A short quote from a seed, word for word, or a named body and the work of theirs that says it.
 * The quote stays in English, as the article has it (a test finds it there), so it is a plain string in every
 * language's build; `translation` is the same words as a message, for a reader of another language.
 */
export type Source =
  | { readonly seed: SeedFile; readonly quote: string; readonly translation: Message }
  | {
      readonly authority: Authority;
      readonly work: Message;
      readonly date?: Message;
      /** The work's title begins with its publisher's name, so a citation does not name the publisher twice. */
      readonly namesPublisher?: true;
    };

/** Something true about the world, with at least one source. */
export interface Fact {
  readonly kind: 'fact';
  readonly text: Message;
  readonly sources: readonly [Source, ...Source[]];
}

/** What a reader might do. It is our suggestion, not a finding. */
export interface Advice {
  readonly kind: 'advice';
  readonly text: Message;
}

/** A rough guide no source measures, such as how long a switch takes. Always says it is rough. */
export interface Estimate {
  readonly kind: 'estimate';
  readonly text: Message;
}

/** A remark about this content itself: its scope, or what it leaves out and why. */
export interface Note {
  readonly kind: 'note';
  readonly text: Message;
}

export type Claim = Fact | Advice | Estimate | Note;

export function fact(text: Message, source: Source, ...moreSources: Source[]): Fact {
  return { kind: 'fact', text, sources: [source, ...moreSources] };
}

export function advice(text: Message): Advice {
  return { kind: 'advice', text };
}

export function estimate(text: Message): Estimate {
  return { kind: 'estimate', text };
}

export function note(text: Message): Note {
  return { kind: 'note', text };
}

/**
 * "Project Management vs. Technical Product Management": the comparison table and its commentary. The quote
 * is given twice, as the article's words and as a message of the same words (the macro needs the text
 * written out), and a test holds the two equal.
 */
export function fromComparisonSeed(quote: string, translation: Message): Source {
  return { seed: '000_0bce19b767154173.txt', quote, translation };
}

/** "Technical Product Manager vs. Technical Project Manager: Key Differences and Roles in Tech" (March 2025). */
export function fromKeyDifferencesSeed(quote: string, translation: Message): Source {
  return { seed: '002_3df570e5d625a93c.txt', quote, translation };
}

/** The sections of the Scrum Guide the content cites, by their English headings. */
export type ScrumGuideSection =
  'Product Owner' | 'Scrum Master' | 'Scrum Team' | 'Sprint Planning' | 'Sprint Review' | 'The Sprint';

// The translator may give the heading of the Scrum Guide's own translation into their language.
const scrumGuideSections: Readonly<Record<ScrumGuideSection, Message>> = {
  'Product Owner': msg({ message: 'Product Owner', comment: 'A section heading of the Scrum Guide (2020).' }),
  'Scrum Master': msg({ message: 'Scrum Master', comment: 'A section heading of the Scrum Guide (2020).' }),
  'Scrum Team': msg({ message: 'Scrum Team', comment: 'A section heading of the Scrum Guide (2020).' }),
  'Sprint Planning': msg({
    message: 'Sprint Planning',
    comment: 'A section heading of the Scrum Guide (2020).',
  }),
  'Sprint Review': msg({ message: 'Sprint Review', comment: 'A section heading of the Scrum Guide (2020).' }),
  'The Sprint': msg({ message: 'The Sprint', comment: 'A section heading of the Scrum Guide (2020).' }),
};

/** The Scrum Guide, November 2020 edition, by Ken Schwaber and Jeff Sutherland. */
export function fromScrumGuide(section: ScrumGuideSection): Source {
  const part = quoted(scrumGuideSections[section]);
  return {
    authority: 'The Scrum Guide',
    work: msg({
      message: `The Scrum Guide, ${part}`,
      comment: 'A citation: the Scrum Guide (2020) and one of its sections, {part}.',
    }),
    date: msg`November 2020`,
    namesPublisher: true,
  };
}
