import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { QuestionForm } from '../components/question-form.tsx';
import { progressOf, questionBank } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';

/** The full quiz: every question in order, one per screen, the optional ones last. */
export function QuestionScreen() {
  const { number = '' } = useParams();
  const answers = useQuizStore((state) => state.answers);
  const finishAttempt = useQuizStore((state) => state.finishAttempt);
  const navigate = useNavigate();
  // Reading this address changes nothing; answering here takes the full quiz (see QuestionForm).
  const progress = progressOf(answers);
  const position = /^\d{1,3}$/.test(number) ? Number(number) : Number.NaN;
  const question = questionBank.questions[position - 1];
  const total = questionBank.questions.length;
  // The optional questions at the end open once every scored question is answered.
  const frontier = progress.firstUnanswered === null ? total : progress.firstUnanswered + 1;

  if (!question) return <MissingQuestion number={number} resumeAt={frontier} />;
  // No skipping ahead past questions the person has not seen.
  if (position > frontier) return <Navigate to={paths.question(frontier)} replace />;
  const isLast = position === total;
  const optional = question.kind === 'background';
  return (
    <QuestionForm
      key={question.id}
      question={question}
      mode="full"
      label={
        optional
          ? `Optional question ${position - progress.total} of ${total - progress.total}`
          : `Question ${position} of ${progress.total}`
      }
      progress={
        optional
          ? { value: position - progress.total, max: total - progress.total }
          : { value: position, max: progress.total }
      }
      {...(optional ? { skipLabel: isLast ? 'Skip and see my result' : 'Skip' } : {})}
      nextLabel={isLast ? 'See my result' : 'Next'}
      onBack={() => void navigate(position === 1 ? paths.start : paths.question(position - 1))}
      onNext={() => {
        if (isLast) finishAttempt();
        void navigate(isLast ? paths.result : paths.question(position + 1));
      }}
    />
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
      <p>
        The quiz has {questionBank.questions.length} questions; the last{' '}
        {questionBank.questions.filter((question) => question.kind === 'background').length} are optional.
        Your saved answers are safe.
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.question(resumeAt)}>
          Go to question {resumeAt}
        </Link>
      </div>
    </div>
  );
}
