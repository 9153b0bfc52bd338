import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useContinueFullQuiz } from '../app/use-continue-full-quiz.ts';
import { QuestionForm } from '../components/question-form.tsx';
import { questionBank, quickCheckMinimum, quickCheckPath } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';

const backgroundQuestions = questionBank.questions.filter((question) => question.kind === 'background');
/** The quick check asks its opening and every theme before it can stop: its bar fills toward that. */
const minimum = quickCheckMinimum();

/**
 * The quick check: the engine picks each next question from the answers so far and stops once the
 * result is settled. Step n is the n-th question it asked, replayed from the answers, so Back works.
 */
export function QuickCheckScreen() {
  const { step = '' } = useParams();
  const answers = useQuizStore((state) => state.answers);
  const switchToFullQuiz = useContinueFullQuiz();
  const finishAttempt = useQuizStore((state) => state.finishAttempt);
  // Reading this address changes nothing; answering here takes the quick check (see QuestionForm).
  const navigate = useNavigate();
  const { asked, next } = quickCheckPath(answers);
  const position = /^\d{1,3}$/.test(step) ? Number(step) : Number.NaN;
  // Once the quick check has enough, the optional questions follow it.
  const optionalQuestions = next === null ? backgroundQuestions : [];
  const frontier = next === null ? asked.length + optionalQuestions.length : asked.length + 1;

  if (!(position >= 1 && position <= frontier)) {
    return <Navigate to={next === null ? paths.result : paths.quick(frontier)} replace />;
  }
  const question =
    position <= asked.length
      ? questionBank.questions.find((candidate) => candidate.id === asked[position - 1])
      : next === null
        ? optionalQuestions[position - asked.length - 1]
        : questionBank.questions.find((candidate) => candidate.id === next);
  if (!question) return <Navigate to={paths.result} replace />;

  const isLast = position === frontier && next === null;
  const optional = question.kind === 'background';
  const optionalIndex = position - asked.length;
  const label = optional
    ? `Optional question ${optionalIndex} of ${optionalQuestions.length}`
    : `Quick check, question ${position}`;
  // How long the quick check runs depends on the answers, so the bar measures the one sure part: a
  // set of questions it always asks. Past that, it says what it is waiting for instead of guessing a total.
  const progress = optional
    ? { value: optionalIndex, max: optionalQuestions.length }
    : { value: Math.min(position, minimum), max: minimum };
  const progressNote = optional
    ? undefined
    : position <= minimum
      ? `First, questions everyone gets: ${minimum} in all.`
      : 'Every theme asked: a few more to settle it.';

  return (
    <QuestionForm
      key={question.id}
      question={question}
      mode="quick"
      label={label}
      progress={progress}
      progressNote={progressNote}
      {...(optional ? { skipLabel: isLast ? 'Skip and see my result' : 'Skip' } : {})}
      nextLabel={isLast ? 'See my result' : 'Next'}
      onBack={() => void navigate(position === 1 ? paths.start : paths.quick(position - 1))}
      onNext={() => {
        if (isLast) finishAttempt();
        void navigate(isLast ? paths.result : paths.quick(position + 1));
      }}
      footer={
        <p className="mode-switch muted">
          The quick check first asks {minimum} questions: tasks of both roles, a pair of statements and every
          theme. Then it stops once more answers are unlikely to change your result.{' '}
          <button type="button" className="link-button" onClick={switchToFullQuiz}>
            Switch to the full quiz
          </button>{' '}
          (your answers are kept).
        </p>
      }
    />
  );
}
