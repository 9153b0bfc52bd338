import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import {
  compareEvaluations,
  decodeAnswers,
  evaluate,
  nextStep,
  shareCodeFrom,
  splitPercentages,
  trackTitles,
} from '../engine/index.ts';
import type { Evaluation } from '../engine/index.ts';
import { useCompareStore } from '../store/compare-store.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { AttemptSummaryText } from '../components/attempt-summary.tsx';
import { LeanBar } from '../components/lean-bar.tsx';
import './compare-screen.css';

/** The person's own result, when they have one to compare. */
function useOwnEvaluation(): Evaluation | undefined {
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  return useMemo(() => {
    return nextStep(answers, mode) === null ? evaluate(answers) : undefined;
  }, [answers, mode]);
}

/** One side's reading of a theme, as a sentence about that side, with its bar (the words carry the meaning). */
function Reading({ text, score }: { text: string; score: number }) {
  return (
    <>
      <p>{text}</p>
      <div className="bar" aria-hidden="true">
        <LeanBar score={score} />
      </div>
    </>
  );
}

/** One side's overall result, for the side-by-side list: the headline names the role once. */
function Overall({ who, evaluation }: { who: string; evaluation: Evaluation }) {
  const { track, strength, productShare, summary } = evaluation;
  return (
    <div>
      <dt>{who}</dt>
      <dd>
        <AttemptSummaryText summary={{ track, strength, productShare, headline: summary }} />
      </dd>
    </div>
  );
}

/** Someone else's shared result next to the person's own, theme by theme. Nothing leaves the browser. */
export function CompareScreen() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const inputId = useId();
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState('');
  const keptCode = useCompareStore((state) => state.code);
  const keepCompareLink = useCompareStore((state) => state.keepCompareLink);
  const code = shareCodeFrom(hash);
  const decoded = useMemo(() => (code ? decodeAnswers(code) : undefined), [code]);
  const theirs = useMemo(() => (decoded?.ok ? evaluate(decoded.answers) : undefined), [decoded]);
  const mine = useOwnEvaluation();
  const comparison = useMemo(
    () => (mine && theirs ? compareEvaluations(mine, theirs) : undefined),
    [mine, theirs],
  );
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`compare-${code}`);
  useDocumentTitle('Compare results');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const pastedCode = shareCodeFrom(pasted);
    if (pastedCode === '') {
      setPasteError(
        'This link has nothing after the “#”, so it holds no answers. Ask them to copy the whole link again.',
      );
      return;
    }
    setPasteError('');
    void navigate(`${paths.compare}#${pastedCode}`);
  };

  return (
    <div className="page compare">
      <h1 ref={headingRef} tabIndex={-1}>
        Compare results
      </h1>
      <p className="lead">
        Paste a share link from someone else to see your results side by side. The comparison happens in this
        browser; nothing is sent anywhere.
      </p>
      <form className="paste-form" onSubmit={onSubmit}>
        <label htmlFor={inputId}>Their share link</label>
        <div className="share-row">
          <input
            id={inputId}
            type="text"
            value={pasted}
            onChange={(event) => {
              setPasted(event.target.value);
              setPasteError('');
            }}
            autoComplete="off"
          />
          <button type="submit" className="button primary" disabled={pasted.trim() === ''}>
            Compare
          </button>
        </div>
      </form>

      {pasteError ? (
        <p className="error-message" role="alert">
          {pasteError}
        </p>
      ) : null}

      {!code && keptCode ? (
        <p className="boxed">
          You kept a link to compare earlier.{' '}
          <Link to={`${paths.compare}#${keptCode}`}>Compare with that link</Link>
        </p>
      ) : null}

      {decoded && !decoded.ok ? (
        <p className="error-message" role="alert">
          {decoded.error.message}
        </p>
      ) : null}

      {theirs && !mine && code ? (
        <div className="boxed">
          <p>
            Their result is {trackTitles[theirs.track]} ({splitPercentages(theirs.productShare).product}%
            product). To compare, finish your own quiz first.
          </p>
          {keptCode === code ? (
            <p>
              This link is kept in this browser. Your result page will offer the comparison once you finish.{' '}
              <Link to={paths.start}>Go on with the quiz</Link>
            </p>
          ) : (
            <p>
              <Link to={paths.start} onClick={() => keepCompareLink(code)}>
                Keep this link and finish my quiz
              </Link>{' '}
              Your result page will offer the comparison once you finish.
            </p>
          )}
        </div>
      ) : null}

      {mine && theirs && comparison ? (
        <>
          <section aria-labelledby="overall-heading">
            <h2 id="overall-heading">Overall</h2>
            <dl className="side-by-side">
              <Overall who="You" evaluation={mine} />
              <Overall who="Them" evaluation={theirs} />
            </dl>
          </section>
          <section aria-labelledby="differ-heading">
            <h2 id="differ-heading">Where you differ most</h2>
            {comparison.biggestDifferences.length === 0 ? (
              <p>You lean the same way, by about the same amount, on every theme.</p>
            ) : (
              <ul>
                {comparison.biggestDifferences.map((dimension) => (
                  <li key={dimension.id}>
                    <strong>{dimension.name}</strong>: {dimension.difference}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="themes-heading">
            <h2 id="themes-heading">Theme by theme</h2>
            <ul className="compare-dimensions">
              {comparison.dimensions.map((dimension) => (
                <li key={dimension.id}>
                  <p className="dimension-name">{dimension.name}</p>
                  <p className="muted">
                    {dimension.projectPole} <span aria-hidden="true">↔</span>
                    <span className="visually-hidden">or</span> {dimension.productPole}
                  </p>
                  <Reading text={dimension.firstReading} score={dimension.first} />
                  <Reading text={dimension.secondReading} score={dimension.second} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
