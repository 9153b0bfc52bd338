// npm run audit: prints the question bank's coverage and balance, and how results hold on simulated
// retakes (reliability, not validity), and exits non-zero when any figure is out of bounds.
import { isScored, questionBank, retakeModel } from '../src/engine/index.ts';
import { auditBank, defaultAuditSize } from '../src/engine/tooling/audit.ts';
import { auditTargets } from '../src/engine/tooling/audit-targets.ts';
import type { AuditReport, ProcessFigures } from '../src/engine/tooling/audit.ts';
import { translate } from '../src/lib/translate.ts';
import { table } from './text-table.ts';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function printBank(report: AuditReport): void {
  console.log(
    `Question bank "${questionBank.id}" version ${report.bankVersion}: ${report.questions} questions\n`,
  );
  console.log("Coverage of the seeds' attributes");
  console.log(
    table(
      ['attribute', 'questions', 'ids'],
      report.coverage.map(([attribute, ids]) => [attribute, ids.length, ids.join(', ')]),
    ),
  );
  console.log('\nBalance per theme (scored questions)');
  console.log(
    table(
      ['theme', 'questions', 'interest', 'agree', 'choice', 'scenario', 'product pts', 'project pts'],
      report.balance.map((row) => [
        row.id,
        row.questions,
        row.interest,
        row.agreement,
        row.choice,
        row.scenario,
        row.productReach,
        row.projectReach,
      ]),
    ),
  );
}

function printRandom(report: AuditReport): void {
  const { random } = report;
  const targets = auditTargets;
  console.log(
    `\nUniformly random respondents (${random.respondents} whole quizzes, ${random.quick.respondents} quick checks): chance answers must read as a close call`,
  );
  console.log(
    table(
      ['figure', 'value', 'target'],
      [
        [
          'whole quiz: went Technical Product Manager',
          percent(random.productShare),
          `50.0% ± ${percent(targets.randomSplit.tolerance)}`,
        ],
        ['whole quiz: labelled clear', percent(random.clear), `≤ ${percent(targets.randomClearAtMost)}`],
        [
          'whole quiz: labelled a close call',
          percent(random.close),
          `≥ ${percent(targets.randomCloseAtLeast)}`,
        ],
        ['whole quiz: any caution about the answers', percent(random.anyCaution), ''],
        [
          'quick check: labelled clear',
          percent(random.quick.clear),
          `≤ ${percent(targets.randomQuickClearAtMost)}`,
        ],
        [
          'quick check: a lean with no caution',
          percent(random.quick.leanWithoutCaution),
          `≤ ${percent(targets.randomQuickLeanWithoutCautionAtMost)}`,
        ],
        ['quick check: mean questions', random.quick.meanQuestions.toFixed(1), ''],
      ],
    ),
  );
}

function printProcess(row: ProcessFigures, scoredCount: number): void {
  const targets = auditTargets;
  const { quick } = row;
  const label = (strength: 'clear' | 'moderate' | 'close') =>
    row.byStrength.find((entry) => entry.strength === strength) ?? { respondents: 0, sameTrack: 0 };
  const worstOverconfidence = Math.max(
    ...row.calibration.map((decile) => decile.predicted - decile.observed),
  );
  console.log(
    `\nResponse process: ${row.name} (${row.respondents} people taking the quiz twice, ${row.undecided.respondents} with no real preference, ${quick.respondents} quick checks)`,
  );
  console.log(
    table(
      ['figure', 'value', 'target'],
      [
        ['retest correlation of the product share', row.retestCorrelation.toFixed(3), ''],
        ['spread of the share around 50%', row.spread.toFixed(3), ''],
        [
          'error of one sitting near an even split',
          row.errorNearEven.toFixed(3),
          `model ${retakeModel.errorNearEven}`,
        ],
        ...(['clear', 'moderate', 'close'] as const).map((strength) => {
          const target = targets.retakeSameTrack[strength];
          return [
            `retake: same track when labelled ${strength} (${label(strength).respondents} people)`,
            percent(label(strength).sameTrack),
            target === undefined ? '' : `≥ ${percent(target)}`,
          ];
        }),
        [
          'calibration: worst decile, predicted minus observed',
          `${(worstOverconfidence * 100).toFixed(1)} pts`,
          `≤ ${(targets.overconfidenceAtMost * 100).toFixed(1)} pts + 2 standard errors`,
        ],
        [
          'no real preference, labelled moderate or clear',
          percent(row.undecided.labelled),
          `≤ ${percent(targets.undecidedLabelledAtMost)}`,
        ],
        [
          'careful people given a careless-answer caution',
          percent(row.careless),
          `≤ ${percent(targets.carefulCarelessAtMost)}`,
        ],
        [
          'careful people told they answered both sides of a pair alike (named, not careless)',
          percent(row.bothSides),
          '',
        ],
        ['careful people read as liking both roles’ work', percent(row.likesBoth), ''],
        [
          'quick label stronger than the whole quiz’s',
          percent(quick.stronger),
          `≤ ${percent(targets.quickStrongerAtMost)}`,
        ],
        [
          `quick "clear" that is clear on the whole quiz (${quick.quickClear} people)`,
          percent(quick.clearHolds),
          `≥ ${percent(targets.quickClearHoldsAtLeast)}`,
        ],
        [
          `quick check naming a role: the whole quiz's role (${quick.namedRespondents} people)`,
          percent(quick.sameTrack),
          `≥ ${percent(targets.quickSameTrackAtLeast)}`,
        ],
        ['quick check, close calls included: same tilt as the whole quiz', percent(quick.sameTilt), ''],
        [
          'quick check: mean questions',
          quick.meanQuestions.toFixed(1),
          `≤ ${targets.quickMeanShare * scoredCount}`,
        ],
        ['quick check: 90th percentile of questions', quick.p90Questions, ''],
        [
          `quick check: mean questions for close calls (${quick.closeRespondents} people)`,
          quick.closeMeanQuestions.toFixed(1),
          `≤ ${targets.quickCloseMeanShare * scoredCount}`,
        ],
      ],
    ),
  );
  console.log('Calibration by decile: predicted stability, observed same-track share');
  console.log(
    table(
      ['decile', 'respondents', 'predicted', 'observed', 'difference'],
      row.calibration.map((decile) => [
        decile.decile,
        decile.respondents,
        percent(decile.predicted),
        percent(decile.observed),
        `${((decile.observed - decile.predicted) * 100).toFixed(1)} pts`,
      ]),
    ),
  );
}

function printProfiles(report: AuditReport): void {
  console.log('\nProfiles');
  console.log(
    table(
      ['profile', 'respondents', 'lowest interest', 'highest interest', 'close call', 'careless caution'],
      report.profiles.map((row) => [
        row.name === 'likes both'
          ? 'top of every interest item, choices split evenly'
          : 'bottom of every interest item',
        row.respondents,
        row.lowestInterest.toFixed(2),
        row.highestInterest.toFixed(2),
        percent(row.close),
        percent(row.careless),
      ]),
    ),
  );
}

function printText(report: AuditReport): void {
  const { readingLevel, evidence } = report;
  console.log('\nReading level (Flesch–Kincaid grade) of every prompt, option, reason and result sentence');
  console.log(
    table(
      ['figure', 'value', 'target'],
      [
        ['texts graded', readingLevel.texts - readingLevel.tooShort, ''],
        ['labels under five words, too short to grade', readingLevel.tooShort, ''],
        ['hardest', readingLevel.max.toFixed(1), `≤ ${auditTargets.readingLevel.max}`],
        ['mean', readingLevel.mean.toFixed(1), `≤ ${auditTargets.readingLevel.mean}`],
      ],
    ),
  );
  console.log(`Hardest text: “${readingLevel.hardest}”`);
  console.log('\nEvidence');
  console.log(
    table(
      ['figure', 'value', 'target'],
      [
        [
          'scored options with evidence',
          percent(evidence.withEvidence / Math.max(evidence.leaning, 1)),
          '100.0%',
        ],
      ],
    ),
  );
}

const started = performance.now();
const report = auditBank(translate, questionBank);
const scoredCount = questionBank.questions.filter(isScored).length;
printBank(report);
printRandom(report);
console.log(
  `\nSimulated retakes: reliability, not validity. Each process below is one way people might answer (docs/validity.md); seed ${defaultAuditSize.seed}.`,
);
for (const row of report.processes) printProcess(row, scoredCount);
printProfiles(report);
printText(report);
console.log(`\nAudit took ${((performance.now() - started) / 1000).toFixed(2)} s.`);
if (report.failures.length > 0) {
  console.error(`\nAudit failed:\n${report.failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('Audit passed.');
