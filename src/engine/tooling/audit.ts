// The bank audit: invariants, coverage and balance, and a simulation of how results hold on a retake.
// Every simulated figure is about reliability (the same answer again), never validity (the right answer).
import { isQuickCheckSettled, nextQuestion } from '../adaptive.ts';
import { questionBank } from '../bank/index.ts';
import { evaluate, isScored, questionReach } from '../evaluate.ts';
import { trackTitles } from '../result-copy.ts';
import { createRandom } from '../random.ts';
import { errorGrowth, retakeModel } from '../stability.ts';
import type {
  Answers,
  Attribute,
  DimensionId,
  Evaluation,
  Question,
  QuestionBank,
  Strength,
} from '../types.ts';
import { coverageOf, findBankProblems } from './validate-bank.ts';
import { bankTexts, evidenceShare, resultSentences } from './person-facing-text.ts';
import { readingLevelOf } from './reading-level.ts';
import { drawPerson, populationStyle, randomRespondent, sitQuiz } from './simulate.ts';

/** The bounds the audit holds the bank and the retake model to (docs/scoring.md). */
export const auditTargets = {
  /** Uniformly random respondents split this close to even... */
  randomSplit: { center: 0.5, tolerance: 0.03 },
  /** ...are called clear at most this often, and a close call at least this often... */
  randomClearAtMost: 0.02,
  randomCloseAtLeast: 0.5,
  /** ...and get a careless-answer caution at least this often. */
  randomCarelessAtLeast: 0.5,
  /** Consistent respondents, the ones who like both roles included, get one at most this often. */
  consistentCarelessAtMost: 0.03,
  /** On a simulated retake, the same track at least this often for each label. */
  retakeSameTrack: { clear: 0.97, moderate: 0.85 } as Readonly<Partial<Record<Strength, number>>>,
  /** Predicted stability and the observed share with the same track, within this in every decile. */
  calibrationTolerance: 0.05,
  /** The population's simulated retest correlation must match the retake model's reliability. */
  retestTolerance: 0.02,
  /** The population's spread, and its error near an even split, must match the retake model's within this. */
  spreadTolerance: 0.01,
  /** Top of every interest item: both interests at least this; bottom of every one: at most `neither`. */
  interest: { both: 0.75, neither: 0.25 },
  /** The quick check agrees with the full quiz this often over all, and for clear results... */
  quickAgreement: 0.95,
  quickAgreementClear: 0.99,
  /** ...while asking on average at most this share of the scored questions. */
  quickMeanShare: 0.5,
  /** Flesch–Kincaid grade of every text a person reads: at most `max`, on average at most `mean`. */
  readingLevel: { max: 8, mean: 6 },
} as const;

export interface AuditSize {
  randomRespondents: number;
  /** People in the simulated population, each taking the quiz twice. */
  population: number;
  /** Respondents in each special profile (likes both, likes neither). */
  profileRespondents: number;
  /** People from the population who also take the quick check. */
  quickRespondents: number;
  seed: number;
}

export const defaultAuditSize: AuditSize = {
  randomRespondents: 10_000,
  population: 6_000,
  profileRespondents: 1_000,
  quickRespondents: 1_500,
  seed: 7,
};

export interface CalibrationRow {
  decile: number;
  respondents: number;
  predicted: number;
  observed: number;
}

export interface QuickCheckFigures {
  group: 'all' | 'clear';
  respondents: number;
  /** Share whose quick-check track equals their full-quiz track. */
  agreement: number;
  meanQuestions: number;
  p90Questions: number;
  /** Quick checks that stopped on a close call before every scored question was asked (must be 0). */
  stoppedClose: number;
}

export interface DimensionBalance {
  id: DimensionId;
  questions: number;
  interest: number;
  agreement: number;
  choice: number;
  scenario: number;
  productReach: number;
  projectReach: number;
}

export interface AuditReport {
  bankVersion: number;
  questions: number;
  problems: string[];
  coverage: [Attribute, string[]][];
  balance: DimensionBalance[];
  random: { respondents: number; productShare: number; clear: number; close: number; careless: number };
  retakes: {
    respondents: number;
    retestCorrelation: number;
    spread: number;
    errorNearEven: number;
    /** The same, when each person answers a random half of the scored questions. */
    errorNearEvenHalf: number;
    byStrength: { strength: Strength; respondents: number; sameTrack: number }[];
    calibration: CalibrationRow[];
    careless: number;
  };
  profiles: {
    name: 'likes both' | 'likes neither';
    respondents: number;
    lowestInterest: number;
    highestInterest: number;
    close: number;
    careless: number;
  }[];
  quickCheck: QuickCheckFigures[];
  readingLevel: { texts: number; max: number; mean: number; hardest: string; tooShort: number };
  evidence: { leaning: number; withEvidence: number };
  failures: string[];
}

const hasCarelessCaution = (evaluation: Evaluation) =>
  evaluation.cautions.some(
    (caution) => caution.code === 'straight-lining' || caution.code === 'inconsistent',
  );

const trackOf = (evaluation: Evaluation) => evaluation.track;

function pearson(first: readonly number[], second: readonly number[]): number {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [meanFirst, meanSecond] = [mean(first), mean(second)];
  let product = 0;
  let firstSquares = 0;
  let secondSquares = 0;
  first.forEach((value, index) => {
    const a = value - meanFirst;
    const b = (second[index] ?? 0) - meanSecond;
    product += a * b;
    firstSquares += a * a;
    secondSquares += b * b;
  });
  return product / Math.sqrt(firstSquares * secondSquares);
}

const rootMean = (values: readonly number[]) =>
  Math.sqrt(values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1));

function randomFigures(size: AuditSize, random: () => number, bank: QuestionBank): AuditReport['random'] {
  let product = 0;
  let clear = 0;
  let close = 0;
  let careless = 0;
  for (let index = 0; index < size.randomRespondents; index++) {
    const evaluation = evaluate(randomRespondent(random, bank), bank);
    if (evaluation.track === 'product') product++;
    if (evaluation.strength === 'clear') clear++;
    if (evaluation.strength === 'close') close++;
    if (hasCarelessCaution(evaluation)) careless++;
  }
  const share = (count: number) => count / size.randomRespondents;
  return {
    respondents: size.randomRespondents,
    productShare: share(product),
    clear: share(clear),
    close: share(close),
    careless: share(careless),
  };
}

/** The population, each person taking the quiz twice: retest correlation, labels, calibration. */
function retakeFigures(size: AuditSize, random: () => number, bank: QuestionBank): AuditReport['retakes'] {
  const first: Evaluation[] = [];
  const sameTrack: boolean[] = [];
  const secondShares: number[] = [];
  for (let index = 0; index < size.population; index++) {
    const person = drawPerson(populationStyle, random, bank);
    const one = evaluate(sitQuiz(person, populationStyle, random, bank), bank);
    const two = evaluate(sitQuiz(person, populationStyle, random, bank), bank);
    first.push(one);
    secondShares.push(two.productShare);
    sameTrack.push(trackOf(one) === trackOf(two));
  }
  const halfErrors: number[] = [];
  for (let index = 0; index < size.population; index++) {
    const person = drawPerson(populationStyle, random, bank);
    const asked = new Set(
      bank.questions
        .filter((question) => isScored(question) && random() < 0.5)
        .map((question) => question.id),
    );
    const half = (answers: Answers) =>
      Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)));
    const one = evaluate(half(sitQuiz(person, populationStyle, random, bank)), bank).productShare;
    const two = evaluate(half(sitQuiz(person, populationStyle, random, bank)), bank).productShare;
    if (Math.abs(one - 0.5) < retakeModel.nearEven) halfErrors.push((two - one) ** 2 / 2);
  }
  const margins = first.map((evaluation) => evaluation.productShare - 0.5);
  // One sitting's error is the difference between two sittings over the square root of two.
  const nearEven = first.flatMap((evaluation, index) =>
    Math.abs(evaluation.productShare - 0.5) < retakeModel.nearEven
      ? [((secondShares[index] ?? 0) - evaluation.productShare) ** 2 / 2]
      : [],
  );
  const spread = Math.sqrt(margins.reduce((sum, margin) => sum + margin ** 2, 0) / margins.length);
  const byStrength = (['clear', 'moderate', 'close'] as const).map((strength) => {
    const indices = first.flatMap((evaluation, index) => (evaluation.strength === strength ? [index] : []));
    return {
      strength,
      respondents: indices.length,
      sameTrack: indices.filter((index) => sameTrack[index]).length / Math.max(indices.length, 1),
    };
  });
  const order = first
    .map((_, index) => index)
    .sort((a, b) => (first[a]?.stability ?? 0) - (first[b]?.stability ?? 0));
  const calibration: CalibrationRow[] = [];
  for (let decile = 0; decile < 10; decile++) {
    const indices = order.slice(
      Math.floor((decile * order.length) / 10),
      Math.floor(((decile + 1) * order.length) / 10),
    );
    calibration.push({
      decile: decile + 1,
      respondents: indices.length,
      predicted: indices.reduce((sum, index) => sum + (first[index]?.stability ?? 0), 0) / indices.length,
      observed: indices.filter((index) => sameTrack[index]).length / indices.length,
    });
  }
  return {
    respondents: size.population,
    retestCorrelation: pearson(
      first.map((evaluation) => evaluation.productShare),
      secondShares,
    ),
    spread,
    errorNearEven: rootMean(nearEven),
    errorNearEvenHalf: rootMean(halfErrors),
    byStrength,
    calibration,
    careless: first.filter(hasCarelessCaution).length / first.length,
  };
}

/**
 * Every interest item at the top (or the bottom), and the choices split evenly: within each weight,
 * in a random order, alternately the strongest option each way. Mirrored statements get the middle
 * answer twice, as someone with no preference between the two would give.
 */
function profileAnswers(top: boolean, random: () => number, bank: QuestionBank): Answers {
  const answers: Record<string, string> = {};
  const choices: Question[] = [];
  for (const question of bank.questions) {
    if (question.kind === 'interest') {
      const option = top ? question.options.at(-1) : question.options[0];
      if (option) answers[question.id] = option.id;
    } else if (question.mirrorOf) {
      const middle = question.options[Math.floor(question.options.length / 2)];
      if (middle) answers[question.id] = middle.id;
    } else if (isScored(question)) {
      choices.push(question);
    }
  }
  const shuffled = choices
    .map((question) => ({ question, key: question.weight + random() / 2 }))
    .sort((a, b) => a.key - b.key);
  shuffled.forEach(({ question }, index) => {
    const sign = index % 2 === 0 ? 1 : -1;
    const strongest = Math.max(...question.options.map((option) => sign * option.lean));
    const option = question.options.find((candidate) => sign * candidate.lean === strongest);
    if (option) answers[question.id] = option.id;
  });
  return answers;
}

function profileFigures(size: AuditSize, random: () => number, bank: QuestionBank): AuditReport['profiles'] {
  return (['likes both', 'likes neither'] as const).map((name) => {
    const top = name === 'likes both';
    const evaluations = Array.from({ length: size.profileRespondents }, () => {
      return evaluate(profileAnswers(top, random, bank), bank);
    });
    const interests = evaluations.flatMap((evaluation) => [
      evaluation.interest.product,
      evaluation.interest.project,
    ]);
    return {
      name,
      respondents: evaluations.length,
      lowestInterest: Math.min(...interests),
      highestInterest: Math.max(...interests),
      close: evaluations.filter((evaluation) => evaluation.strength === 'close').length / evaluations.length,
      careless: evaluations.filter(hasCarelessCaution).length / evaluations.length,
    };
  });
}

/** The quick check for people from the population, against their own full answers. */
function quickCheckFigures(size: AuditSize, random: () => number, bank: QuestionBank): QuickCheckFigures[] {
  const scoredCount = bank.questions.filter(isScored).length;
  const runs = Array.from({ length: size.quickRespondents }, () => {
    const full = sitQuiz(drawPerson(populationStyle, random, bank), populationStyle, random, bank);
    const quick: Record<string, string> = {};
    for (let id = nextQuestion(quick, bank); id !== null; id = nextQuestion(quick, bank))
      quick[id] = full[id] ?? '';
    const quickResult = evaluate(quick, bank);
    const fullResult = evaluate(full, bank);
    const asked = Object.keys(quick).length;
    return {
      clear: fullResult.strength === 'clear',
      agrees: quickResult.track === fullResult.track,
      asked,
      stoppedClose:
        asked < scoredCount && quickResult.strength === 'close' && isQuickCheckSettled(quick, bank),
    };
  });
  const summarise = (group: 'all' | 'clear', chosen: typeof runs): QuickCheckFigures => {
    const asked = chosen.map((run) => run.asked).sort((a, b) => a - b);
    return {
      group,
      respondents: chosen.length,
      agreement: chosen.filter((run) => run.agrees).length / Math.max(chosen.length, 1),
      meanQuestions: asked.reduce((sum, value) => sum + value, 0) / Math.max(chosen.length, 1),
      p90Questions: asked[Math.ceil(chosen.length * 0.9) - 1] ?? 0,
      stoppedClose: chosen.filter((run) => run.stoppedClose).length,
    };
  };
  return [
    summarise('all', runs),
    summarise(
      'clear',
      runs.filter((run) => run.clear),
    ),
  ];
}

function balanceOf(bank: QuestionBank): DimensionBalance[] {
  return bank.dimensions.map((dimension) => {
    const questions = bank.questions.filter(
      (question) => isScored(question) && question.dimension === dimension.id,
    );
    const count = (kind: string) => questions.filter((question) => question.kind === kind).length;
    const reachToward = (sign: 1 | -1) =>
      questions.reduce(
        (sum, question) =>
          sum + question.weight * Math.max(...question.options.map((option) => sign * option.lean)),
        0,
      );
    return {
      id: dimension.id,
      questions: questions.length,
      interest: count('interest'),
      agreement: count('agreement'),
      choice: count('choice'),
      scenario: count('scenario'),
      productReach: reachToward(1),
      projectReach: reachToward(-1),
    };
  });
}

function readingFigures(bank: QuestionBank): AuditReport['readingLevel'] {
  const { sentences, labels } = bankTexts(bank);
  const texts = [...sentences, ...labels, ...(bank === questionBank ? resultSentences() : [])];
  const level = readingLevelOf(texts, Object.values(trackTitles));
  return {
    texts: new Set(texts).size,
    max: level.max,
    mean: level.mean,
    hardest: level.worst[0]?.text ?? '',
    tooShort: level.tooShort.length,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function failuresOf(report: Omit<AuditReport, 'failures'>, bank: QuestionBank): string[] {
  const failures = [...report.problems];
  const targets = auditTargets;
  const check = (passes: boolean, message: string) => {
    if (!passes) failures.push(message);
  };
  const { random, retakes } = report;
  // The small allowance absorbs float error: |0.53 - 0.5| is a hair over 0.03.
  check(
    Math.abs(random.productShare - targets.randomSplit.center) <= targets.randomSplit.tolerance + 1e-9,
    `Random respondents went product ${percent(random.productShare)} of the time; it must be within 50% ± ${percent(targets.randomSplit.tolerance)}.`,
  );
  check(
    random.clear <= targets.randomClearAtMost,
    `Random respondents were called clear ${percent(random.clear)} of the time; at most ${percent(targets.randomClearAtMost)}.`,
  );
  check(
    random.close >= targets.randomCloseAtLeast,
    `Random respondents were called a close call ${percent(random.close)} of the time; at least ${percent(targets.randomCloseAtLeast)}.`,
  );
  check(
    random.careless >= targets.randomCarelessAtLeast,
    `Random respondents got a careless-answer caution ${percent(random.careless)} of the time; at least ${percent(targets.randomCarelessAtLeast)}.`,
  );
  check(
    retakes.careless <= targets.consistentCarelessAtMost,
    `Consistent respondents got a careless-answer caution ${percent(retakes.careless)} of the time; at most ${percent(targets.consistentCarelessAtMost)}.`,
  );
  check(
    Math.abs(retakes.retestCorrelation - retakeModel.reliability) <= targets.retestTolerance,
    `The simulated retest correlation is ${retakes.retestCorrelation.toFixed(3)}; the retake model assumes ${retakeModel.reliability} ± ${targets.retestTolerance}.`,
  );
  check(
    Math.abs(retakes.spread - retakeModel.spread) <= targets.spreadTolerance,
    `The simulated spread is ${retakes.spread.toFixed(3)}; the retake model assumes ${retakeModel.spread} ± ${targets.spreadTolerance}.`,
  );
  check(
    Math.abs(retakes.errorNearEven - retakeModel.errorNearEven) <= targets.spreadTolerance,
    `The simulated error near an even split is ${retakes.errorNearEven.toFixed(3)}; the retake model assumes ${retakeModel.errorNearEven} ± ${targets.spreadTolerance}.`,
  );
  const halfModel = retakeModel.errorNearEven * Math.sqrt(errorGrowth(0.5));
  check(
    Math.abs(retakes.errorNearEvenHalf - halfModel) <= targets.spreadTolerance,
    `With half the questions answered, the simulated error near an even split is ${retakes.errorNearEvenHalf.toFixed(3)}; the retake model assumes ${halfModel.toFixed(3)} ± ${targets.spreadTolerance}.`,
  );
  for (const row of retakes.byStrength) {
    const target = targets.retakeSameTrack[row.strength];
    if (target !== undefined && row.respondents > 0) {
      check(
        row.sameTrack >= target,
        `Respondents labelled ${row.strength} got the same track on a retake ${percent(row.sameTrack)} of the time; at least ${percent(target)}.`,
      );
    }
  }
  for (const row of retakes.calibration) {
    check(
      Math.abs(row.predicted - row.observed) <= targets.calibrationTolerance,
      `Calibration decile ${row.decile}: predicted ${percent(row.predicted)}, observed ${percent(row.observed)}; they must be within ${percent(targets.calibrationTolerance)}.`,
    );
  }
  for (const profile of report.profiles) {
    if (profile.name === 'likes both') {
      check(
        profile.lowestInterest >= targets.interest.both,
        `Top of every interest item gave an interest as low as ${profile.lowestInterest.toFixed(2)}; at least ${targets.interest.both}.`,
      );
      check(
        profile.close === 1,
        `Top of every interest item with choices split evenly was a close call ${percent(profile.close)} of the time; it must always be.`,
      );
    } else {
      check(
        profile.highestInterest <= targets.interest.neither,
        `Bottom of every interest item gave an interest as high as ${profile.highestInterest.toFixed(2)}; at most ${targets.interest.neither}.`,
      );
    }
    check(
      profile.careless <= targets.consistentCarelessAtMost,
      `Respondents who ${profile.name.replace('likes', 'like')} got a careless-answer caution ${percent(profile.careless)} of the time; at most ${percent(targets.consistentCarelessAtMost)}.`,
    );
  }
  check(
    report.readingLevel.max <= targets.readingLevel.max &&
      report.readingLevel.mean <= targets.readingLevel.mean,
    `The texts read at grade ${report.readingLevel.max.toFixed(1)} at most and ${report.readingLevel.mean.toFixed(1)} on average; at most ${targets.readingLevel.max} and ${targets.readingLevel.mean}. Hardest: “${report.readingLevel.hardest}”.`,
  );
  check(
    report.evidence.withEvidence === report.evidence.leaning,
    `${report.evidence.leaning - report.evidence.withEvidence} scored options lean one way without evidence.`,
  );
  const scoredCount = bank.questions.filter(isScored).length;
  for (const row of report.quickCheck) {
    const target = row.group === 'clear' ? targets.quickAgreementClear : targets.quickAgreement;
    check(
      row.agreement >= target,
      `The quick check agreed with the full quiz for ${percent(row.agreement)} of "${row.group}" respondents; at least ${percent(target)}.`,
    );
    check(row.stoppedClose === 0, `The quick check stopped on a close call ${row.stoppedClose} times.`);
    if (row.group === 'all') {
      check(
        row.meanQuestions <= targets.quickMeanShare * scoredCount,
        `The quick check asked ${row.meanQuestions.toFixed(1)} questions on average; at most ${targets.quickMeanShare * scoredCount}.`,
      );
    }
  }
  return failures;
}

/**
 * Audits a bank: its invariants, what it covers, how balanced each theme is, and how results hold
 * on simulated retakes.
 * @returns the figures, and `failures` naming every figure out of bounds (empty when the bank passes)
 */
export function auditBank(
  bank: QuestionBank = questionBank,
  size: AuditSize = defaultAuditSize,
): AuditReport {
  const random = createRandom(size.seed);
  const report = {
    bankVersion: bank.version,
    questions: bank.questions.length,
    problems: findBankProblems(bank),
    coverage: [...coverageOf(bank)],
    balance: balanceOf(bank),
    random: randomFigures(size, random, bank),
    retakes: retakeFigures(size, random, bank),
    profiles: profileFigures(size, random, bank),
    quickCheck: quickCheckFigures(size, random, bank),
    readingLevel: readingFigures(bank),
    evidence: evidenceShare(bank),
  };
  return { ...report, failures: failuresOf(report, bank) };
}

/** Total reach of the bank's scored questions, for reports. */
export function totalReach(bank: QuestionBank = questionBank): number {
  return bank.questions.filter(isScored).reduce((sum, question) => sum + questionReach(question), 0);
}
