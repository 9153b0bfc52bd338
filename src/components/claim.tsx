import { seedArticles } from '../content/seed-articles.ts';
import type { Claim, Source } from '../content/sources.ts';

/** How a reader would cite one source: the seed article's title, or the body, its work and date. */
export function sourceLabel(source: Source): string {
  if ('seed' in source) return seedArticles[source.seed];
  const work = source.work.startsWith(source.authority) ? source.work : `${source.authority}, ${source.work}`;
  return source.date ? `${work} (${source.date})` : work;
}

const kindLabels = { advice: 'Our advice', estimate: 'Rough guide', note: 'Note' } as const;

/**
 * One sentence of the career content, marked for what it is: a fact ends with its sources in small print
 * (or leaves them to a list of sources below, with `sourcesBelow`); advice, rough guides and notes say so first.
 */
export function ClaimText({
  claim,
  adviceSaidAbove = false,
  sourcesBelow = false,
}: {
  claim: Claim;
  adviceSaidAbove?: boolean;
  sourcesBelow?: boolean;
}) {
  // A list that says once, above it, that it is advice need not say so on every line.
  if (claim.kind === 'advice' && adviceSaidAbove) return <>{claim.text}</>;
  if (claim.kind !== 'fact') {
    return (
      <>
        <span className={`claim-kind ${claim.kind}`}>{kindLabels[claim.kind]}:</span> {claim.text}
      </>
    );
  }
  if (sourcesBelow) return <>{claim.text}</>;
  const labels = [...new Set(claim.sources.map(sourceLabel))];
  return (
    <>
      {claim.text}{' '}
      <small className="source">
        {labels.length === 1 ? 'Source' : 'Sources'}: {labels.join('; ')}
      </small>
    </>
  );
}

/** The sources of every fact in a part of a page, each named once, for claims shown with `sourcesBelow`. */
export function SourcesOf({ claims }: { claims: readonly Claim[] }) {
  const labels = [
    ...new Set(claims.flatMap((claim) => (claim.kind === 'fact' ? claim.sources.map(sourceLabel) : []))),
  ];
  if (labels.length === 0) return null;
  return (
    <p className="sources-of-part">
      <small className="source">
        {labels.length === 1 ? 'Source' : 'Sources'} for this part: {labels.join('; ')}
      </small>
    </p>
  );
}
