import { Trans } from '@lingui/react/macro';
import { headlineOf, splitPercentages } from '../engine/index.ts';
import type { Strength, Track } from '../engine/index.ts';
import { formatPercent } from '../lib/format-percent.ts';
import { translate } from '../lib/translate.ts';

/** What a past result showed when it was finished (the history keeps it with the attempt, as data). */
interface AttemptSummary {
  track: Track;
  strength: Strength;
  productShare: number;
}

/**
 * A past result in one line, naming its role once: "A clear lean toward Technical Project Manager. 20%
 * product, 80% project." A close call names no role, as its headline did.
 */
export function AttemptSummaryText({ summary }: { summary: AttemptSummary }) {
  const percent = splitPercentages(summary.productShare);
  const headline = translate(headlineOf(summary.strength, summary.track, 1));
  const product = formatPercent(percent.product);
  const project = formatPercent(percent.project);
  return (
    <Trans>
      {headline}. {product} product, {project} project.
    </Trans>
  );
}
