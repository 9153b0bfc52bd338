import { useEffect, useRef } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { afterNextPaint } from '../app/after-paint.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { interestStem } from '../engine/index.ts';
import type { Question, QuizMode } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';
import { OptionList } from './option-list.tsx';
import './question-form.css';

const kindHints = {
  interest: interestStem,
  agreement: 'How much do you agree?',
  choice: 'Pick the one you would rather do.',
  scenario: 'Pick what you would most likely do.',
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
  /** The way this page takes the quiz: answering here takes the quiz this way. */
  mode: QuizMode;
  /** "Question 7 of 30": the progress bar's name and the page title. */
  label: string;
  progress: { value: number; max: number };
  /** A word on what the progress bar measures, when it is not simply "of the whole quiz". */
  progressNote?: string | undefined;
  /** The forward button's name: "Next", or "See my result" on the last question. */
  nextLabel: string;
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
  mode,
  label,
  progress,
  progressNote,
  nextLabel,
  onBack,
  onNext,
  footer,
  skipLabel,
}: QuestionFormProps) {
  const optional = skipLabel !== undefined;
  const selected = useQuizStore((state) => state.answers[question.id]);
  const answerQuestion = useQuizStore((state) => state.answerQuestion);
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
      answerQuestion(question.id, option.id, mode);
      formRef.current?.querySelector<HTMLInputElement>(`input[value="${option.id}"]`)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [question, mode, answerQuestion]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    goOn();
  };

  // Enter on a radio goes on, the same in every browser.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'radio') {
      event.preventDefault();
      goOn();
    }
  };

  return (
    <div className="page narrow question">
      <div className="progress-line">
        <span aria-hidden="true">{label}</span>
        <progress aria-label={label} max={progress.max} value={progress.value} />
        {progressNote ? <span className="progress-note">{progressNote}</span> : null}
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter on a radio goes on; the form is not itself interactive */}
      <form ref={formRef} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <fieldset>
          <legend>
            <h1 ref={headingRef} tabIndex={-1} className="prompt">
              {question.prompt}
            </h1>
          </legend>
          <p className="hint">
            {question.kind === 'background' ? question.use : kindHints[question.kind]}{' '}
            <span className="muted key-hint">
              Keys 1–{Math.min(question.options.length, 9)} pick an answer.
            </span>
          </p>
          <OptionList
            name={question.id}
            options={question.options}
            selected={selected}
            onSelect={(optionId) => answerQuestion(question.id, optionId, mode)}
          />
        </fieldset>
        <div className="step-buttons">
          <button type="button" className="button" onClick={() => afterNextPaint(onBack)}>
            Back
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
