// npm run audit: prints the question bank's coverage and balance, and how results hold on simulated
// retakes (reliability, not validity), and exits non-zero when any figure is out of bounds.
import { questionBank, retakeModel } from '../src/engine/index.ts';
import { errorGrowth } from '../src/engine/stability.ts';
import { auditBank, auditTargets } from '../src/engine/tooling/audit.ts';
import type { AuditReport } from '../src/engine/tooling/audit.ts';
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

function printSimulation(report: AuditReport): void {
  const { random, retakes, profiles, quickCheck } = report;
  const targets = auditTargets;
  console.log(
    `\nUniformly random respondents (${random.respondents}): checks that chance answers read as a close call`,
  );
  console.log(
    table(
      ['figure', 'value', 'target'],
      [
        [
          'went Technical Product Manager',
          percent(random.productShare),
          `50.0% ± ${percent(targets.randomSplit.tolerance)}`,
        ],
        ['labelled clear', percent(random.clear), `≤ ${percent(targets.randomClearAtMost)}`],
        ['labelled a close call', percent(random.close), `≥ ${percent(targets.randomCloseAtLeast)}`],
        ['careless-answer caution', percent(random.careless), `≥ ${percent(targets.randomCarelessAtLeast)}`],
      ],
    ),
  );
  console.log(
    `\nSimulated retakes (${retakes.respondents} people, each taking the quiz twice): reliability, not validity`,
  );
  console.log(
    table(
      ['figure', 'value', 'retake model'],
      [
        [
          'retest correlation of the product share',
          retakes.retestCorrelation.toFixed(3),
          `${retakeModel.reliability} ± ${targets.retestTolerance}`,
        ],
        [
          'spread of the share around 50%',
          retakes.spread.toFixed(3),
          `${retakeModel.spread} ± ${targets.spreadTolerance}`,
        ],
        [
          'error of one sitting near an even split',
          retakes.errorNearEven.toFixed(3),
          `${retakeModel.errorNearEven} ± ${targets.spreadTolerance}`,
        ],
        [
          'the same, with a random half of the questions',
          retakes.errorNearEvenHalf.toFixed(3),
          `${(retakeModel.errorNearEven * Math.sqrt(errorGrowth(0.5))).toFixed(3)} ± ${targets.spreadTolerance}`,
        ],
        [
          'careless-answer caution (consistent answers)',
          percent(retakes.careless),
          `≤ ${percent(targets.consistentCarelessAtMost)}`,
        ],
      ],
    ),
  );
  console.log('\nSame track on a retake, by label');
  console.log(
    table(
      ['label', 'respondents', 'same track', 'target'],
      retakes.byStrength.map((row) => {
        const target = targets.retakeSameTrack[row.strength];
        return [
          row.strength,
          row.respondents,
          percent(row.sameTrack),
          target === undefined ? '' : `≥ ${percent(target)}`,
        ];
      }),
    ),
  );
  console.log(
    `\nCalibration: predicted stability against the observed same-track share, by decile (within ${percent(targets.calibrationTolerance)})`,
  );
  console.log(
    table(
      ['decile', 'respondents', 'predicted', 'observed', 'difference'],
      retakes.calibration.map((row) => [
        row.decile,
        row.respondents,
        percent(row.predicted),
        percent(row.observed),
        `${((row.observed - row.predicted) * 100).toFixed(1)} pts`,
      ]),
    ),
  );
  console.log('\nProfiles');
  console.log(
    table(
      ['profile', 'respondents', 'lowest interest', 'highest interest', 'close call', 'careless caution'],
      profiles.map((row) => [
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
  console.log('\nQuick check against the full quiz (people from the simulated population)');
  console.log(
    table(
      ['respondents', 'count', 'same track', 'mean questions', '90th percentile', 'stopped on a close call'],
      quickCheck.map((row) => [
        row.group,
        row.respondents,
        percent(row.agreement),
        row.meanQuestions.toFixed(1),
        row.p90Questions,
        row.stoppedClose,
      ]),
    ),
  );
  console.log(
    `Targets: same track ≥ ${percent(targets.quickAgreement)} over all and ≥ ${percent(targets.quickAgreementClear)} for clear results; mean ≤ ${percent(targets.quickMeanShare)} of the scored questions; never stops on a close call.`,
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
const report = auditBank(questionBank);
printBank(report);
printSimulation(report);
printText(report);
console.log(`\nAudit took ${((performance.now() - started) / 1000).toFixed(2)} s.`);
if (report.failures.length > 0) {
  console.error(`\nAudit failed:\n${report.failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('Audit passed.');
