import { headlineOf, splitPercentages } from '../engine/index.ts';
import type { Strength, Track } from '../engine/index.ts';
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
  return (
    <>
      {translate(headlineOf(summary.strength, summary.track, 1))}. {percent.product}% product,{' '}
      {percent.project}% project.
    </>
  );
}
