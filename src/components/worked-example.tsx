import { i18n } from '@lingui/core';
import { ph, t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import {
  cautiousMargin,
  evaluate,
  questionBank,
  quotedPrompt,
  scoreAnswers,
  splitPercentages,
  wholeForecastOf,
} from '../engine/index.ts';
import { formatPercent } from '../lib/format-percent.ts';
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

/** A number with its sign, in the page's language: "+6", "−2", "0". */
const signed = (value: number) => {
  const size = i18n.number(Math.abs(value));
  return value > 0 ? `+${size}` : value < 0 ? `−${size}` : size;
};

/** Ten answers, their points and reach, and what the result makes of them. */
export function WorkedExample() {
  const scored = scoreAnswers(exampleAnswers, questionBank);
  const evaluation = evaluate(exampleAnswers, questionBank);
  const points = scored.reduce((sum, answer) => sum + answer.points, 0);
  const reach = scored.reduce((sum, answer) => sum + answer.reach, 0);
  const percent = splitPercentages(evaluation.productShare);
  const cautious = splitPercentages(0.5 + cautiousMargin(wholeForecastOf(scored, questionBank)));
  const total = signed(points);
  const product = formatPercent(percent.product);
  const project = formatPercent(percent.project);
  const cautiousProduct = formatPercent(cautious.product);
  const stability = i18n.number(evaluation.stability, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const headline = translate(evaluation.summary);
  const interestNote = translate(evaluation.interestNote);
  return (
    <>
      <p>
        <Trans>Say someone has answered the first ten questions like this:</Trans>
      </p>
      <ol aria-label={t`Ten answers with their points`}>
        {scored.map((answer) => (
          <li key={answer.question.id}>
            <Trans>
              “{ph({ question: translate(quotedPrompt(answer.question)) })}”{' '}
              <strong>{ph({ answer: translate(answer.option.label) })}</strong>:{' '}
              {ph({ points: signed(answer.points) })} points of a possible {ph({ reach: answer.reach })}
            </Trans>
          </li>
        ))}
      </ol>
      <p>
        <Trans>
          The points add up to {total} out of a reach of {reach}, so {product} of the answer points lean
          product and {project} project. Ten answers are few, so they are read as the whole quiz they point
          to, at its cautious end: {cautiousProduct} product. So the stability is {stability}, and the
          headline reads “{headline}”. From the task ratings alone, the result adds: “{interestNote}”
        </Trans>
      </p>
    </>
  );
}
