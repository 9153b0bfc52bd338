import { Trans } from '@lingui/react/macro';
import { splitPercentages, trackTitles } from '../engine/index.ts';
import type { Track } from '../engine/index.ts';
import { formatPercent } from '../lib/format-percent.ts';

/** What a past result showed when it was finished (the history keeps it with the attempt). */
interface AttemptSummary {
  track: Track;
  strength: string;
  productShare: number;
  headline: string;
}

/**
 * A past result in one line, naming its role once: "A clear lean toward Technical Project Manager. 20%
 * product, 80% project." A close call names no role, as its headline did; a headline kept without its
 * role gets the role in front.
 */
export function AttemptSummaryText({ summary }: { summary: AttemptSummary }) {
  const percent = splitPercentages(summary.productShare);
  const title = trackTitles[summary.track];
  const namesItsRole = summary.strength === 'close' || summary.headline.includes(title);
  const headline = summary.headline;
  const product = formatPercent(percent.product);
  const project = formatPercent(percent.project);
  return namesItsRole ? (
    <Trans>
      {headline}. {product} product, {project} project.
    </Trans>
  ) : (
    <Trans>
      {title}: {headline}. {product} product, {project} project.
    </Trans>
  );
}
