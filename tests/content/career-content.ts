import { careerPaths, timeFrameNote } from '../../src/content/career-path/index.ts';
import { certifications, whenNoneIsNeeded } from '../../src/content/certifications.ts';
import { neighbourRoles, neighboursForProfile } from '../../src/content/neighbour-roles.ts';
import { programManagerNaming } from '../../src/content/program-manager-naming.ts';
import { payFigures, payNote } from '../../src/content/pay.ts';
import { authorities, seedFiles } from '../../src/content/sources.ts';
import type { Claim } from '../../src/content/sources.ts';
import type { Message } from '../../src/engine/types.ts';
import { translate } from '../../src/lib/translate.ts';

/** Every export of the career content, under one roof, so a walk over it misses nothing. */
export const careerContent = {
  careerPaths,
  timeFrameNote,
  certifications,
  whenNoneIsNeeded,
  neighbourRoles,
  neighboursForProfile,
  programManagerNaming,
  payFigures,
  payNote,
};

export interface Found<T> {
  path: string;
  value: T;
}

const claimKinds = new Set(['fact', 'advice', 'estimate', 'note']);

/** A message as the macro writes it: an id, its English source (present in tests) and maybe its values. */
export function isMessage(value: unknown): value is Message {
  if (value === null || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return (
    'id' in value &&
    typeof value.id === 'string' &&
    'message' in value &&
    typeof value.message === 'string' &&
    keys.every((key) => ['id', 'message', 'values', 'comment'].includes(key))
  );
}

/** The English of a message, as a page in English shows it; anything else is not words. */
export function english(value: unknown): string | undefined {
  return isMessage(value) ? translate(value) : undefined;
}

function isClaimLike(value: object): value is Claim {
  return 'kind' in value && typeof value.kind === 'string' && claimKinds.has(value.kind) && 'text' in value;
}

/** Every claim in a value, with where it sits. */
export function claimsIn(value: unknown, path = ''): Found<Claim>[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => claimsIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  if (isClaimLike(value)) return [{ path, value }];
  return Object.entries(value).flatMap(([key, item]) => claimsIn(item, path ? `${path}.${key}` : key));
}

/** Every message in a value that is not inside a claim (labels, titles and names), in English. */
export function looseMessagesIn(value: unknown, path = ''): Found<string>[] {
  const words = english(value);
  if (words !== undefined) return [{ path, value: words }];
  if (Array.isArray(value)) return value.flatMap((item, index) => looseMessagesIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object' || isClaimLike(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => looseMessagesIn(item, path ? `${path}.${key}` : key));
}

/** Every plain string in a value, claims and their sources included: what is data and not a message. */
export function plainStringsIn(value: unknown, path = ''): Found<string>[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => plainStringsIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object' || isMessage(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => plainStringsIn(item, path ? `${path}.${key}` : key));
}

function sourceProblems(source: unknown): string[] {
  if (source === null || typeof source !== 'object') return ['a source is not an object'];
  if ('seed' in source) {
    const { seed } = source;
    const quote = 'quote' in source ? source.quote : undefined;
    const translation = 'translation' in source ? source.translation : undefined;
    const problems: string[] = [];
    if (!seedFiles.includes(seed as never)) problems.push(`unknown seed ${String(seed)}`);
    if (typeof quote !== 'string' || quote.trim() === '') problems.push('a seed source has no quote');
    else if (quote.split(/\s+/).length > 20) problems.push('a seed quote is longer than 20 words');
    // The translation's English source must be the quote itself, or a reader of another language reads
    // something the article does not say.
    if (!isMessage(translation)) problems.push('a seed quote has no translation');
    else if (translation.message !== quote)
      problems.push(`a translation's English is not its quote: ${quote}`);
    return problems;
  }
  if ('authority' in source) {
    const work = 'work' in source ? english(source.work) : undefined;
    const date = 'date' in source ? source.date : undefined;
    const problems: string[] = [];
    if (!authorities.includes(source.authority as never))
      problems.push(`unknown body ${String(source.authority)}`);
    if (work === undefined || work.trim() === '') problems.push('a public source names no work');
    if (date !== undefined && english(date) === undefined) problems.push('a date is not a message');
    return problems;
  }
  return ['a source names neither a seed nor a public body'];
}

/** What is wrong with one claim: an empty text, or a fact without a usable source. */
export function claimProblems(claim: unknown): string[] {
  if (claim === null || typeof claim !== 'object' || !isClaimLike(claim)) return ['not a claim'];
  const problems: string[] = [];
  const text = english(claim.text);
  if (text === undefined) problems.push('a text that is not a message');
  else if (text.trim() === '') problems.push('empty text');
  if (claim.kind === 'fact') {
    const sources: unknown = 'sources' in claim ? claim.sources : undefined;
    if (!Array.isArray(sources) || sources.length === 0) problems.push('a fact without a source');
    else problems.push(...sources.flatMap(sourceProblems));
  } else if ('sources' in claim) {
    problems.push(`${claim.kind} carries sources, so it should be a fact`);
  }
  return problems;
}
