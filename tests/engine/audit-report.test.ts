import { describe, expect, it } from 'vitest';
import {
  auditBank,
  auditTargets,
  coverageOf,
  defaultAuditSize,
  questionBank,
  totalReach,
} from '../../src/engine/index.ts';
import type { AuditReport, Lean, QuestionBank } from '../../src/engine/index.ts';

// Each test runs its own audit: Stryker only runs the tests that reach a mutant, so a report built
// outside a test would never be checked against it.

/** Small enough to run in a unit test; the real audit uses defaultAuditSize. */
const small = { randomRespondents: 20, noisyRespondents: 10, quickRespondents: 4, seed: 3 };

/** The shipped bank with every option of lean `from` moved to `to`. */
function tilted(from: Lean, to: Lean): QuestionBank {
  return {
    ...questionBank,
    questions: questionBank.questions.map((question) => ({
      ...question,
      options: question.options.map((option) => (option.lean === from ? { ...option, lean: to } : option)),
    })),
  };
}

/** Every option leaning neither way: nothing can settle, and nobody can lean project. */
const flat: QuestionBank = {
  ...questionBank,
  questions: questionBank.questions.map((question) => ({
    ...question,
    options: question.options.map((option) => ({ ...option, lean: 0 as const })),
  })),
};

/** The failures about the simulations, without the bank's own problems. */
const simulationFailures = (report: AuditReport) =>
  report.failures.filter((failure) => !report.problems.includes(failure));

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The quick-check failures the audit's rules call for, worked out from the report's own figures. */
function expectedQuickFailures(report: AuditReport): string[] {
  return report.quickCheck.flatMap((row) => {
    const clear = row.profile.startsWith('clear');
    const target = clear ? auditTargets.quickAgreementClear : auditTargets.quickAgreement;
    return (clear || row.profile === 'all') && row.agreement < target
      ? [
          `The quick check agreed with the full quiz for ${percent(row.agreement)} of "${row.profile}" respondents; the target is ${percent(target)}.`,
        ]
      : [];
  });
}

describe('auditBank: the figures', () => {
  it('reports the bank, what it covers and how many respondents were simulated', () => {
    const report = auditBank(questionBank, small);
    expect(report).toMatchObject({
      bankVersion: 1,
      questions: questionBank.questions.length,
      problems: [],
      randomRespondents: 20,
      noisyRespondents: 10,
      clearLeanAccuracy: { product: 1, project: 1, overall: 1 },
    });
    expect(report.coverage).toEqual([...coverageOf(questionBank)]);
    expect(report.coverage).toHaveLength(12);
  });

  it('balances each dimension: kinds, reach toward each pole and keying', () => {
    const { balance } = auditBank(questionBank, small);
    expect(balance.map((row) => row.id)).toEqual(questionBank.dimensions.map((dimension) => dimension.id));
    expect(balance[0]).toEqual({
      id: 'direction',
      questions: 4,
      agreement: 2,
      choice: 1,
      scenario: 1,
      productReach: 22,
      projectReach: 22,
      keyedProduct: 1,
      keyedProject: 1,
    });
    expect(balance.find((row) => row.id === 'toolkit')).toEqual({
      id: 'toolkit',
      questions: 3,
      agreement: 1,
      choice: 1,
      scenario: 1,
      productReach: 18,
      projectReach: 18,
      keyedProduct: 0,
      keyedProject: 1,
    });
    const sum = (pick: (row: AuditReport['balance'][number]) => number) =>
      balance.reduce((total, row) => total + pick(row), 0);
    expect(sum((row) => row.questions)).toBe(questionBank.questions.length);
    expect(sum((row) => row.productReach)).toBe(totalReach());
    expect(sum((row) => row.projectReach)).toBe(totalReach());
  });

  it('reports a reach toward each pole that the bank really has', () => {
    const { balance } = auditBank(tilted(-2, -1), small);
    expect(balance[0]).toMatchObject({ productReach: 22, projectReach: 11 });
  });

  it('runs the quick check for each profile, then for everyone, as it always has for seed 3', () => {
    expect(auditBank(questionBank, small).quickCheck).toEqual([
      { profile: 'clearProduct', respondents: 4, agreement: 1, meanQuestions: 8, p90Questions: 8 },
      { profile: 'clearProject', respondents: 4, agreement: 1, meanQuestions: 8, p90Questions: 8 },
      { profile: 'slightProduct', respondents: 4, agreement: 1, meanQuestions: 13.75, p90Questions: 23 },
      { profile: 'slightProject', respondents: 4, agreement: 0.75, meanQuestions: 10, p90Questions: 16 },
      { profile: 'even', respondents: 4, agreement: 0.75, meanQuestions: 9.5, p90Questions: 13 },
      { profile: 'all', respondents: 20, agreement: 0.9, meanQuestions: 9.85, p90Questions: 16 },
    ]);
  });

  it('names exactly the figures out of bounds for seed 3', () => {
    const report = auditBank(questionBank, small);
    expect(report.randomProductShare).toBe(0.65);
    expect(report.failures).toEqual([
      'The quick check agreed with the full quiz for 90.0% of "all" respondents; the target is 95.0%.',
      'Random respondents went product 65.0% of the time; it must be within 50% ± 5%.',
    ]);
  });

  it('accepts a random split of exactly 50%', () => {
    const report = auditBank(questionBank, { ...small, seed: 33 });
    expect(report.randomProductShare).toBe(0.5);
    expect(report.failures.join('\n')).not.toMatch(/Random respondents/);
  });

  it('accepts a random split of exactly 55%, the edge of the band, despite float error', () => {
    const report = auditBank(questionBank, { ...small, seed: 16 });
    expect(report.randomProductShare).toBe(0.55);
    expect(report.failures.join('\n')).not.toMatch(/Random respondents/);
  });
});

describe('auditBank: failures', () => {
  it.each([3, 7, 33])('reports exactly the quick-check figures below their targets (seed %i)', (seed) => {
    const report = auditBank(questionBank, { ...small, seed });
    const quick = report.failures.filter((failure) => failure.startsWith('The quick check agreed'));
    expect(quick).toEqual(expectedQuickFailures(report));
  });

  it('holds the respondents with a clear lean to the stricter quick-check target', () => {
    const report = auditBank(tilted(2, 1), { ...small, noisyRespondents: 20, seed: 7 });
    expect(report.quickCheck[0]).toMatchObject({ profile: 'clearProduct', agreement: 0.75 });
    expect(report.quickCheck.at(-1)).toMatchObject({ profile: 'all', agreement: 0.95 });
    expect(simulationFailures(report)).toEqual([
      'The quick check agreed with the full quiz for 75.0% of "clearProduct" respondents; the target is 99.0%.',
      'Random respondents went product 15.0% of the time; it must be within 50% ± 5%.',
    ]);
  });

  it.each([
    {
      name: 'accepts a clear-lean accuracy of exactly 95%',
      size: { randomRespondents: 20, noisyRespondents: 20, quickRespondents: 4, seed: 9 },
      accuracy: { product: 0.95, project: 1, overall: 0.975 },
      failure: undefined,
    },
    {
      name: 'reports a clear-lean accuracy below 95%',
      size: { randomRespondents: 10, noisyRespondents: 10, quickRespondents: 1, seed: 30 },
      accuracy: { product: 0.9, project: 1, overall: 0.95 },
      failure:
        'Noisy respondents with a clear product lean got their own track 90.0% of the time; the target is 95%.',
    },
  ])('$name', ({ size, accuracy, failure }) => {
    // With no option leaning fully to product, some clear product respondents come out project.
    const report = auditBank(tilted(2, 0), size);
    expect(report.clearLeanAccuracy).toEqual(accuracy);
    const noisy = report.failures.filter((text) => text.startsWith('Noisy respondents'));
    expect(noisy).toEqual(failure === undefined ? [] : [failure]);
  });

  it('fails a bank that cannot settle or lean project, naming each figure out of bounds', () => {
    const report = auditBank(flat, small);
    expect(report.clearLeanAccuracy).toEqual({ product: 1, project: 0, overall: 0.5 });
    expect(report.randomProductShare).toBe(1);
    expect(report.quickCheck.at(-1)).toMatchObject({ agreement: 1, meanQuestions: 30, p90Questions: 30 });
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.failures).toEqual([
      ...report.problems,
      'The quick check asked 30.0 questions on average; the target is at most 15.',
      'Random respondents went product 100.0% of the time; it must be within 50% ± 5%.',
      'Noisy respondents with a clear project lean got their own track 0.0% of the time; the target is 95%.',
    ]);
  });
});

describe('audit settings', () => {
  it('holds the bank to its documented targets', () => {
    expect(auditTargets).toEqual({
      randomSplit: { center: 0.5, tolerance: 0.05 },
      clearLeanAccuracy: 0.95,
      quickAgreement: 0.95,
      quickAgreementClear: 0.99,
      quickMeanShare: 0.5,
    });
    expect(defaultAuditSize).toEqual({
      randomRespondents: 10_000,
      noisyRespondents: 2_000,
      quickRespondents: 600,
      seed: 7,
    });
  });

  it('totals the reach of the bank it is given', () => {
    expect(totalReach()).toBe(168);
    expect(totalReach({ ...questionBank, questions: questionBank.questions.slice(0, 1) })).toBe(6);
  });
});
