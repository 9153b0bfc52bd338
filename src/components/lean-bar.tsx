/**
 * A bar from the middle: right for product, left for project, as long as the score is strong. A score the
 * words call balanced is drawn in a neutral colour, so the bar never shows a lean the words deny.
 */
export function LeanBar({ score, balanced = false }: { score: number; balanced?: boolean }) {
  const size = Math.min(Math.abs(score), 1) * 50;
  const toward = balanced || score === 0 ? 'balanced' : score > 0 ? 'product' : 'project';
  return (
    <span className="track">
      <span
        className={`fill ${toward}`}
        style={{ width: `${size}%`, left: score >= 0 ? '50%' : `${50 - size}%` }}
      />
    </span>
  );
}
