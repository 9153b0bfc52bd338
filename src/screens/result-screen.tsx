import { useEffect, useMemo } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { paths, shareLink } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { ConfirmButton } from '../components/confirm-button.tsx';
import { ResultView } from '../components/result-view.tsx';
import { SharePanel } from '../components/share-panel.tsx';
import { encodeAnswers, evaluate, progressOf, trackTitles } from '../engine/index.ts';
import { useNoticeStore } from '../store/notice-store.ts';
import { useQuizStore } from '../store/quiz-store.ts';

export function ResultScreen() {
  const answers = useQuizStore((state) => state.answers);
  const progress = progressOf(answers);
  if (progress.firstUnanswered !== null) {
    return <BackToQuiz resumeAt={progress.firstUnanswered + 1} left={progress.total - progress.answered} />;
  }
  return <OwnResult answers={answers} />;
}

function BackToQuiz({ resumeAt, left }: { resumeAt: number; left: number }) {
  const addNotice = useNoticeStore((state) => state.addNotice);
  useEffect(() => {
    addNotice(`Your result is ready once every question is answered: ${left} to go. Here is the next one.`);
  }, [addNotice, left]);
  return <Navigate to={paths.question(resumeAt)} replace />;
}

function OwnResult({ answers }: { answers: Record<string, string> }) {
  const evaluation = useMemo(() => evaluate(answers), [answers]);
  const restartQuiz = useQuizStore((state) => state.restartQuiz);
  const navigate = useNavigate();
  const headingRef = useHeadingFocus<HTMLHeadingElement>('result');
  useDocumentTitle(`Your result: ${trackTitles[evaluation.track]}`);
  const link = shareLink(encodeAnswers(answers));

  return (
    <ResultView
      evaluation={evaluation}
      eyebrow="Your result"
      headingRef={headingRef}
      actions={
        <>
          <div className="actions">
            <Link className="button" to={paths.question(1)}>
              Change my answers
            </Link>
            <button type="button" className="button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <ConfirmButton
              label="Retake the quiz"
              question="Clear all your answers and take the quiz again?"
              confirmLabel="Yes, clear my answers"
              cancelLabel="Keep my answers"
              onConfirm={() => {
                restartQuiz();
                void navigate(paths.question(1));
              }}
            />
          </div>
          <SharePanel link={link} title={`My Which TPM? result: ${trackTitles[evaluation.track]}`} />
        </>
      }
    />
  );
}
