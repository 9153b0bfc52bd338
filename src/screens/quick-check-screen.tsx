import { useParams } from '../lib/router.tsx';
import { QuizStep } from './quiz-step.tsx';

/**
 * The quick check: the engine picks each next question from the answers so far and stops once the
 * result is settled. Step n is the n-th question it asked, replayed from the answers, so Back works.
 */
export function QuickCheckScreen() {
  return <QuizStep mode="quick" step={useParams().step ?? ''} />;
}
