import { ph } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useId } from 'react';
import { describeDimension, themeAbout } from '../engine/index.ts';
import { LeanBar } from './lean-bar.tsx';
import type { DimensionScore, Message, Subject } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import './dimension-chart.css';

/** A theme's words: the bank's own, or a message written about someone else (themeAbout). */

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
    const dimension = themeAbout(score, subject);
    const { toward, text } = describeDimension(dimension);
    return { dimension, name: translate(dimension.name), toward, text: translate(text) };
  });
  return (
    <figure className="dimension-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{translate(title)}</figcaption>
      <ul aria-hidden="true">
        {readings.map(({ dimension, name, toward, text }) => (
          <li key={dimension.id}>
            <p className="dimension-name">{name}</p>
            <div className="bar">
              <span className="pole project-pole">{translate(dimension.projectPole)}</span>
              <LeanBar score={dimension.score} balanced={toward === null} />
              <span className="pole product-pole">{translate(dimension.productPole)}</span>
              {/* Where the poles' words do not fit (a phone, paper), the bar's ends still say which side is which. */}
              <span className="bar-end project-end">
                <Trans comment="The project end of a theme's bar, where the words for that side do not fit">
                  Project
                </Trans>
              </span>
              <span className="bar-end product-end">
                <Trans comment="The product end of a theme's bar, where the words for that side do not fit">
                  Product
                </Trans>
              </span>
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
              <th scope="col">
                <Trans>Theme</Trans>
              </th>
              <th scope="col">
                <Trans comment="A table heading: which way a theme's answers lean, in words, such as 'Balanced between the two'">
                  Reading
                </Trans>
              </th>
              <th scope="col">
                <Trans>Questions answered</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {readings.map(({ dimension, name, text }) => (
              <tr key={dimension.id}>
                <th scope="row">{name}</th>
                <td>{text}</td>
                <td>
                  <Trans>
                    {ph({ answered: dimension.answered })} of {ph({ total: dimension.total })}
                  </Trans>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
