import { msg, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { afterNextPaint } from '../lib/after-paint.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { interestStem } from '../engine/index.ts';
import type { Question } from '../engine/index.ts';
import { OptionList } from './option-list.tsx';
import { translate } from '../lib/translate.ts';
import './question-form.css';

const kindHints = {
  interest: interestStem,
  agreement: msg`How much do you agree?`,
  choice: msg`Pick the one you would rather do.`,
  scenario: msg`Pick what you would most likely do.`,
} as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target instanceof HTMLInputElement && target.type !== 'radio')
  );
}

interface QuestionFormProps {
  question: Question;
  /** The option the person has chosen, if any. */
  selected: string | undefined;
  /** Called when the person picks an option (by pointer, keyboard or digit key). */
  onSelect: (optionId: string) => void;
  /** "Question 7 of 30": the progress bar's name and the page title. */
  label: string;
  /** How far along the quiz this question is; none when a single answer is being changed. */
  progress: { value: number; max: number } | undefined;
  /** A word on what the progress bar measures, when it is not simply "of the whole quiz". */
  progressNote?: string | undefined;
  /** The forward button's name: "Next", or "See my result" on the last question. */
  nextLabel: string;
  /** The back button's name, when it is not simply "Back". */
  backLabel?: string;
  onBack: () => void;
  /** Called with the chosen option when the person goes on. */
  onNext: () => void;
  /** Anything to show under the buttons (a way to switch modes, say). */
  footer?: ReactNode;
  /** For an optional question, the forward button's name while nothing is chosen ("Skip"). */
  skipLabel?: string;
}

/**
 * One question as a native radio group. Digit keys pick an option, Enter goes on, and choosing an
 * option never moves on by itself.
 */
export function QuestionForm({
  question,
  selected,
  onSelect,
  label,
  progress,
  progressNote,
  nextLabel,
  backLabel = t`Back`,
  onBack,
  onNext,
  footer,
  skipLabel,
}: QuestionFormProps) {
  const optional = skipLabel !== undefined;
  const lastKey = Math.min(question.options.length, 9);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useHeadingFocus<HTMLHeadingElement>(question.id);
  useDocumentTitle(label);

  // The press paints first; the next question is built after it (see after-paint.ts).
  const goOn = () => {
    if (selected || optional) afterNextPaint(onNext);
  };

  // Digit keys pick an option wherever focus is on the page (except while typing in a text field).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (!/^[1-9]$/.test(event.key)) return;
      const option = question.options[Number(event.key) - 1];
      if (!option) return;
      event.preventDefault();
      onSelect(option.id);
      formRef.current?.querySelector<HTMLInputElement>(`input[value="${option.id}"]`)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [question, onSelect]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    goOn();
  };

  // Enter goes on from anywhere in the form (a radio, the question, or nothing chosen on an optional
  // one), the same in every browser; a button keeps its own Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      goOn();
    }
  };

  return (
    <div className="page narrow question">
      <div className="progress-line">
        {progress ? (
          <>
            <span aria-hidden="true">{label}</span>
            <progress aria-label={label} max={progress.max} value={progress.value} />
          </>
        ) : (
          <span>{label}</span>
        )}
        {progressNote ? <span className="progress-note">{progressNote}</span> : null}
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter on a radio goes on; the form is not itself interactive */}
      <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <fieldset>
          <legend>
            <h1 ref={headingRef} tabIndex={-1} className="prompt">
              {translate(question.prompt)}
            </h1>
          </legend>
          <p className="hint">
            {translate(question.kind === 'background' ? question.use : kindHints[question.kind])}{' '}
            <span className="muted key-hint">
              <Trans>Keys 1–{lastKey} pick an answer.</Trans>
            </span>
          </p>
          <OptionList name={question.id} options={question.options} selected={selected} onSelect={onSelect} />
        </fieldset>
        <div className="step-buttons">
          <button type="button" className="button" onClick={() => afterNextPaint(onBack)}>
            {backLabel}
          </button>
          <button type="submit" className="button primary" disabled={!selected && !optional}>
            {selected || !optional ? nextLabel : skipLabel}
          </button>
        </div>
      </form>
      {footer}
    </div>
  );
}
