import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { roleProfiles } from '../content/roles.ts';
import {
  explainResult,
  interestLevelWords,
  otherTrack,
  splitPercentages,
  trackTitles,
} from '../engine/index.ts';
import type { Evaluation } from '../engine/index.ts';
import { DimensionChart } from './dimension-chart.tsx';
import { ReasonList } from './reason-list.tsx';
import { RoleProfile } from './role-profile.tsx';

interface ResultViewProps {
  evaluation: Evaluation;
  /** Whose result this is: "Your result" or "A shared result". */
  eyebrow: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Buttons and panels that act on the result (change answers, retake, share...). */
  actions: ReactNode;
  /** More about this result, shown after the reasons (what would change it, how it moved). */
  insights?: ReactNode;
}

/** A result explained: the role, the split in numbers and words, the reasons, and the role's profile. */
export function ResultView({ evaluation, eyebrow, headingRef, actions, insights }: ResultViewProps) {
  const { track } = evaluation;
  const other = otherTrack(track);
  const percent = splitPercentages(evaluation.productShare);
  const { supporting, opposing } = explainResult(evaluation);
  const close = evaluation.strength === 'close';

  return (
    <article className="page result">
      <header className="result-header">
        <p className="eyebrow">{eyebrow}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {close ? evaluation.summary : trackTitles[track]}
        </h1>
        <p className="split-words">
          {close ? evaluation.tilt : <strong>{evaluation.summary}.</strong>} {evaluation.stabilityNote}
        </p>
        <div className="split" aria-hidden="true">
          <span className="product" style={{ width: `${percent.product}%` }} />
          <span className="project" style={{ width: `${percent.project}%` }} />
        </div>
        <p className="split-figures">
          <span className="product-figure">
            {percent.product}% of answer points toward {trackTitles.product}
          </span>
          <span className="project-figure">
            {percent.project}% toward {trackTitles.project}
          </span>
        </p>
        <section className="interest-levels" aria-labelledby="interest-heading">
          <h2 id="interest-heading">How much each kind of work appeals</h2>
          <dl>
            <div>
              <dt>Product work: deciding what to build and why</dt>
              <dd>{interestLevelWords(evaluation.interest.product)}</dd>
            </div>
            <div>
              <dt>Project work: planning how and when it gets done</dt>
              <dd>{interestLevelWords(evaluation.interest.project)}</dd>
            </div>
          </dl>
          <p>{evaluation.interestNote}</p>
        </section>
      </header>

      {evaluation.cautions.length > 0 ? (
        <section className="cautions" aria-labelledby="cautions-heading">
          <h2 id="cautions-heading">Worth knowing before you read on</h2>
          <ul>
            {evaluation.cautions.map((caution) => (
              <li key={caution.code}>{caution.message}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="result-actions">{actions}</div>

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">
          {close ? `What tilts it toward ${trackTitles[track]}` : `Why ${trackTitles[track]}`}
        </h2>
        {supporting.length > 0 ? (
          <ReasonList reasons={supporting} />
        ) : (
          <p>None of your answers leaned this way; the result comes from the tie rule.</p>
        )}
      </section>

      <section aria-labelledby="against-heading">
        <h2 id="against-heading">What pulled toward {trackTitles[other]}</h2>
        {opposing.length > 0 ? (
          <ReasonList reasons={opposing} />
        ) : (
          <p>None of your answers pointed toward {trackTitles[other]}.</p>
        )}
      </section>

      {insights}

      <section aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">Your answers, theme by theme</h2>
        <DimensionChart
          dimensions={evaluation.dimensions}
          title={`Where you stand on each of the ${evaluation.dimensions.length} themes`}
        />
      </section>

      <RoleProfile profile={roleProfiles[track]} />

      <p className="muted">
        Curious about the other path? <Link to={paths.roles}>Compare the two roles side by side</Link>, or see{' '}
        <Link to={paths.method}>how this result was worked out</Link>.
      </p>
    </article>
  );
}
