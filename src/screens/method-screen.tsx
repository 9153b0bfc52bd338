import { Link } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { EvidenceList } from '../components/evidence-list.tsx';
import { WorkedExample } from '../components/worked-example.tsx';
import {
  bankReach,
  contradictionThreshold,
  interestBands,
  isScored,
  kindWeights,
  labelPromises,
  questionBank,
  retakeModel,
  stabilityBands,
  sameRating,
  straightLining,
  tieBreakDimension,
  trackTitles,
} from '../engine/index.ts';
import { translate } from '../lib/translate.ts';

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
        favour; if those are balanced too, to {translate(trackTitles.product)}.
      </p>

      <h2>How sure the result is</h2>
      <p>
        People do not answer the same way twice. So the result asks: in our model of retakes, how often would
        answers like these lean the same way again? That is its stability. It is a property of the answers
        under the model, not a forecast about you. The model expects two sittings of the whole quiz to
        correlate at {retakeModel.reliability}, the low end of what a quiz built like this one can have. A
        share near 50% could go either way.
      </p>
      <ul>
        <li>
          <strong>A clear lean:</strong> in the model, answers like these give the same role again at least{' '}
          {percent(stabilityBands.clear)} of the time.
        </li>
        <li>
          <strong>A moderate lean:</strong> {percent(stabilityBands.moderate)} to{' '}
          {percent(stabilityBands.clear)} of the time.
        </li>
        <li>
          <strong>A close call:</strong> below {percent(stabilityBands.moderate)}. The result then says it is
          a close call and names no role in its headline.
        </li>
      </ul>
      <p>
        A quick check is a shorter test, and a shorter test is less sure. So its answers are read as the whole
        quiz they point to, at the cautious end: the whole quiz would lean at least that far 19 times in 20. A
        quick check never reads more surely than the whole quiz would on the same answers.
      </p>
      <p>
        We checked the model on made-up people who each took the quiz twice, answering in six different ways:
        spread evenly or bunched near an even split, with questions of unequal strength, agreeing with
        everything, with interests only partly tied to their choices, or with more noise in each answer. In
        every one, at least {percent(labelPromises.retakeSameRole.clear)} of clear results and at least{' '}
        {percent(labelPromises.retakeSameRole.moderate)} of moderate ones gave the same role again, and people
        with no real preference were called a lean at most {percent(labelPromises.undecidedLabelledAtMost)} of
        the time. That is a check of the model, on made-up people. It does not show the quiz is right about
        which role suits you: only answers from real people in each role can show that.
      </p>

      <h2>A worked example</h2>
      <WorkedExample />

      <h2>What the two interests mean</h2>
      <p>
        Each interest is your average rating of that role’s tasks, from “Not at all” (0) to “Very much” (1).
        How high you rate everything is partly your way of answering: some people agree with most things. So
        if you agreed with both statements of a pair that say opposite things, both interests are moved back
        toward the middle by that much before they are read. Then, when both are at {interestBands.high} or
        more, both kinds of work appeal to you; when both are at {interestBands.low} or less, neither pulls
        strongly. Either is said only when your choices do not pick a side either. Otherwise the result says
        which kind of work appeals more, or that they appeal about the same. Liking both is a real profile,
        not a mistake.
      </p>

      <h2>Cautions</h2>
      <p>Each caution says what happened in your answers. None of them is a judgement of you.</p>
      <ul>
        <li>
          <strong>Not finished:</strong> the result uses only the questions you answered.
        </li>
        <li>
          <strong>Same place every time:</strong> when at least {percent(straightLining.share)} of your
          choices and statements ({straightLining.minimumAnswers} or more) sit in the same place in the list,
          the result says so, since the order of the options may then have shaped it.
        </li>
        <li>
          <strong>Both sides of a pair:</strong> some statements come in pairs that say the same thing in
          opposite words. When you agree with both, or disagree with both, one of them strongly (a total of{' '}
          {contradictionThreshold} steps the same way), the result quotes the two statements. The two answers
          cancel out.
        </li>
        <li>
          <strong>The same rating for every task:</strong> when you give all the tasks you rated (
          {sameRating.minimumRatings} or more) the same rating, the ratings cannot show which work you enjoy
          more, and the result says so.
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
