import { careerPaths, timeFrameNote } from '../../src/content/career-path/index.ts';
import { certifications, whenNoneIsNeeded } from '../../src/content/certifications.ts';
import {
  neighbourRoles,
  neighboursForProfile,
  programManagerNaming,
} from '../../src/content/neighbour-roles.ts';
import { payFigures, payNote } from '../../src/content/pay.ts';
import { authorities, seedFiles } from '../../src/content/sources.ts';
import type { Claim } from '../../src/content/sources.ts';

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

/** Every string in a value that is not inside a claim: labels, ids and names. */
export function looseStringsIn(value: unknown, path = ''): Found<string>[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => looseStringsIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object' || isClaimLike(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => looseStringsIn(item, path ? `${path}.${key}` : key));
}

function sourceProblems(source: unknown): string[] {
  if (source === null || typeof source !== 'object') return ['a source is not an object'];
  if ('seed' in source) {
    const { seed } = source;
    const quote = 'quote' in source ? source.quote : undefined;
    const problems: string[] = [];
    if (!seedFiles.includes(seed as never)) problems.push(`unknown seed ${String(seed)}`);
    if (typeof quote !== 'string' || quote.trim() === '') problems.push('a seed source has no quote');
    else if (quote.split(/\s+/).length > 20) problems.push('a seed quote is longer than 20 words');
    return problems;
  }
  if ('authority' in source) {
    const work = 'work' in source ? source.work : undefined;
    const problems: string[] = [];
    if (!authorities.includes(source.authority as never))
      problems.push(`unknown body ${String(source.authority)}`);
    if (typeof work !== 'string' || work.trim() === '') problems.push('a public source names no work');
    return problems;
  }
  return ['a source names neither a seed nor a public body'];
}

/** What is wrong with one claim: an empty text, or a fact without a usable source. */
export function claimProblems(claim: unknown): string[] {
  if (claim === null || typeof claim !== 'object' || !isClaimLike(claim)) return ['not a claim'];
  const problems: string[] = [];
  if (typeof claim.text !== 'string' || claim.text.trim() === '') problems.push('empty text');
  if (claim.kind === 'fact') {
    const sources: unknown = 'sources' in claim ? claim.sources : undefined;
    if (!Array.isArray(sources) || sources.length === 0) problems.push('a fact without a source');
    else problems.push(...sources.flatMap(sourceProblems));
  } else if ('sources' in claim) {
    problems.push(`${claim.kind} carries sources, so it should be a fact`);
  }
  return problems;
}
