import { ph, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link, Navigate, useNavigate, useParams } from '../lib/router.tsx';
import { paths, placePath } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { translate } from '../lib/translate.ts';
import { QuestionForm } from '../components/question-form.tsx';
import { answeredQuestions, questionBank, quotedPrompt, resumePlace } from '../engine/index.ts';
import { useAppStore } from '../store/app-store.ts';
import './answers-screen.css';

/**
 * "Change my answers": every answer the person gave, in the order they met the questions, each opening
 * its question. Changing one never walks the whole quiz again.
 */
export function AnswersScreen() {
  useDocumentTitle(t`Your answers`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('answers');
  const answers = useAppStore((state) => state.quiz.answers);
  const mode = useAppStore((state) => state.quiz.mode);
  const finishAttempt = useAppStore((state) => state.finishAttempt);
  const listed = answeredQuestions(answers, mode);
  const onwards = resumePlace(answers, mode);

  return (
    <div className="page narrow answers-page">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>Your answers</Trans>
      </h1>
      {listed.length === 0 ? (
        <p>
          <Trans>There are no answers saved in this browser yet.</Trans>
        </p>
      ) : (
        <>
          <p>
            <Trans>Press Change beside an answer to change it. Your other answers stay as they are.</Trans>
          </p>
          <ol className="answer-list">
            {listed.map(({ question, position, optionId }) => {
              const chosen = question.options.find((option) => option.id === optionId);
              const answer = chosen
                ? translate(chosen.label)
                : t({ message: 'none', comment: 'The answer to a question left unanswered' });
              return (
                <li key={question.id}>
                  <span className="answer-question">{translate(quotedPrompt(question))}</span>
                  <span>
                    <Trans>
                      Your answer: <strong>{answer}</strong>
                    </Trans>{' '}
                    <Link
                      to={paths.changeAnswer(position)}
                      aria-label={t`Change your answer to: ${ph({ prompt: translate(quotedPrompt(question)) })}`}
                    >
                      <Trans comment="A button: change this answer">Change</Trans>
                    </Link>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <div className="actions">
        {/* Going back to the result asks for it: changed answers become this sitting's result. */}
        <Link
          className="button primary"
          to={placePath(onwards)}
          onClick={onwards.kind === 'result' ? () => finishAttempt() : undefined}
        >
          {onwards.kind === 'result' ? t`Back to my result` : t`Go on with the quiz`}
        </Link>
      </div>
    </div>
  );
}

/** One answer to change, opened from the list: its question, with a way back to the list and the result. */
export function ChangeAnswerScreen() {
  const { number = '' } = useParams();
  const answers = useAppStore((state) => state.quiz.answers);
  const mode = useAppStore((state) => state.quiz.mode);
  const changeAnswer = useAppStore((state) => state.changeAnswer);
  const finishAttempt = useAppStore((state) => state.finishAttempt);
  const navigate = useNavigate();
  const position = /^\d{1,3}$/.test(number) ? Number(number) : Number.NaN;
  const question = questionBank.questions[position - 1];
  // Only an answer given can be changed here; anything else is the list's to offer.
  if (!question || answers[question.id] === undefined) return <Navigate to={paths.answers} replace />;
  const onwards = resumePlace(answers, mode);
  return (
    <QuestionForm
      key={question.id}
      question={question}
      selected={answers[question.id]}
      onSelect={(optionId) => changeAnswer(question.id, optionId)}
      label={t`Change your answer`}
      progress={undefined}
      backLabel={t`Back to my answers`}
      nextLabel={onwards.kind === 'result' ? t`Back to my result` : t`Go on with the quiz`}
      onBack={() => void navigate(paths.answers)}
      onNext={() => {
        // Changed answers are a new result of the same sitting: it takes the place of the last one.
        if (onwards.kind === 'result') finishAttempt();
        void navigate(placePath(onwards));
      }}
    />
  );
}
