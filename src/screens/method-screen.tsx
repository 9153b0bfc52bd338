import { Link } from 'react-router-dom';
import { paths } from '../app/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../app/use-page.ts';
import { EvidenceList } from '../components/evidence-list.tsx';
import { WorkedExample } from '../components/worked-example.tsx';
import {
  bankReach,
  contradictionThreshold,
  interestBands,
  isScored,
  kindWeights,
  questionBank,
  retakeModel,
  stabilityBands,
  straightLining,
  tieBreakDimension,
  trackTitles,
} from '../engine/index.ts';

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function MethodScreen() {
  useDocumentTitle('How it works');
  const headingRef = useHeadingFocus<HTMLHeadingElement>('method');
  const { dimensions } = questionBank;
  const questions = questionBank.questions.filter(isScored);
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
        There are {questions.length} scored questions of two sorts. About half ask how much you would enjoy an
        everyday task of one role, on its own. They give two interests: one for product work, one for project
        work. So liking both, or neither, shows up as what it is. The rest ask what you would do when you
        cannot do both. They measure which you prefer. Two optional questions at the end ask what you do now;
        they help you read the result and never change it.
      </p>
      <p>
        Every question belongs to one of {dimensions.length} themes. Each theme has a product side and a
        project side:
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
        Every answer leans from −2 (fully project) to +2 (fully product), or 0 for neither. Enjoying a product
        task leans product; enjoying a project task leans project. The lean is multiplied by a weight that
        depends on the kind of question:
      </p>
      <table className="weights">
        <caption className="visually-hidden">Weight by kind of question</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Count</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Tasks you rate from “Not at all” to “Very much”</th>
            <td>{count('interest')}</td>
            <td>{kindWeights.interest}</td>
          </tr>
          <tr>
            <th scope="row">Statements you rate from “Strongly disagree” to “Strongly agree”</th>
            <td>{count('agreement')}</td>
            <td>{kindWeights.agreement}</td>
          </tr>
          <tr>
            <th scope="row">Choices between two tasks</th>
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
        A choice says what you would give up, so it counts for more than a rating. There are as many product
        tasks as project tasks, so rating every task the same does not tilt the result. The most product
        points ({reach.product}) equal the most project points ({reach.project}).
      </p>

      <h2>How the split is worked out</h2>
      <p>
        Your points are compared with the most the questions you answered could have given. All the way to
        product is 100%, all the way to project 0%, perfectly balanced 50%. The side of 50% you land on is the
        role the result leans to. An exact tie goes to whichever side your answers about “{tieDimension}”
        favour; if those are balanced too, to {trackTitles.product}.
      </p>

      <h2>How sure the result is</h2>
      <p>
        People do not answer the same way twice. So the result asks: if you took the quiz again, how likely is
        it to lean the same way? That is its stability. It rests on a model of a retake. The model expects two
        sittings of the whole quiz to correlate at {retakeModel.reliability}, the typical one-month figure for
        a well-studied interest test (the Strong Interest Inventory). Fewer answers make a retake less sure. A
        share near 50% could go either way.
      </p>
      <ul>
        <li>
          <strong>A clear lean:</strong> a retake almost surely agrees (a chance of{' '}
          {percent(stabilityBands.clear)} or more).
        </li>
        <li>
          <strong>A moderate lean:</strong> a retake most likely agrees ({percent(stabilityBands.moderate)} to{' '}
          {percent(stabilityBands.clear)}).
        </li>
        <li>
          <strong>A close call:</strong> a retake could well go the other way (below{' '}
          {percent(stabilityBands.moderate)}). The result then says it is a close call and names no role in
          its headline.
        </li>
      </ul>
      <p>
        We checked the model on thousands of made-up people who each took the quiz twice. Where it says 90%,
        about 90% got the same role again. This shows the result is steady. It does not show the quiz is right
        about which role suits you: only answers from real people in each role can show that.
      </p>

      <h2>A worked example</h2>
      <WorkedExample />

      <h2>What the two interests mean</h2>
      <p>
        Each interest is your average rating of that role’s tasks, from “Not at all” (0) to “Very much” (1).
        When both are at {interestBands.high} or more, both kinds of work appeal to you. When both are at{' '}
        {interestBands.low} or less, neither pulls strongly. Liking both is a real profile, not a mistake, and
        the result says so.
      </p>

      <h2>Cautions</h2>
      <ul>
        <li>
          <strong>Not finished:</strong> the result uses only the questions you answered.
        </li>
        <li>
          <strong>Same place every time:</strong> if at least {percent(straightLining.share)} of your choices
          and statements ({straightLining.minimumAnswers} or more) sit in the same place in the list, the
          result may reflect the layout rather than you. Task ratings are left out of this, since rating every
          task highly is how someone who likes both roles answers.
        </li>
        <li>
          <strong>Answers that contradict each other:</strong> some statements come in pairs that say the same
          thing in opposite words. Agreeing with both, or disagreeing with both, one of them strongly (a total
          of {contradictionThreshold} steps the same way), suggests a question was misread.
        </li>
      </ul>

      <h2>Why each answer counts the way it does</h2>
      <p>
        Each answer’s direction rests on one of the two articles the role facts come from, or on a public
        framework: the PMBOK Guide’s performance domains, the ISPMA product management areas, or the Scrum
        Guide.
      </p>
      <EvidenceList questions={questions} />

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
