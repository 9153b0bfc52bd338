// The bank audit: invariants, coverage and balance, and how results hold on simulated retakes under six
// ways of answering (response-processes.ts). Every simulated figure is about reliability (the same
// answer again), never validity (the right answer). The targets, and the check against them, are in
// audit-targets.ts; the two fixed profiles in audit-profiles.ts.
import { questionBank } from '../bank/index.ts';
import { isScored } from '../answers-input.ts';
import { questionReach } from '../evaluate.ts';
import { trackTitles } from '../result-copy.ts';
import { createRandom } from '../random.ts';
import type { Attribute, DimensionId, Message, QuestionBank } from '../types.ts';
import { coverageOf, findBankProblems } from './validate-bank.ts';
import { bankTexts, evidenceShare, resultSentences } from './person-facing-text.ts';
import { readingLevelOf } from './reading-level.ts';
import { profileFigures } from './audit-profiles.ts';
import type { ProfileFigures } from './audit-profiles.ts';
import { failuresOf } from './audit-targets.ts';
import { defaultAuditSize, processFigures, randomFigures } from './process-figures.ts';
import type { AuditSize, ProcessFigures, RandomFigures } from './process-figures.ts';
import { responseProcesses } from './response-processes.ts';
import type { ResponseProcess } from './response-processes.ts';

export { defaultAuditSize };
export type { AuditSize, CalibrationRow, ProcessFigures } from './process-figures.ts';

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
  profiles: ProfileFigures[];
  readingLevel: { texts: number; max: number; mean: number; hardest: string; tooShort: number };
  evidence: { leaning: number; withEvidence: number };
  failures: string[];
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

/**
 * Puts a message into English words for grading: `translate` (src/lib/translate.ts) with English
 * active. The engine holds messages, never words, so whoever runs the audit gives it the words.
 */
export type EnglishWords = (message: Message) => string;

function readingFigures(bank: QuestionBank, words: EnglishWords): AuditReport['readingLevel'] {
  const { sentences, labels } = bankTexts(bank);
  const texts = [...sentences, ...labels, ...(bank === questionBank ? resultSentences().map(words) : [])];
  const level = readingLevelOf(texts, Object.values(trackTitles).map(words));
  return {
    texts: new Set(texts).size,
    max: level.max,
    mean: level.mean,
    hardest: level.worst[0]?.text ?? '',
    tooShort: level.tooShort.length,
  };
}

/**
 * Audits a bank: its invariants, what it covers, how balanced each theme is, and how results hold on
 * simulated retakes under each response process.
 * @param words puts the result's messages into English, for the reading level
 * @param processes the response processes to run (all six unless a test narrows them)
 * @returns the figures, and `failures` naming every figure out of bounds (empty when the bank passes)
 */
export function auditBank(
  words: EnglishWords,
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
    readingLevel: readingFigures(bank, words),
    evidence: evidenceShare(bank),
  };
  return { ...report, failures: failuresOf(report, bank) };
}

/** Total reach of the bank's scored questions, for reports. */
export function totalReach(bank: QuestionBank = questionBank): number {
  return bank.questions.filter(isScored).reduce((sum, question) => sum + questionReach(question), 0);
}
