import { nextQuestion } from './adaptive.ts';
import { questionBank } from './bank/index.ts';
import { evaluate, questionReach } from './evaluate.ts';
import { createRandom } from './random.ts';
import { randomRespondent, respondentProfiles, simulateRespondent } from './simulate.ts';
import type { Respondent } from './simulate.ts';
import type { Attribute, DimensionId, QuestionBank } from './types.ts';
import { coverageOf, findBankProblems } from './validate-bank.ts';

/** The bounds the audit holds the bank to. */
export const auditTargets = {
  /** Uniformly random respondents must split this close to even. */
  randomSplit: { center: 0.5, tolerance: 0.05 },
  /** Noisy respondents with a clear lean must get their own track back at least this often. */
  clearLeanAccuracy: 0.95,
  /** The quick check must agree with the full quiz this often, over all simulated respondents... */
  quickAgreement: 0.95,
  /** ...and this often for respondents with a clear lean... */
  quickAgreementClear: 0.99,
  /** ...while asking on average at most this share of the bank. */
  quickMeanShare: 0.5,
} as const;

export interface QuickCheckFigures {
  profile: string;
  respondents: number;
  /** Share whose quick-check track equals their full-quiz track. */
  agreement: number;
  meanQuestions: number;
  p90Questions: number;
}

export interface DimensionBalance {
  id: DimensionId;
  questions: number;
  agreement: number;
  choice: number;
  scenario: number;
  productReach: number;
  projectReach: number;
  keyedProduct: number;
  keyedProject: number;
}

export interface AuditReport {
  bankVersion: number;
  questions: number;
  problems: string[];
  coverage: [Attribute, string[]][];
  balance: DimensionBalance[];
  randomRespondents: number;
  randomProductShare: number;
  noisyRespondents: number;
  clearLeanAccuracy: { product: number; project: number; overall: number };
  /** Per respondent profile, then "all" over every respondent. */
  quickCheck: QuickCheckFigures[];
  failures: string[];
}

export interface AuditSize {
  randomRespondents: number;
  /** Per direction. */
  noisyRespondents: number;
  /** Per respondent profile. */
  quickRespondents: number;
  seed: number;
}

export const defaultAuditSize: AuditSize = {
  randomRespondents: 10_000,
  noisyRespondents: 2_000,
  quickRespondents: 600,
  seed: 7,
};

/** Runs the quick check for simulated respondents of each profile against their own full answers. */
function quickCheckFigures(count: number, random: () => number, bank: QuestionBank): QuickCheckFigures[] {
  const rows: QuickCheckFigures[] = [];
  const everyone: { agrees: boolean; asked: number }[] = [];
  const summarise = (profile: string, runs: { agrees: boolean; asked: number }[]): QuickCheckFigures => {
    const asked = runs.map((run) => run.asked).sort((first, second) => first - second);
    return {
      profile,
      respondents: runs.length,
      agreement: runs.filter((run) => run.agrees).length / runs.length,
      meanQuestions: asked.reduce((sum, value) => sum + value, 0) / runs.length,
      p90Questions: asked[Math.ceil(runs.length * 0.9) - 1] ?? 0,
    };
  };
  for (const [profile, respondent] of Object.entries(respondentProfiles)) {
    const runs = Array.from({ length: count }, () => {
      const full = simulateRespondent(respondent, random, bank);
      const quick: Record<string, string> = {};
      for (let id = nextQuestion(quick, bank); id !== null; id = nextQuestion(quick, bank))
        quick[id] = full[id] ?? '';
      return {
        agrees: evaluate(quick, bank).track === evaluate(full, bank).track,
        asked: Object.keys(quick).length,
      };
    });
    everyone.push(...runs);
    rows.push(summarise(profile, runs));
  }
  rows.push(summarise('all', everyone));
  return rows;
}

function balanceOf(bank: QuestionBank): DimensionBalance[] {
  return bank.dimensions.map((dimension) => {
    const questions = bank.questions.filter((question) => question.dimension === dimension.id);
    const count = (predicate: (question: (typeof questions)[number]) => boolean) =>
      questions.filter(predicate).length;
    const reachToward = (sign: 1 | -1) =>
      questions.reduce(
        (sum, question) =>
          sum + question.weight * Math.max(...question.options.map((option) => sign * option.lean)),
        0,
      );
    return {
      id: dimension.id,
      questions: questions.length,
      agreement: count((question) => question.kind === 'agreement'),
      choice: count((question) => question.kind === 'choice'),
      scenario: count((question) => question.kind === 'scenario'),
      productReach: reachToward(1),
      projectReach: reachToward(-1),
      keyedProduct: count((question) => question.keyedToward === 'product'),
      keyedProject: count((question) => question.keyedToward === 'project'),
    };
  });
}

function accuracyFor(
  respondent: Respondent,
  count: number,
  random: () => number,
  bank: QuestionBank,
): number {
  const expected = respondent.lean > 0 ? 'product' : 'project';
  let correct = 0;
  for (let index = 0; index < count; index++) {
    if (evaluate(simulateRespondent(respondent, random, bank), bank).track === expected) correct++;
  }
  return correct / count;
}

/**
 * Audits a bank: its invariants, what it covers, how balanced each dimension is, and how it scores
 * simulated respondents.
 * @returns the figures, and `failures` naming every figure out of bounds (empty when the bank passes)
 */
export function auditBank(
  bank: QuestionBank = questionBank,
  size: AuditSize = defaultAuditSize,
): AuditReport {
  const random = createRandom(size.seed);
  let productCount = 0;
  for (let index = 0; index < size.randomRespondents; index++) {
    if (evaluate(randomRespondent(random, bank), bank).track === 'product') productCount++;
  }
  const randomProductShare = productCount / size.randomRespondents;
  const product = accuracyFor(respondentProfiles.clearProduct, size.noisyRespondents, random, bank);
  const project = accuracyFor(respondentProfiles.clearProject, size.noisyRespondents, random, bank);
  const clearLeanAccuracy = { product, project, overall: (product + project) / 2 };

  const quickCheck = quickCheckFigures(size.quickRespondents, random, bank);

  const problems = findBankProblems(bank);
  const failures = [...problems];
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  for (const row of quickCheck) {
    const clear = row.profile.startsWith('clear');
    const target = clear ? auditTargets.quickAgreementClear : auditTargets.quickAgreement;
    if ((clear || row.profile === 'all') && row.agreement < target) {
      failures.push(
        `The quick check agreed with the full quiz for ${percent(row.agreement)} of "${row.profile}" respondents; the target is ${percent(target)}.`,
      );
    }
    if (row.profile === 'all' && row.meanQuestions > auditTargets.quickMeanShare * bank.questions.length) {
      failures.push(
        `The quick check asked ${row.meanQuestions.toFixed(1)} questions on average; the target is at most ${auditTargets.quickMeanShare * bank.questions.length}.`,
      );
    }
  }
  const { center, tolerance } = auditTargets.randomSplit;
  // Allows for float error: |0.55 - 0.5| is 0.050000000000000044, yet 55% is within 50% ± 5%.
  if (Math.abs(randomProductShare - center) - tolerance > 1e-9) {
    failures.push(
      `Random respondents went product ${(randomProductShare * 100).toFixed(1)}% of the time; it must be within ${center * 100}% ± ${tolerance * 100}%.`,
    );
  }
  for (const [name, accuracy] of Object.entries({ product, project })) {
    if (accuracy < auditTargets.clearLeanAccuracy) {
      failures.push(
        `Noisy respondents with a clear ${name} lean got their own track ${(accuracy * 100).toFixed(1)}% of the time; the target is ${auditTargets.clearLeanAccuracy * 100}%.`,
      );
    }
  }
  return {
    bankVersion: bank.version,
    questions: bank.questions.length,
    problems,
    coverage: [...coverageOf(bank)],
    balance: balanceOf(bank),
    randomRespondents: size.randomRespondents,
    randomProductShare,
    noisyRespondents: size.noisyRespondents,
    clearLeanAccuracy,
    quickCheck,
    failures,
  };
}

/** Total reach of the bank, for reports. */
export function totalReach(bank: QuestionBank = questionBank): number {
  return bank.questions.reduce((sum, question) => sum + questionReach(question), 0);
}
