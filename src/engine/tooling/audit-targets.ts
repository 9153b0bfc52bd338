// What the audit holds the bank and the retake model to, and the check that names every figure out of
// bounds. The targets are those of docs/validity.md.
import { isScored } from '../answers-input.ts';
import { labelPromises } from '../stability.ts';
import type { QuestionBank, Strength } from '../types.ts';
import type { AuditReport } from './audit.ts';
import type { CalibrationRow, ProcessFigures } from './process-figures.ts';

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

export function failuresOf(report: Omit<AuditReport, 'failures'>, bank: QuestionBank): string[] {
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
