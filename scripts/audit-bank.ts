// npm run audit: prints the question bank's coverage, balance and simulation figures, and exits
// non-zero when any of them is out of bounds.
import { auditBank, auditTargets, questionBank } from '../src/engine/index.ts';

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0] ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const started = performance.now();
const report = auditBank(questionBank);
const seconds = (performance.now() - started) / 1000;

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
console.log('\nBalance per dimension');
console.log(
  table(
    ['dimension', 'questions', 'agree', 'choice', 'scenario', 'product pts', 'project pts', 'keyed P/Pj'],
    report.balance.map((row) => [
      row.id,
      row.questions,
      row.agreement,
      row.choice,
      row.scenario,
      row.productReach,
      row.projectReach,
      `${row.keyedProduct}/${row.keyedProject}`,
    ]),
  ),
);
const { center, tolerance } = auditTargets.randomSplit;
console.log('\nSimulation');
console.log(
  table(
    ['figure', 'value', 'target'],
    [
      [
        `product share of ${report.randomRespondents} uniformly random respondents`,
        percent(report.randomProductShare),
        `${percent(center)} ± ${percent(tolerance)}`,
      ],
      [
        `clear product lean, 20% noise (${report.noisyRespondents})`,
        percent(report.clearLeanAccuracy.product),
        `≥ ${percent(auditTargets.clearLeanAccuracy)}`,
      ],
      [
        `clear project lean, 20% noise (${report.noisyRespondents})`,
        percent(report.clearLeanAccuracy.project),
        `≥ ${percent(auditTargets.clearLeanAccuracy)}`,
      ],
    ],
  ),
);
console.log(
  `\nQuick check against the full quiz (${report.quickCheck[0]?.respondents ?? 0} respondents per profile, 20% noise)`,
);
console.log(
  table(
    ['respondents', 'same track', 'mean questions', '90th percentile'],
    report.quickCheck.map((row) => [
      row.profile,
      percent(row.agreement),
      row.meanQuestions.toFixed(1),
      row.p90Questions,
    ]),
  ),
);
console.log(
  `Targets: same track ≥ ${percent(auditTargets.quickAgreement)} over all and ≥ ${percent(auditTargets.quickAgreementClear)} for a clear lean; mean ≤ ${auditTargets.quickMeanShare * report.questions} questions (${percent(auditTargets.quickMeanShare)} of the bank).`,
);
console.log(`\nAudit took ${seconds.toFixed(2)} s.`);
if (report.failures.length > 0) {
  console.error(`\nAudit failed:\n${report.failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('Audit passed.');
