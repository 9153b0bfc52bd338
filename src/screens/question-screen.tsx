import { useParams } from '../lib/router.tsx';
import { QuizStep } from './quiz-step.tsx';

/** The full quiz: every question in order, one per screen, the optional ones last. */
export function QuestionScreen() {
  return <QuizStep mode="full" step={useParams().number ?? ''} />;
}
