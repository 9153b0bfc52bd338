import { splitPercentages, trackTitles } from '../engine/index.ts';
import type { AttemptSummary } from '../store/history-store.ts';

/**
 * A past result in one line, naming its role once: "A clear lean toward Technical Project Manager. 20%
 * product, 80% project." A close call names no role, as its headline did; a headline kept without its
 * role gets the role in front.
 */
export function AttemptSummaryText({ summary }: { summary: AttemptSummary }) {
  const percent = splitPercentages(summary.productShare);
  const title = trackTitles[summary.track];
  const namesItsRole = summary.strength === 'close' || summary.headline.includes(title);
  return (
    <>
      {namesItsRole ? summary.headline : `${title}: ${summary.headline}`}. {percent.product}% product,{' '}
      {percent.project}% project.
    </>
  );
}
