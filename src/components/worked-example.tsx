import {
  cautiousMargin,
  evaluate,
  questionBank,
  quotedPrompt,
  scoreAnswers,
  splitPercentages,
  wholeForecastOf,
} from '../engine/index.ts';
import { translate } from '../lib/translate.ts';

// The worked example of docs/scoring.md: someone who has answered the first ten questions. Every figure
// below is worked out by the engine from these answers, so the page can never disagree with it.
const exampleAnswers = {
  'customer-slowdowns': 'very-much',
  'final-say': 'what-and-order',
  'spot-delays-early': 'a-lot',
  'rather-plan-how': 'disagree',
  'hear-buyer-wishes': 'somewhat',
  'job-in-ten-years': 'head-project-office',
  'schedule-server-move': 'a-little',
  'rather-keep-on-track': 'neutral',
  'picture-next-year': 'a-lot',
  'first-week-document': 'feature-page',
};

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/** Ten answers, their points and reach, and what the result makes of them. */
export function WorkedExample() {
  const scored = scoreAnswers(exampleAnswers, questionBank);
  const evaluation = evaluate(exampleAnswers, questionBank);
  const points = scored.reduce((sum, answer) => sum + answer.points, 0);
  const reach = scored.reduce((sum, answer) => sum + answer.reach, 0);
  const percent = splitPercentages(evaluation.productShare);
  const cautious = splitPercentages(0.5 + cautiousMargin(wholeForecastOf(scored, questionBank)));
  return (
    <>
      <p>Say someone has answered the first ten questions like this:</p>
      <ol aria-label="Ten answers with their points">
        {scored.map((answer) => (
          <li key={answer.question.id}>
            “{quotedPrompt(answer.question)}” <strong>{answer.option.label}</strong>: {signed(answer.points)}{' '}
            points of a possible {answer.reach}
          </li>
        ))}
      </ol>
      <p>
        The points add up to {signed(points)} out of a reach of {reach}, so {percent.product}% of the answer
        points lean product and {percent.project}% project. Ten answers are few, so they are read as the whole
        quiz they point to, at its cautious end: {cautious.product}% product. So the stability is{' '}
        {evaluation.stability.toFixed(2)}, and the headline reads “{translate(evaluation.summary)}”. From the
        task ratings alone, the result adds: “{translate(evaluation.interestNote)}”
      </p>
    </>
  );
}
