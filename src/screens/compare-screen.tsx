import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from '../lib/router.tsx';
import { paths, shareLink } from '../lib/paths.ts';
import { useCurrentQuiz } from './use-current-quiz.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { translate } from '../lib/translate.ts';
import {
  compareEvaluations,
  compareWords,
  decodeAnswers,
  evaluate,
  sameAnswers,
  shareCodeFrom,
} from '../engine/index.ts';
import type { Comparison, Evaluation, Message } from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import { attemptDate, understoodAnswers } from '../store/saved-history.ts';
import { AttemptSummaryText } from '../components/attempt-summary.tsx';
import { LeanBar } from '../components/lean-bar.tsx';
import './compare-screen.css';

/** The person's own result, when their current quiz is finished. */
function useOwnEvaluation(): Evaluation | undefined {
  const { answers, finished } = useCurrentQuiz();
  return useMemo(() => (finished ? evaluate(answers) : undefined), [answers, finished]);
}

/** An evaluation as the one-line summary a past result shows: a close call is named as one. */
function summaryOfEvaluation({ track, strength, productShare }: Evaluation) {
  return { track, strength, productShare };
}

/** One side's reading of a theme, as a sentence about that side, with its bar (the words carry the meaning). */
function Reading({ text, score }: { text: Message; score: number }) {
  return (
    <>
      <p>{translate(text)}</p>
      <div className="bar" aria-hidden="true">
        <LeanBar score={score} />
      </div>
    </>
  );
}

/** One side's overall result, for the side-by-side list: the headline names the role once. */
function Overall({ who, evaluation }: { who: Message; evaluation: Evaluation }) {
  return (
    <div>
      <dt>{translate(who)}</dt>
      <dd>
        <AttemptSummaryText summary={summaryOfEvaluation(evaluation)} />
      </dd>
    </div>
  );
}

interface SideBySideProps {
  comparison: Comparison;
  first: { who: Message; evaluation: Evaluation };
  second: { who: Message; evaluation: Evaluation };
  words: { differHeading: Message; noDifference: Message };
}

/** Two results side by side: overall, where they really differ, then theme by theme. */
function SideBySide({ comparison, first, second, words }: SideBySideProps) {
  return (
    <>
      <section aria-labelledby="overall-heading">
        <h2 id="overall-heading">{translate(compareWords.overallHeading)}</h2>
        <dl className="side-by-side">
          <Overall who={first.who} evaluation={first.evaluation} />
          <Overall who={second.who} evaluation={second.evaluation} />
        </dl>
      </section>
      <section aria-labelledby="differ-heading">
        <h2 id="differ-heading">{translate(words.differHeading)}</h2>
        {comparison.biggestDifferences.length === 0 ? (
          <p>{translate(words.noDifference)}</p>
        ) : (
          <ul>
            {comparison.biggestDifferences.map((dimension) => (
              <li key={dimension.id}>
                <strong>{translate(dimension.name)}</strong>: {translate(dimension.firstReading)}{' '}
                {translate(dimension.secondReading)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{translate(compareWords.themesHeading)}</h2>
        <ul className="compare-dimensions">
          {comparison.dimensions.map((dimension) => (
            <li key={dimension.id}>
              <p className="dimension-name">{translate(dimension.name)}</p>
              <p className="muted">
                {translate(dimension.projectPole)} <span aria-hidden="true">↔</span>
                <span className="visually-hidden">{translate(compareWords.or)}</span>{' '}
                {translate(dimension.productPole)}
              </p>
              <Reading text={dimension.firstReading} score={dimension.first} />
              <Reading text={dimension.secondReading} score={dimension.second} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * Two results side by side, theme by theme: someone else's share link beside the person's own result, or
 * (with `?past=<id>`) a past result of their own beside their current one. Nothing leaves the browser.
 */
export function CompareScreen() {
  const [search] = useSearchParams();
  const pastId = search.get('past');
  return pastId === null ? <CompareWithLink /> : <CompareWithPast id={pastId} />;
}

/** The share link field, filled with the link in the address when there is one. */
function PasteForm({ code }: { code: string }) {
  const navigate = useNavigate();
  const inputId = useId();
  const [pasted, setPasted] = useState(() => (code ? shareLink(code) : ''));
  const [pasteError, setPasteError] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const pastedCode = shareCodeFrom(pasted);
    if (pastedCode === '') {
      setPasteError(translate(compareWords.emptyLink));
      return;
    }
    setPasteError('');
    void navigate(`${paths.compare}#${pastedCode}`);
  };
  return (
    <>
      <form className="paste-form" onSubmit={onSubmit}>
        <label htmlFor={inputId}>{translate(compareWords.linkLabel)}</label>
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
            {translate(compareWords.compareButton)}
          </button>
        </div>
      </form>
      {pasteError ? (
        <p className="error-message" role="alert">
          {pasteError}
        </p>
      ) : null}
    </>
  );
}

/** Someone else's shared result next to the person's own. */
function CompareWithLink() {
  const { hash } = useLocation();
  const keptCode = useAppStore((state) => state.compare.code);
  const keepCompareLink = useAppStore((state) => state.keepCompareLink);
  const current = useCurrentQuiz();
  const code = shareCodeFrom(hash);
  const decoded = useMemo(() => (code ? decodeAnswers(code) : undefined), [code]);
  const theirs = useMemo(() => (decoded?.ok ? evaluate(decoded.answers) : undefined), [decoded]);
  // A link to the person's own answers would compare them with themselves.
  const ownLink =
    decoded?.ok === true && current.answered > 0 && sameAnswers(decoded.answers, current.answers);
  const mine = useOwnEvaluation();
  const comparison = useMemo(
    () => (mine && theirs && !ownLink ? compareEvaluations(mine, theirs) : undefined),
    [mine, theirs, ownLink],
  );
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`compare-${code}`);
  useDocumentTitle(translate(compareWords.heading));
  const started = current.answered > 0;

  return (
    <div className="page compare">
      <h1 ref={headingRef} tabIndex={-1}>
        {translate(compareWords.heading)}
      </h1>
      <p className="lead">{translate(compareWords.lead)}</p>
      <PasteForm key={code} code={code} />

      {!code && keptCode ? (
        <p className="boxed">
          {translate(compareWords.keptEarlier)}{' '}
          <Link to={`${paths.compare}#${keptCode}`}>{translate(compareWords.compareKept)}</Link>
        </p>
      ) : null}

      {decoded && !decoded.ok ? (
        <p className="error-message" role="alert">
          {decoded.error.message}
        </p>
      ) : null}

      {ownLink ? (
        <div className="boxed">
          <p>{translate(compareWords.ownLink)}</p>
          {current.finished ? (
            <p>
              <Link to={paths.result}>{translate(compareWords.seeYourResult)}</Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {theirs && !mine && !ownLink && code ? (
        <div className="boxed">
          <p>
            {translate(compareWords.theirResult)} <AttemptSummaryText summary={summaryOfEvaluation(theirs)} />{' '}
            {started ? translate(compareWords.finishFirst) : translate(compareWords.startFirst)}
          </p>
          {keptCode === code ? (
            <p>
              {translate(compareWords.keptNote)}{' '}
              <Link to={started ? current.nextPath : paths.question(1)}>
                {started ? translate(compareWords.goOn) : translate(compareWords.start)}
              </Link>
            </p>
          ) : (
            <p>
              <Link to={started ? current.nextPath : paths.question(1)} onClick={() => keepCompareLink(code)}>
                {started ? translate(compareWords.keepAndFinish) : translate(compareWords.keepAndStart)}
              </Link>{' '}
              {translate(compareWords.offerLater)}
            </p>
          )}
        </div>
      ) : null}

      {mine && theirs && comparison ? (
        <SideBySide
          comparison={comparison}
          first={{ who: compareWords.other.first, evaluation: mine }}
          second={{ who: compareWords.other.second, evaluation: theirs }}
          words={compareWords.other}
        />
      ) : null}
    </div>
  );
}

/** A past result of the person's own beside their current one: you then and you now. No link is needed. */
function CompareWithPast({ id }: { id: string }) {
  const attempt = useAppStore((state) => state.history.attempts.find((candidate) => candidate.id === id));
  const current = useCurrentQuiz();
  const pastAnswers = useMemo(() => (attempt ? understoodAnswers(attempt) : null), [attempt]);
  const then = useMemo(() => (pastAnswers ? evaluate(pastAnswers) : undefined), [pastAnswers]);
  const now = useOwnEvaluation();
  const isCurrent =
    attempt !== undefined && current.finished && sameAnswers(attempt.answers, current.answers);
  const comparison = useMemo(
    () => (then && now && !isCurrent ? compareEvaluations(then, now, 'past') : undefined),
    [then, now, isCurrent],
  );
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`compare-past-${id}`);
  useDocumentTitle(translate(compareWords.past.heading));
  const words = compareWords.past;
  const date = attempt ? attemptDate(attempt) : '';

  let message: { text: Message; link: { to: string; label: Message } } | null = null;
  if (!attempt) message = { text: words.missing, link: { to: paths.history, label: words.backToHistory } };
  else if (!then)
    message = { text: words.changedQuestions, link: { to: paths.history, label: words.backToHistory } };
  else if (isCurrent)
    message = { text: words.isCurrent, link: { to: paths.result, label: compareWords.seeYourResult } };
  else if (current.answered === 0)
    message = { text: words.noResultNow, link: { to: paths.question(1), label: compareWords.start } };
  else if (!now)
    message = { text: words.finishNow, link: { to: current.nextPath, label: compareWords.goOn } };

  return (
    <div className="page compare">
      <h1 ref={headingRef} tabIndex={-1}>
        {translate(words.heading)}
      </h1>
      {attempt ? <p className="lead">{translate(words.lead(date))}</p> : null}
      {message ? (
        <div className="boxed">
          <p>{translate(message.text)}</p>
          <p>
            <Link to={message.link.to}>{translate(message.link.label)}</Link>
          </p>
        </div>
      ) : null}
      {then && now && comparison ? (
        <SideBySide
          comparison={comparison}
          first={{ who: words.first(date), evaluation: then }}
          second={{ who: words.second, evaluation: now }}
          words={words}
        />
      ) : null}
    </div>
  );
}
