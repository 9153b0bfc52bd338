import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useContinueFullQuiz } from '../app/use-continue-full-quiz.ts';
import { QuestionForm } from '../components/question-form.tsx';
import { questionBank, quickCheckPath } from '../engine/index.ts';
import { useQuizStore } from '../store/quiz-store.ts';

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
  const frontier = asked.length + 1;

  if (!(position >= 1 && position <= frontier)) {
    return <Navigate to={next === null ? paths.result : paths.quick(frontier)} replace />;
  }
  const questionId = position <= asked.length ? asked[position - 1] : next;
  const question = questionBank.questions.find((candidate) => candidate.id === questionId);
  if (!question) return <Navigate to={paths.result} replace />;

  // The last question is the newest one answered, once the quick check has enough.
  const isLast = position === asked.length && next === null;
  const label = `Quick check, question ${position}`;

  return (
    <QuestionForm
      key={question.id}
      question={question}
      mode="quick"
      label={label}
      progress={{ value: position, max: questionBank.questions.length }}
      nextLabel={isLast ? 'See my result' : 'Next'}
      onBack={() => void navigate(position === 1 ? paths.start : paths.quick(position - 1))}
      onNext={() => {
        if (isLast) finishAttempt();
        void navigate(isLast ? paths.result : paths.quick(position + 1));
      }}
      footer={
        <p className="mode-switch muted">
          The quick check stops as soon as your result is settled, usually after 8 to 16 questions.{' '}
          <button type="button" className="link-button" onClick={switchToFullQuiz}>
            Switch to the full quiz
          </button>{' '}
          (your answers are kept).
        </p>
      }
    />
  );
}
