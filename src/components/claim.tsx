import { Fragment } from 'react';
import { msg, t } from '@lingui/core/macro';
import { Plural, Trans } from '@lingui/react/macro';
import { seedArticles, seedArticleTitles } from '../content/seed-articles.ts';
import type { Claim, Source } from '../content/sources.ts';
import type { SeedFile } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';

/**
 * A seed article as a reader would cite it: its English title, marked as English so a screen reader says it
 * in English. On a page in another language its title follows in translation, in square brackets, as
 * citation styles give a title in another language.
 */
export function SeedArticleName({ seed }: { seed: SeedFile }) {
  const { title: englishTitle, translation } = seedArticleTitles[seed];
  const article = <span lang="en">{seedArticles[seed]}</span>;
  const title = translate(translation);
  if (title === englishTitle) return article;
  return (
    <Trans comment="{article} is an English article as cited (its English title, maybe its author and year); {title} is that title in translation.">
      {article} [{title}]
    </Trans>
  );
}

/** How a reader would cite a public body's work: the body (unless the title names it), the work and its date. */
function publicSourceName(source: Exclude<Source, { seed: SeedFile }>): string {
  const publisher = source.authority;
  const title = translate(source.work);
  const work = source.namesPublisher
    ? title
    : t({
        message: `${publisher}, ${title}`,
        comment: 'A citation: the publisher, then the title of its work.',
      });
  if (!source.date) return work;
  const date = translate(source.date);
  return t({ message: `${work} (${date})`, comment: 'A citation: a work, then the date of its edition.' });
}

function SourceName({ source }: { source: Source }) {
  return 'seed' in source ? <SeedArticleName seed={source.seed} /> : <>{publicSourceName(source)}</>;
}

/** One key per source as cited, so a source cited for two facts, or by two quotes of one seed, is named once. */
function sourceKey(source: Source): string {
  return 'seed' in source ? source.seed : publicSourceName(source);
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const byKey = new Map(sources.map((source) => [sourceKey(source), source] as const));
  return [...byKey.values()];
}

/** Sources named one after another, each once. */
function SourceNames({ sources }: { sources: readonly Source[] }) {
  return sources.map((source, index) => (
    <Fragment key={sourceKey(source)}>
      {index > 0 ? '; ' : null}
      <SourceName source={source} />
    </Fragment>
  ));
}

const kindLabels = {
  advice: msg({ message: 'Our advice:', comment: 'Labels a sentence that is advice, not a finding.' }),
  estimate: msg({ message: 'Rough guide:', comment: 'Labels a sentence that is a rough estimate.' }),
  note: msg({ message: 'Note:', comment: 'Labels a remark about the content itself.' }),
} as const;

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
  const text = translate(claim.text);
  // A list that says once, above it, that it is advice need not say so on every line.
  if (claim.kind === 'advice' && adviceSaidAbove) return <>{text}</>;
  if (claim.kind !== 'fact') {
    return (
      <>
        <span className={`claim-kind ${claim.kind}`}>{translate(kindLabels[claim.kind])}</span> {text}
      </>
    );
  }
  if (sourcesBelow) return <>{text}</>;
  const sources = uniqueSources(claim.sources);
  const count = sources.length;
  const names = <SourceNames sources={sources} />;
  return (
    <>
      {text}{' '}
      <small className="source">
        <Trans>
          <Plural value={count} one="Source:" other="Sources:" /> {names}
        </Trans>
      </small>
    </>
  );
}

/** The sources of every fact in a part of a page, each named once, for claims shown with `sourcesBelow`. */
export function SourcesOf({ claims }: { claims: readonly Claim[] }) {
  const sources = uniqueSources(claims.flatMap((claim) => (claim.kind === 'fact' ? claim.sources : [])));
  if (sources.length === 0) return null;
  const count = sources.length;
  const names = <SourceNames sources={sources} />;
  return (
    <p className="sources-of-part">
      <small className="source">
        <Trans>
          <Plural value={count} one="Source for this part:" other="Sources for this part:" /> {names}
        </Trans>
      </small>
    </p>
  );
}
