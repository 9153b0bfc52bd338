/** A bar from the middle: right for product, left for project, as long as the score is strong. */
export function LeanBar({ score }: { score: number }) {
  const size = Math.min(Math.abs(score), 1) * 50;
  const toward = score === 0 ? 'balanced' : score > 0 ? 'product' : 'project';
  return (
    <span className="track">
      <span
        className={`fill ${toward}`}
        style={{ width: `${size}%`, left: score >= 0 ? '50%' : `${50 - size}%` }}
      />
    </span>
  );
}
