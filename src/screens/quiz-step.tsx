import { ph, t } from '@lingui/core/macro';
import { Plural, Trans } from '@lingui/react/macro';
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
      {...(optional ? { skipLabel: isLast ? t`Skip and see my result` : t`Skip` } : {})}
      nextLabel={isLast ? t`See my result` : t`Next`}
      onBack={() => void navigate(placePath(view.back))}
      onNext={() => {
        if (view.next.kind === 'result') finishAttempt();
        void navigate(placePath(view.next));
      }}
      footer={
        mode === 'quick' ? (
          <p className="mode-switch muted">
            <Trans>
              The quick check first asks <Plural value={minimum} one="# question" other="# questions" />:
              tasks of both roles, a pair of statements and every theme. Then it stops once more answers are
              unlikely to change your result.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void navigate(placePath(answerTheRest()))}
              >
                Switch to the full quiz
              </button>{' '}
              (your answers are kept).
            </Trans>
          </p>
        ) : undefined
      }
    />
  );
}

function MissingQuestion({ number, resumeAt }: { number: string; resumeAt: QuizPlace }) {
  useDocumentTitle(t`Question not found`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('missing-question');
  return (
    <div className="page narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>There is no question {ph({ number: number.slice(0, 12) })}</Trans>
      </h1>
      <p>
        <Trans>
          The quiz has{' '}
          <Plural value={{ total: questionBank.questions.length }} one="# question" other="# questions" />;
          the last{' '}
          <Plural
            value={{
              optional: questionBank.questions.filter((question) => question.kind === 'background').length,
            }}
            one="# is optional"
            other="# are optional"
          />
          . Your saved answers are safe.
        </Trans>
      </p>
      <div className="actions">
        <Link className="button primary" to={placePath(resumeAt)}>
          {resumeAt.kind === 'question' ? t`Go to question ${ph({ step: resumeAt.step })}` : t`See my result`}
        </Link>
      </div>
    </div>
  );
}
