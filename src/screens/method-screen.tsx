import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link } from '../lib/router.tsx';
import { paths } from '../lib/paths.ts';
import { useDocumentTitle, useHeadingFocus } from '../lib/use-page.ts';
import { translate } from '../lib/translate.ts';
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

/** A share as a whole percentage, written the way the page's language writes one. */
const percent = (value: number) => i18n.number(value, { style: 'percent', maximumFractionDigits: 0 });

export function MethodScreen() {
  useDocumentTitle(t`How it works`);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('method');
  const { dimensions } = questionBank;
  const questions = questionBank.questions.filter(isScored);
  const reach = bankReach(questionBank);
  const count = (kind: keyof typeof kindWeights) =>
    questions.filter((question) => question.kind === kind).length;
  const tieName = dimensions.find((dimension) => dimension.id === tieBreakDimension)?.name;
  const tieDimension = tieName ? translate(tieName) : '';
  const scoredCount = questions.length;
  const themeCount = dimensions.length;
  const productReach = reach.product;
  const projectReach = reach.project;
  const productTitle = translate(trackTitles.product);
  const reliability = i18n.number(retakeModel.reliability);
  const clearShare = percent(stabilityBands.clear);
  const moderateShare = percent(stabilityBands.moderate);
  const clearSameRole = percent(labelPromises.retakeSameRole.clear);
  const moderateSameRole = percent(labelPromises.retakeSameRole.moderate);
  const undecidedLabelled = percent(labelPromises.undecidedLabelledAtMost);
  const highInterest = i18n.number(interestBands.high);
  const lowInterest = i18n.number(interestBands.low);
  const sameShare = percent(straightLining.share);
  const sameAnswers = straightLining.minimumAnswers;
  const contradictionSteps = contradictionThreshold;
  const sameRatings = sameRating.minimumRatings;

  return (
    <div className="page narrow method">
      <h1 ref={headingRef} tabIndex={-1}>
        <Trans>How it works</Trans>
      </h1>
      <p className="lead">
        <Trans>
          Every number on your result comes from the rules on this page. Nothing is hidden, and nothing is
          sent anywhere: the scoring runs in your browser.
        </Trans>
      </p>

      <h2>
        <Trans>What the questions measure</Trans>
      </h2>
      <p>
        <Trans>
          There are {scoredCount} scored questions of two sorts. About half ask how much you would enjoy an
          everyday task of one role, on its own. They give two interests: one for product work, one for
          project work. So liking both, or neither, shows up as what it is. The rest ask what you would do
          when you cannot do both. They measure which you prefer. Two optional questions at the end ask what
          you do now; they help you read the result and never change it.
        </Trans>
      </p>
      <p>
        <Trans>
          Every question belongs to one of {themeCount} themes. Each theme has a product side and a project
          side:
        </Trans>
      </p>
      <dl className="dimension-list">
        {dimensions.map((dimension) => (
          <DimensionPoles
            key={dimension.id}
            name={translate(dimension.name)}
            productPole={translate(dimension.productPole)}
            projectPole={translate(dimension.projectPole)}
          />
        ))}
      </dl>

      <h2>
        <Trans>How answers are weighted</Trans>
      </h2>
      <p>
        <Trans>
          Every answer leans from −2 (fully project) to +2 (fully product), or 0 for neither. Enjoying a
          product task leans product; enjoying a project task leans project. The lean is multiplied by a
          weight that depends on the kind of question:
        </Trans>
      </p>
      <table className="weights">
        <caption className="visually-hidden">
          <Trans>Weight by kind of question</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Kind</Trans>
            </th>
            <th scope="col">
              <Trans>Count</Trans>
            </th>
            <th scope="col">
              <Trans>Weight</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <Trans>Tasks you rate from “Not at all” to “Very much”</Trans>
            </th>
            <td>{count('interest')}</td>
            <td>{kindWeights.interest}</td>
          </tr>
          <tr>
            <th scope="row">
              <Trans>Statements you rate from “Strongly disagree” to “Strongly agree”</Trans>
            </th>
            <td>{count('agreement')}</td>
            <td>{kindWeights.agreement}</td>
          </tr>
          <tr>
            <th scope="row">
              <Trans>Choices between two tasks</Trans>
            </th>
            <td>{count('choice')}</td>
            <td>{kindWeights.choice}</td>
          </tr>
          <tr>
            <th scope="row">
              <Trans>Workplace situations</Trans>
            </th>
            <td>{count('scenario')}</td>
            <td>{kindWeights.scenario}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <Trans>
          A choice says what you would give up, so it counts for more than a rating. There are as many product
          tasks as project tasks, so rating every task the same does not tilt the result. The most product
          points ({productReach}) equal the most project points ({projectReach}).
        </Trans>
      </p>

      <h2>
        <Trans>How the split is worked out</Trans>
      </h2>
      <p>
        <Trans>
          Your points are compared with the most the questions you answered could have given. All the way to
          product is 100%, all the way to project 0%, perfectly balanced 50%. The side of 50% you land on is
          the role the result leans to. An exact tie goes to whichever side your answers about “{tieDimension}
          ” favour; if those are balanced too, to {productTitle}.
        </Trans>
      </p>

      <h2>
        <Trans>How sure the result is</Trans>
      </h2>
      <p>
        <Trans>
          People do not answer the same way twice. So the result asks: in our model of retakes, how often
          would answers like these lean the same way again? That is its stability. It is a property of the
          answers under the model, not a forecast about you. The model expects two sittings of the whole quiz
          to correlate at {reliability}, the low end of what a quiz built like this one can have. A share near
          50% could go either way.
        </Trans>
      </p>
      <ul>
        <li>
          <Trans>
            <strong>A clear lean:</strong> in the model, answers like these give the same role again at least{' '}
            {clearShare} of the time.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>A moderate lean:</strong> {moderateShare} to {clearShare} of the time.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>A close call:</strong> below {moderateShare}. The result then says it is a close call and
            names no role in its headline.
          </Trans>
        </li>
      </ul>
      <p>
        <Trans>
          A quick check is a shorter test, and a shorter test is less sure. So its answers are read as the
          whole quiz they point to, at the cautious end: the whole quiz would lean at least that far 19 times
          in 20. A quick check never reads more surely than the whole quiz would on the same answers.
        </Trans>
      </p>
      <p>
        <Trans>
          We checked the model on made-up people who each took the quiz twice. They answered in six different
          ways. In one, their leans were spread evenly; in another, bunched near an even split. The others had
          questions of unequal strength, people who agree with everything, interests only partly tied to their
          choices, or more noise in each answer. In every one, at least {clearSameRole} of clear results gave
          the same role again. So did at least {moderateSameRole} of moderate ones. People with no real
          preference were called a lean at most {undecidedLabelled} of the time. That is a check of the model,
          on made-up people. It does not show the quiz is right about which role suits you. Only answers from
          real people in each role can show that.
        </Trans>
      </p>

      <h2>
        <Trans>A worked example</Trans>
      </h2>
      <WorkedExample />

      <h2>
        <Trans>What the two interests mean</Trans>
      </h2>
      <p>
        <Trans>
          Each interest is your average rating of that role’s tasks, from “Not at all” (0) to “Very much” (1).
          How high you rate everything is partly your way of answering: some people agree with most things. So
          if you agreed with both statements of a pair that say opposite things, both interests are moved back
          toward the middle by that much before they are read. Then, when both are at {highInterest} or more,
          both kinds of work appeal to you; when both are at {lowInterest} or less, neither pulls strongly.
          Either is said only when your choices do not pick a side either. Otherwise the result says which
          kind of work appeals more, or that they appeal about the same. Liking both is a real profile, not a
          mistake.
        </Trans>
      </p>

      <h2>
        <Trans>Cautions</Trans>
      </h2>
      <p>
        <Trans>Each caution says what happened in your answers. None of them is a judgement of you.</Trans>
      </p>
      <ul>
        <li>
          <Trans>
            <strong>Not finished:</strong> the result uses only the questions you answered.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Same place every time:</strong> the result says so when many of your answers sit in the
            same place in the list. That means at least {sameShare} of your choices and statements (
            {sameAnswers} or more). The order of the options may then have shaped the result.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Both sides of a pair:</strong> some statements come in pairs that say the same thing in
            opposite words. When you agree with both, or disagree with both, one of them strongly (a total of{' '}
            {contradictionSteps} steps the same way), the result quotes the two statements. The two answers
            cancel out.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>The same rating for every task:</strong> the result says so when you give all the tasks
            you rated ({sameRatings} or more) the same rating. Then the ratings cannot show which work you
            enjoy more.
          </Trans>
        </li>
      </ul>

      <h2>
        <Trans>Why each answer counts the way it does</Trans>
      </h2>
      <p>
        <Trans>
          Each answer’s direction rests on a source. That source is one of the two articles the role facts
          come from, or a public framework. A public framework can be the PMBOK Guide’s performance domains or
          the ISPMA product management areas. It can also be the Scrum Guide.
        </Trans>
      </p>
      <EvidenceList questions={questions} />

      <h2>
        <Trans>The limits of a self-assessment</Trans>
      </h2>
      <p>
        <Trans>
          The quiz measures what you say you prefer, not what you are good at. People also answer in the light
          of the job they have today. Both roles need technical depth, clear communication and leadership, and
          many people do some of both. Treat the result as a well-argued starting point for a conversation,
          not a verdict.
        </Trans>
      </p>
      <div className="actions">
        <Link className="button primary" to={paths.start}>
          <Trans>Take the quiz</Trans>
        </Link>
      </div>
    </div>
  );
}

/** One theme and its two sides; the screen reader hears "versus" where the eye sees "or". */
function DimensionPoles({
  name,
  productPole,
  projectPole,
}: {
  name: string;
  productPole: string;
  projectPole: string;
}) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>
        <Trans>
          <span className="product">{productPole}</span> <span aria-hidden="true">or</span>{' '}
          <span className="visually-hidden">versus</span> <span className="project">{projectPole}</span>
        </Trans>
      </dd>
    </div>
  );
}
