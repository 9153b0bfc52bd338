import type { SeedFile } from '../engine/index.ts';

/**
 * Where the career content's facts come from, and the four kinds of sentence it may contain.
 * A fact names its source; advice, rough guides and notes about this content say what they are instead.
 */

/** The two seed articles the role facts come from: the engine names them once, for the bank's evidence too. */
export type { SeedFile };

/** Public bodies and frameworks a fact may rest on. */
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

/** A short quote from a seed, word for word, or a named body and the work of theirs that says it. */
export type Source =
  | { readonly seed: SeedFile; readonly quote: string }
  | { readonly authority: Authority; readonly work: string; readonly date?: string };

/** Something true about the world, with at least one source. */
export interface Fact {
  readonly kind: 'fact';
  readonly text: string;
  readonly sources: readonly [Source, ...Source[]];
}

/** What a reader might do. It is our suggestion, not a finding. */
export interface Advice {
  readonly kind: 'advice';
  readonly text: string;
}

/** A rough guide no source measures, such as how long a switch takes. Always says it is rough. */
export interface Estimate {
  readonly kind: 'estimate';
  readonly text: string;
}

/** A remark about this content itself: its scope, or what it leaves out and why. */
export interface Note {
  readonly kind: 'note';
  readonly text: string;
}

export type Claim = Fact | Advice | Estimate | Note;

export function fact(text: string, source: Source, ...moreSources: Source[]): Fact {
  return { kind: 'fact', text, sources: [source, ...moreSources] };
}

export function advice(text: string): Advice {
  return { kind: 'advice', text };
}

export function estimate(text: string): Estimate {
  return { kind: 'estimate', text };
}

export function note(text: string): Note {
  return { kind: 'note', text };
}

/** "Project Management vs. Technical Product Management": the comparison table and its commentary. */
export function fromComparisonSeed(quote: string): Source {
  return { seed: '000_0bce19b767154173.txt', quote };
}

/** "Technical Product Manager vs. Technical Project Manager: Key Differences and Roles in Tech" (March 2025). */
export function fromKeyDifferencesSeed(quote: string): Source {
  return { seed: '002_3df570e5d625a93c.txt', quote };
}

/** The Scrum Guide, November 2020 edition, by Ken Schwaber and Jeff Sutherland. */
export function fromScrumGuide(section: string): Source {
  return { authority: 'The Scrum Guide', work: `The Scrum Guide, ${section}`, date: 'November 2020' };
}
