import { ph, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import type { ReactNode, Ref } from 'react';
import type { MessageDescriptor } from '@lingui/core';
// A message from the engine with a tag in it, rendered with the element the tag wraps.
import { Trans as MessageWithTags } from '#trans';
import { Link } from '../lib/router.tsx';
import { formatPercent } from '../lib/format-percent.ts';
import { paths } from '../lib/paths.ts';
import {
  answerTheRestWords,
  cautionText,
  explainResult,
  interestLevelWords,
  interestNoteOf,
  otherTrack,
  resultWords,
  splitPercentages,
  stabilityNoteOf,
  tiltOf,
  trackTitles,
} from '../engine/index.ts';
import type { Evaluation, QuizMode, Subject, Track } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import { DimensionChart } from './dimension-chart.tsx';
import { ReasonList } from './reason-list.tsx';
import './result-view.css';

interface ResultViewProps {
  evaluation: Evaluation;
  /** Whose result this is: only the person's own result says "you". */
  subject: Subject;
  /** How the answers were given, when known: only the person's own result knows. */
  mode?: QuizMode | undefined;
  /** "Your result", "A shared result"... */
  eyebrow: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** For a quick check: go on to the questions it skipped, answers kept. */
  onAnswerTheRest?: (() => void) | undefined;
  /** More about this result, after the explanation (what would change it, how it moved). */
  insights?: ReactNode;
  /** Buttons and panels that act on the result (change answers, share, print...), after the explanation. */
  actions: ReactNode;
  /** What the first screen offers besides the explanation: the way to the actions, and the path pages. */
  onwards?: ReactNode;
  /** What paper shows in place of links and buttons: the date and the result's address. */
  stamp?: ReactNode;
}

const tracks: readonly Track[] = ['product', 'project'];

/** Brings the actions into view and moves focus there, as following a link to them would. */
function showActions() {
  const heading = document.getElementById('actions-heading');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * A result explained. The first screen holds the verdict, both roles side by side with how much each
 * appeals, and the start of the reasons; the theme chart follows, then what pulled the other way.
 * Actions come after the explanation.
 */
export function ResultView({
  evaluation,
  subject,
  mode,
  eyebrow,
  headingRef,
  onAnswerTheRest,
  insights,
  actions,
  onwards,
  stamp,
}: ResultViewProps) {
  const { track } = evaluation;
  const other = otherTrack(track);
  const role = translate(trackTitles[track]);
  const otherRole = translate(trackTitles[other]);
  const words = resultWords[subject];
  const percent = splitPercentages(evaluation.productShare);
  const { supporting, opposing } = explainResult(evaluation);
  const close = evaluation.strength === 'close';
  const tilt = tiltOf(evaluation.strength, track, evaluation.productShare, evaluation.answered, subject);
  const notes = evaluation.cautions.map((caution) => ({
    code: caution.code,
    ...cautionText(caution, subject, mode, evaluation.strength),
  }));
  const info = notes.filter((note) => note.tone === 'info');
  const warnings = notes.filter((note) => note.tone === 'warning');
  const left = evaluation.total - evaluation.answered;
  const firmUp = onAnswerTheRest && left > 0 ? answerTheRestWords(left) : undefined;
  const interestKnown = evaluation.interestPattern !== 'unknown';

  return (
    <article className="page result">
      <header className="result-header">
        <p className="eyebrow">{eyebrow}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {translate(close ? evaluation.summary : trackTitles[track])}
        </h1>
        <p className="verdict">
          {close ? tilt && translate(tilt) : <strong>{translate(evaluation.summary)}.</strong>}{' '}
          {translate(stabilityNoteOf(evaluation.strength, evaluation.answered, subject, evaluation.total))}
        </p>
        <dl className="role-pair">
          {tracks.map((side) => (
            <div key={side} className={`role-side ${side}${side === track && !close ? ' match' : ''}`}>
              <dt>{translate(trackTitles[side])}</dt>
              <dd className="role-share">
                <Trans>{ph({ share: formatPercent(percent[side]) })} of answer points</Trans>
              </dd>
              <dd>
                {translate(words.interestLabel)}:{' '}
                <strong>
                  {interestKnown
                    ? translate(interestLevelWords(evaluation.interest[side]))
                    : t`not rated yet`}
                </strong>
              </dd>
            </div>
          ))}
        </dl>
        <div className="split" aria-hidden="true">
          <span className="product" style={{ width: `${percent.product}%` }} />
          <span className="project" style={{ width: `${percent.project}%` }} />
        </div>
        <p className="muted answer-points-note">{translate(words.answerPoints)}</p>
        {/* On paper the cards' interest levels say it; the sentence stays on screen, where it fits. */}
        <p className="interest-note screen-only">
          {translate(interestNoteOf(evaluation.interestPattern, subject))}
        </p>
        <nav className="onwards-links screen-only" aria-label={t`On this result`}>
          <button type="button" className="link-button" onClick={showActions}>
            {translate(words.actionsHeading)}
          </button>
          {onwards}
        </nav>
      </header>

      {info.length > 0 ? (
        <div className="result-note boxed">
          {info.map((note) => (
            <p key={note.code}>
              {translate(note.text)}
              {firmUp ? (
                <>
                  {' '}
                  <span className="screen-only">
                    <MessageWithTags
                      {...(firmUp as MessageDescriptor)}
                      components={{
                        0: <button type="button" className="link-button" onClick={onAnswerTheRest} />,
                      }}
                    />
                  </span>
                </>
              ) : null}
            </p>
          ))}
        </div>
      ) : null}

      <div className="result-explain">
        <section className="result-why" aria-labelledby="why-heading">
          <h2 id="why-heading">
            {close ? <Trans>What tilts it toward {role}</Trans> : <Trans>Why {role}</Trans>}
          </h2>
          {supporting.length > 0 ? (
            <ReasonList reasons={supporting} subject={subject} />
          ) : (
            <p>{translate(words.noSupporting)}</p>
          )}
        </section>

        <section className="result-themes" aria-labelledby="dimensions-heading">
          <h2 id="dimensions-heading">{translate(words.themesHeading)}</h2>
          <DimensionChart
            dimensions={evaluation.dimensions}
            title={words.chartTitle(evaluation.dimensions.length)}
            subject={subject}
          />
        </section>
      </div>

      {/* After the first reasons, so a phone's first screen still holds the verdict and why. */}
      {warnings.length > 0 ? (
        <section className="cautions boxed" aria-labelledby="cautions-heading">
          <h2 id="cautions-heading">{translate(words.warningsHeading)}</h2>
          <ul>
            {warnings.map((note) => (
              <li key={note.code}>{translate(note.text)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="against-heading">
        <h2 id="against-heading">
          <Trans>What pulled toward {otherRole}</Trans>
        </h2>
        {opposing.length > 0 ? (
          <ReasonList reasons={opposing} subject={subject} />
        ) : (
          <p>{translate(words.noOpposing(other, percent[other] / 100))}</p>
        )}
      </section>

      {insights}

      <section className="result-actions" aria-labelledby="actions-heading">
        <h2 id="actions-heading" tabIndex={-1}>
          {translate(words.actionsHeading)}
        </h2>
        {actions}
      </section>

      <p className="muted screen-only">
        <Trans>
          What does each role do all day? <Link to={paths.roles}>Compare the two roles point by point</Link>,
          or see <Link to={paths.method}>how this result was worked out</Link>.
        </Trans>
      </p>
      {stamp}
    </article>
  );
}
