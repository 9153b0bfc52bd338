// The bank audit: invariants, coverage and balance, and how results hold on simulated retakes under six
// ways of answering (response-processes.ts). Every simulated figure is about reliability (the same
// answer again), never validity (the right answer). The targets are those of docs/validity.md.
import { questionBank } from '../bank/index.ts';
import { evaluate, isScored, questionReach } from '../evaluate.ts';
import { trackTitles } from '../result-copy.ts';
import { createRandom } from '../random.ts';
import { labelPromises } from '../stability.ts';
import type { Answers, Attribute, DimensionId, Question, QuestionBank, Strength } from '../types.ts';
import { coverageOf, findBankProblems } from './validate-bank.ts';
import { bankTexts, evidenceShare, resultSentences } from './person-facing-text.ts';
import { readingLevelOf } from './reading-level.ts';
import { defaultAuditSize, hasCarelessCaution, processFigures, randomFigures } from './process-figures.ts';
import type { AuditSize, CalibrationRow, ProcessFigures, RandomFigures } from './process-figures.ts';
import { responseProcesses } from './response-processes.ts';
import type { ResponseProcess } from './response-processes.ts';

export { defaultAuditSize };
export type { AuditSize, CalibrationRow, ProcessFigures } from './process-figures.ts';

/**
 * The targets the audit holds the bank and the retake model to, in every response process. Shares are
 * of simulated people; with the default sizes each is measured to within about ±1.5 points (docs/validity.md).
 */
export const auditTargets = {
  /** Uniformly random respondents split this close to even... */
  randomSplit: { center: 0.5, tolerance: 0.03 },
  /** ...are called clear at most this often, and a close call at least this often, on the whole quiz... */
  randomClearAtMost: 0.02,
  randomCloseAtLeast: 0.5,
  /** ...and in the quick check are called clear at most this often, or a lean with no caution. */
  randomQuickClearAtMost: 0.02,
  randomQuickLeanWithoutCautionAtMost: 0.1,
  /** Careful people given a careless-answer caution, at most. */
  carefulCarelessAtMost: 0.03,
  /** People with no real preference labelled moderate or clear, at most (what the method page promises). */
  undecidedLabelledAtMost: labelPromises.undecidedLabelledAtMost,
  /** On a simulated retake, the same track at least this often for each label (as promised). */
  retakeSameTrack: labelPromises.retakeSameRole as Readonly<Partial<Record<Strength, number>>>,
  /**
   * The model may be cautious but not rash: in no decile may the observed same-track share fall this far
   * below the predicted stability, beyond two standard errors of the decile's own sample.
   */
  overconfidenceAtMost: 0.05,
  /** Top of every interest item: both interests at least this; bottom of every one: at most `neither`. */
  interest: { both: 0.75, neither: 0.25 },
  /** The quick check: a stronger label than the whole quiz's at most this often... */
  quickStrongerAtMost: 0.05,
  /** ...its clear results clear on the whole quiz at least this often... */
  quickClearHoldsAtLeast: 0.9,
  /** ...the same role as the whole quiz at least this often... */
  quickSameTrackAtLeast: 0.95,
  /** ...asking on average at most this share of the scored questions, and of them for close calls. */
  quickMeanShare: 0.5,
  quickCloseMeanShare: 0.75,
  /** Flesch–Kincaid grade of every text a person reads: at most `max`, on average at most `mean`. */
  readingLevel: { max: 8, mean: 6 },
} as const;

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
  random: RandomFigures;
  processes: ProcessFigures[];
  profiles: {
    name: 'likes both' | 'likes neither';
    respondents: number;
    lowestInterest: number;
    highestInterest: number;
    close: number;
    careless: number;
  }[];
  readingLevel: { texts: number; max: number; mean: number; hardest: string; tooShort: number };
  evidence: { leaning: number; withEvidence: number };
  failures: string[];
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

/** Two standard errors of a decile's observed share: what its sample alone can move it by. */
export function samplingAllowance(decile: CalibrationRow): number {
  const p = Math.min(Math.max(decile.predicted, 0), 1);
  return 2 * Math.sqrt((p * (1 - p)) / Math.max(decile.respondents, 1));
}

function processFailures(row: ProcessFigures, scoredCount: number): string[] {
  const failures: string[] = [];
  const targets = auditTargets;
  const check = (passes: boolean, message: string) => {
    if (!passes) failures.push(`${row.name}: ${message}`);
  };
  for (const label of row.byStrength) {
    const target = targets.retakeSameTrack[label.strength];
    if (target !== undefined && label.respondents > 0) {
      check(
        label.sameTrack >= target,
        `people labelled ${label.strength} got the same track on a retake ${percent(label.sameTrack)} of the time; at least ${percent(target)}.`,
      );
    }
  }
  for (const decile of row.calibration) {
    const allowance = targets.overconfidenceAtMost + samplingAllowance(decile);
    check(
      decile.predicted - decile.observed <= allowance,
      `calibration decile ${decile.decile}: predicted ${percent(decile.predicted)}, observed ${percent(decile.observed)}; the observed share may fall at most ${percent(allowance)} below (5 points and two standard errors).`,
    );
  }
  check(
    row.undecided.labelled <= targets.undecidedLabelledAtMost,
    `people with no real preference were labelled moderate or clear ${percent(row.undecided.labelled)} of the time; at most ${percent(targets.undecidedLabelledAtMost)}.`,
  );
  check(
    row.careless <= targets.carefulCarelessAtMost,
    `careful people got a careless-answer caution ${percent(row.careless)} of the time; at most ${percent(targets.carefulCarelessAtMost)}.`,
  );
  const { quick } = row;
  check(
    quick.stronger <= targets.quickStrongerAtMost,
    `the quick check gave a stronger label than the whole quiz ${percent(quick.stronger)} of the time; at most ${percent(targets.quickStrongerAtMost)}.`,
  );
  check(
    quick.clearHolds >= targets.quickClearHoldsAtLeast,
    `${percent(quick.clearHolds)} of quick "clear" results were clear on the whole quiz; at least ${percent(targets.quickClearHoldsAtLeast)}.`,
  );
  check(
    quick.sameTrack >= targets.quickSameTrackAtLeast,
    `the quick check named the whole quiz's role ${percent(quick.sameTrack)} of the time; at least ${percent(targets.quickSameTrackAtLeast)}.`,
  );
  check(
    quick.meanQuestions <= targets.quickMeanShare * scoredCount,
    `the quick check asked ${quick.meanQuestions.toFixed(1)} questions on average; at most ${targets.quickMeanShare * scoredCount}.`,
  );
  check(
    quick.closeRespondents === 0 || quick.closeMeanQuestions <= targets.quickCloseMeanShare * scoredCount,
    `the quick check asked close calls ${quick.closeMeanQuestions.toFixed(1)} questions on average; at most ${targets.quickCloseMeanShare * scoredCount}.`,
  );
  return failures;
}

function failuresOf(report: Omit<AuditReport, 'failures'>, bank: QuestionBank): string[] {
  const failures = [...report.problems];
  const targets = auditTargets;
  const check = (passes: boolean, message: string) => {
    if (!passes) failures.push(message);
  };
  const { random } = report;
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
    random.quick.clear <= targets.randomQuickClearAtMost,
    `Random quick checks were called clear ${percent(random.quick.clear)} of the time; at most ${percent(targets.randomQuickClearAtMost)}.`,
  );
  check(
    random.quick.leanWithoutCaution <= targets.randomQuickLeanWithoutCautionAtMost,
    `Random quick checks ended on a lean with no caution ${percent(random.quick.leanWithoutCaution)} of the time; at most ${percent(targets.randomQuickLeanWithoutCautionAtMost)}.`,
  );
  const scoredCount = bank.questions.filter(isScored).length;
  for (const row of report.processes) failures.push(...processFailures(row, scoredCount));
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
      profile.careless <= targets.carefulCarelessAtMost,
      `Respondents who ${profile.name.replace('likes', 'like')} got a careless-answer caution ${percent(profile.careless)} of the time; at most ${percent(targets.carefulCarelessAtMost)}.`,
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
  return failures;
}

/**
 * Audits a bank: its invariants, what it covers, how balanced each theme is, and how results hold on
 * simulated retakes under each response process.
 * @param processes the response processes to run (all six unless a test narrows them)
 * @returns the figures, and `failures` naming every figure out of bounds (empty when the bank passes)
 */
export function auditBank(
  bank: QuestionBank = questionBank,
  size: AuditSize = defaultAuditSize,
  processes: readonly ResponseProcess[] = responseProcesses,
): AuditReport {
  const random = createRandom(size.seed);
  const report = {
    bankVersion: bank.version,
    questions: bank.questions.length,
    problems: findBankProblems(bank),
    coverage: [...coverageOf(bank)],
    balance: balanceOf(bank),
    random: randomFigures(size, random, bank),
    processes: processes.map((process) => processFigures(process, size, random, bank)),
    profiles: profileFigures(size, random, bank),
    readingLevel: readingFigures(bank),
    evidence: evidenceShare(bank),
  };
  return { ...report, failures: failuresOf(report, bank) };
}

/** Total reach of the bank's scored questions, for reports. */
export function totalReach(bank: QuestionBank = questionBank): number {
  return bank.questions.filter(isScored).reduce((sum, question) => sum + questionReach(question), 0);
}
