import { useEffect, useRef } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { OptionList } from '../components/option-list.tsx';
import { progressOf, questionBank } from '../engine/index.ts';
import type { Question } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';

const kindHints = {
  agreement: 'How much do you agree?',
  choice: 'Pick the one you would rather do.',
  scenario: 'Pick what you would most likely do.',
} as const;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'radio'))
  );
}

export function QuestionScreen() {
  const { number = '' } = useParams();
  const answers = useQuizStore((state) => state.answers);
  const progress = progressOf(answers);
  const position = /^\d{1,3}$/.test(number) ? Number(number) : Number.NaN;
  const question = questionBank.questions[position - 1];
  const frontier = (progress.firstUnanswered ?? progress.total - 1) + 1;

  if (!question) {
    return <MissingQuestion number={number} resumeAt={frontier} />;
  }
  // No skipping ahead past questions the person has not seen.
  if (position > frontier) return <Navigate to={paths.question(frontier)} replace />;
  return <QuestionForm key={question.id} question={question} position={position} />;
}

function QuestionForm({ question, position }: { question: Question; position: number }) {
  const total = questionBank.questions.length;
  const selected = useQuizStore((state) => state.answers[question.id]);
  const answerQuestion = useQuizStore((state) => state.answerQuestion);
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useHeadingFocus<HTMLHeadingElement>(question.id);
  const isLast = position === total;
  const label = `Question ${position} of ${total}`;
  useDocumentTitle(label);

  const goOn = () => {
    if (!selected) return;
    void navigate(isLast ? paths.result : paths.question(position + 1));
  };

  // Digit keys pick an option wherever focus is on the page (except while typing in a text field).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (!/^[1-9]$/.test(event.key)) return;
      const option = question.options[Number(event.key) - 1];
      if (!option) return;
      event.preventDefault();
      answerQuestion(question.id, option.id);
      formRef.current?.querySelector<HTMLInputElement>(`input[value="${option.id}"]`)?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [question, answerQuestion]);

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
        <progress aria-label={label} max={total} value={position} />
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
            {kindHints[question.kind]}{' '}
            <span className="muted">Keys 1–{Math.min(question.options.length, 9)} pick an answer.</span>
          </p>
          <OptionList
            name={question.id}
            options={question.options}
            selected={selected}
            onSelect={(optionId) => answerQuestion(question.id, optionId)}
          />
        </fieldset>
        <div className="step-buttons">
          <button
            type="button"
            className="button"
            onClick={() => void navigate(position === 1 ? paths.start : paths.question(position - 1))}
          >
            Back
          </button>
          <button type="submit" className="button primary" disabled={!selected}>
            {isLast ? 'See my result' : 'Next'}
          </button>
        </div>
      </form>
    </div>
  );
}

function MissingQuestion({ number, resumeAt }: { number: string; resumeAt: number }) {
  useDocumentTitle('Question not found');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('missing-question');
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        There is no question {number.slice(0, 12)}
      </h1>
      <p>The quiz has {questionBank.questions.length} questions. Your saved answers are safe.</p>
      <div className="actions">
        <Link className="button primary" to={paths.question(resumeAt)}>
          Go to question {resumeAt}
        </Link>
      </div>
    </div>
  );
}
