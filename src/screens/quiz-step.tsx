import { Link, Navigate, useNavigate } from '../lib/router.tsx';
import { placePath } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { QuestionForm } from '../components/question-form.tsx';
import { questionBank, questionView, quickCheckMinimum, resumePlace } from '../engine/index.ts';
import type { QuizMode, QuizPlace } from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import { translate } from '../lib/translate.ts';

/**
 * One step of the quiz, full or quick. The engine's journey says which question this address shows and
 * where Next and Back lead; this screen only renders it and carries the person there.
 */
export function QuizStep({ mode, step }: { mode: QuizMode; step: string }) {
  const answers = useAppStore((state) => state.quiz.answers);
  const answerQuestion = useAppStore((state) => state.answerQuestion);
  const finishAttempt = useAppStore((state) => state.finishAttempt);
  const answerTheRest = useAppStore((state) => state.answerTheRest);
  const navigate = useNavigate();
  // Reading this address changes nothing; answering here takes the quiz in this page's mode.
  const position = /^\d{1,3}$/.test(step) ? Number(step) : Number.NaN;
  if (mode === 'full' && !questionBank.questions[position - 1]) {
    return <MissingQuestion number={step} resumeAt={resumePlace(answers, 'full')} />;
  }
  const view = questionView(answers, mode, position);
  if (view.kind === 'elsewhere') return <Navigate to={placePath(view.to)} replace />;
  const { question, optional, isLast } = view;
  const minimum = quickCheckMinimum();

  return (
    <QuestionForm
      key={question.id}
      question={question}
      selected={answers[question.id]}
      onSelect={(optionId) => answerQuestion(question.id, optionId, mode)}
      label={translate(view.label)}
      progress={view.progress}
      progressNote={view.progressNote && translate(view.progressNote)}
      {...(optional ? { skipLabel: isLast ? 'Skip and see my result' : 'Skip' } : {})}
      nextLabel={isLast ? 'See my result' : 'Next'}
      onBack={() => void navigate(placePath(view.back))}
      onNext={() => {
        if (view.next.kind === 'result') finishAttempt();
        void navigate(placePath(view.next));
      }}
      footer={
        mode === 'quick' ? (
          <p className="mode-switch muted">
            The quick check first asks {minimum} questions: tasks of both roles, a pair of statements and
            every theme. Then it stops once more answers are unlikely to change your result.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void navigate(placePath(answerTheRest()))}
            >
              Switch to the full quiz
            </button>{' '}
            (your answers are kept).
          </p>
        ) : undefined
      }
    />
  );
}

function MissingQuestion({ number, resumeAt }: { number: string; resumeAt: QuizPlace }) {
  useDocumentTitle('Question not found');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('missing-question');
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        There is no question {number.slice(0, 12)}
      </h1>
      <p>
        The quiz has {questionBank.questions.length} questions; the last{' '}
        {questionBank.questions.filter((question) => question.kind === 'background').length} are optional.
        Your saved answers are safe.
      </p>
      <div className="actions">
        <Link className="button primary" to={placePath(resumeAt)}>
          {resumeAt.kind === 'question' ? `Go to question ${resumeAt.step}` : 'See my result'}
        </Link>
      </div>
    </div>
  );
}
