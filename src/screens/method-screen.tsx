import { Link } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import {
  bankReach,
  bootstrap,
  confidenceBands,
  kindWeights,
  questionBank,
  strengthBands,
  straightLining,
  tieBreakDimension,
  trackTitles,
} from '../engine/index.ts';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const points = (value: number) => Math.round(value * 100);

export function MethodScreen() {
  useDocumentTitle('How it works');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('method');
  const { questions, dimensions } = questionBank;
  const reach = bankReach(questionBank);
  const count = (kind: keyof typeof kindWeights) =>
    questions.filter((question) => question.kind === kind).length;
  const tieDimension = dimensions.find((dimension) => dimension.id === tieBreakDimension)?.name ?? '';

  return (
    <div className="page narrow method">
      <h1 ref={headingRef} tabIndex={-1}>
        How it works
      </h1>
      <p className="lead">
        Every number on your result comes from the rules on this page. Nothing is hidden, and nothing is sent
        anywhere: the scoring runs in your browser.
      </p>

      <h2>What the questions measure</h2>
      <p>
        The {questions.length} questions measure {dimensions.length} themes on which the two roles differ.
        Each theme has a product side and a project side:
      </p>
      <dl className="dimension-list">
        {dimensions.map((dimension) => (
          <div key={dimension.id}>
            <dt>{dimension.name}</dt>
            <dd>
              <span className="product">{dimension.productPole}</span> <span aria-hidden="true">or</span>{' '}
              <span className="visually-hidden">versus</span>{' '}
              <span className="project">{dimension.projectPole}</span>
            </dd>
          </div>
        ))}
      </dl>

      <h2>How answers are weighted</h2>
      <p>
        Every answer leans from −2 (fully project) to +2 (fully product), or 0 for neither. The lean is
        multiplied by a weight that depends on the kind of question:
      </p>
      <table>
        <caption className="visually-hidden">Weight by kind of question</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Questions</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Statements you rate from “Strongly disagree” to “Strongly agree”</th>
            <td>{count('agreement')}</td>
            <td>{kindWeights.agreement}</td>
          </tr>
          <tr>
            <th scope="row">Choices between two activities</th>
            <td>{count('choice')}</td>
            <td>{kindWeights.choice}</td>
          </tr>
          <tr>
            <th scope="row">Workplace situations</th>
            <td>{count('scenario')}</td>
            <td>{kindWeights.scenario}</td>
          </tr>
        </tbody>
      </table>
      <p>
        What you would do in a concrete situation says more than how you rate yourself, so it counts for more.
        Half the statements are written so that agreeing points to product, half so that it points to project:
        agreeing with everything does not tilt the result. Every question can give exactly as many points one
        way as the other, so the most product points ({reach.product}) equal the most project points (
        {reach.project}).
      </p>

      <h2>How the split is worked out</h2>
      <p>
        Your points are compared with the most the questions you answered could have given. All the way to
        product is 100%, all the way to project 0%, perfectly balanced 50%. The side of 50% you land on is
        your recommendation. An exact tie goes to whichever side your answers about “{tieDimension}” favour;
        if those are balanced too, to {trackTitles.product}, and the result says it is an even balance.
      </p>
      <p>How far you are from 50% gives the strength of the lean:</p>
      <ul>
        <li>slight: less than {points(strengthBands.slight)} points from even</li>
        <li>
          moderate: {points(strengthBands.slight)} to {points(strengthBands.moderate)} points
        </li>
        <li>clear: {points(strengthBands.moderate)} points or more</li>
      </ul>

      <h2>What confidence means</h2>
      <p>
        Confidence asks: had you been given a slightly different set of questions like these, how often would
        the answer come out the same? We redraw your own answers at random, with replacement,{' '}
        {bootstrap.resamples} times and count how often the redrawn set points to the same role. From{' '}
        {percent(confidenceBands.fair)} your answers are called consistent; from{' '}
        {percent(confidenceBands.high)}, strongly so. Below that it is a close call. The draws use a fixed
        seed, so the same answers always give the same figure.
      </p>

      <h2>Cautions</h2>
      <ul>
        <li>
          <strong>Not finished:</strong> the result uses only the questions you answered.
        </li>
        <li>
          <strong>Same place every time:</strong> if at least {percent(straightLining.share)} of{' '}
          {straightLining.minimumAnswers} or more answers sit in the same position (always the first option,
          say), the result may reflect the layout rather than you. The product-leaning answer is first about
          as often as it is last, so a real, consistent lean is never flagged.
        </li>
        <li>
          <strong>Answers that contradict each other:</strong> the strongest possible answer both ways on the
          same theme suggests a question was read differently than it was meant.
        </li>
      </ul>

      <h2>The limits of a self-assessment</h2>
      <p>
        The quiz measures what you say you prefer, not what you are good at, and people answer in the light of
        the job they have today. Both roles need technical depth, clear communication and leadership, and many
        people do some of both. Treat the result as a well-argued starting point for a conversation, not a
        verdict.
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.start}>
          Take the quiz
        </Link>
      </div>
    </div>
  );
}
