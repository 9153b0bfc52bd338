import { ph } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useMemo } from 'react';
import { closestFlip } from '../engine/index.ts';
import type { Answers } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import './flip-panel.css';

/** "What would change my result": the fewest of the person's answers that would flip it. */
export function FlipPanel({ answers }: { answers: Answers }) {
  // The search re-scores the answers many times; redo it only when they change.
  const flip = useMemo(() => closestFlip(answers), [answers]);
  if (!flip) return null;
  return (
    <section className="boxed" aria-labelledby="flip-heading">
      <h2 id="flip-heading">
        <Trans>What would change your result</Trans>
      </h2>
      <p>{translate(flip.summary)}</p>
      {flip.settled ? (
        <p className="muted">
          <Trans>Your result rests on many of your answers, not on a few.</Trans>
        </p>
      ) : (
        <ul className="flip-changes">
          {flip.changes.map((change) => (
            <li key={change.questionId}>
              <Trans>
                <q>{ph({ question: translate(change.prompt) })}</q>: you answered{' '}
                <q>{ph({ answered: translate(change.fromLabel) })}</q>;{' '}
                <q>{ph({ instead: translate(change.toLabel) })}</q> would tip it.
              </Trans>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
