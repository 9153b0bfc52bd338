import { useId } from 'react';
import { describeDimension, themeAbout } from '../engine/index.ts';
import { LeanBar } from './lean-bar.tsx';
import type { DimensionScore, Message, QuotedWords, Subject } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import './dimension-chart.css';

/** A theme's words: the bank's own, or a message written about someone else (themeAbout). */
const wordsOf = (words: QuotedWords) => (typeof words === 'string' ? words : translate(words));

/**
 * One diverging bar per dimension: product to the right, project to the left, with the reading in words
 * beside each bar. Screen readers get the same figures as a table instead of the drawing.
 */
export function DimensionChart({
  dimensions,
  title,
  subject,
}: {
  dimensions: readonly DimensionScore[];
  title: Message;
  /** Whose answers these are: theme names speak about them. */
  subject: Subject;
}) {
  const captionId = useId();
  const readings = dimensions.map((score) => {
    const about = themeAbout(score, subject);
    const dimension = {
      ...score,
      productPole: wordsOf(about.productPole),
      projectPole: wordsOf(about.projectPole),
    };
    return { dimension, name: wordsOf(about.name), ...describeDimension(score) };
  });
  return (
    <figure className="dimension-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{translate(title)}</figcaption>
      <ul aria-hidden="true">
        {readings.map(({ dimension, name, toward, text }) => (
          <li key={dimension.id}>
            <p className="dimension-name">{name}</p>
            <div className="bar">
              <span className="pole project-pole">{dimension.projectPole}</span>
              <LeanBar score={dimension.score} balanced={toward === null} />
              <span className="pole product-pole">{dimension.productPole}</span>
              {/* Where the poles' words do not fit (a phone, paper), the bar's ends still say which side is which. */}
              <span className="bar-end project-end">Project</span>
              <span className="bar-end product-end">Product</span>
            </div>
            <p className={`dimension-reading ${toward ?? 'balanced'}`}>{text}</p>
          </li>
        ))}
      </ul>
      {/* Wrapped: a table never shrinks to the 1px of the visually-hidden box, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{translate(title)}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Reading</th>
              <th scope="col">Questions answered</th>
            </tr>
          </thead>
          <tbody>
            {readings.map(({ dimension, name, text }) => (
              <tr key={dimension.id}>
                <th scope="row">{name}</th>
                <td>{text}</td>
                <td>
                  {dimension.answered} of {dimension.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
