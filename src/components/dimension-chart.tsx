import { useId } from 'react';
import { describeDimension } from '../engine/index.ts';
import { LeanBar } from './lean-bar.tsx';
import type { DimensionScore } from '../engine/index.ts';

/**
 * One diverging bar per dimension: product to the right, project to the left. Every bar has the same
 * information in words next to it, so the picture is never the only way to read it.
 */
export function DimensionChart({
  dimensions,
  title,
}: {
  dimensions: readonly DimensionScore[];
  title: string;
}) {
  const captionId = useId();
  return (
    <figure className="dimension-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <ul>
        {dimensions.map((dimension) => {
          const { toward, text } = describeDimension(dimension);
          return (
            <li key={dimension.id}>
              <p className="dimension-name">{dimension.name}</p>
              <div className="bar" aria-hidden="true">
                <span className="pole project-pole">{dimension.projectPole}</span>
                <LeanBar score={dimension.score} />
                <span className="pole product-pole">{dimension.productPole}</span>
              </div>
              <p className={`dimension-reading ${toward ?? 'balanced'}`}>{text}</p>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
