// The engine's one public entry. Everything a screen, script or test needs from the assessment.
export { questionBank } from './bank/index.ts';
export { kindWeights } from './bank/build.ts';
export { reasonTexts } from './bank/reasons.ts';
export {
  evaluate,
  otherTrack,
  questionReach,
  scoreAnswers,
  shareOf,
  strengthBands,
  strengthOf,
  straightLining,
  tieBreakDimension,
  trackTitles,
  bootstrap,
  confidenceBands,
  describeConfidence,
  describeDimension,
  dimensionBands,
  explainResult,
  splitPercentages,
} from './evaluate.ts';
export { minutesToAnswer, progressOf, readAnswers } from './answers-input.ts';
export type { Progress, ReadAnswers } from './answers-input.ts';
export { decodeAnswers, encodeAnswers, shareCodeFrom } from './share-code.ts';
export type { DecodedShareCode, ShareCodeError, ShareCodeErrorCode } from './share-code.ts';
export {
  answerCsvColumns,
  answerExportFormat,
  answerExportFormatVersion,
  backgroundQuestionIds,
  buildAnswerExport,
  readAnswerExport,
} from './answer-export.ts';
export type {
  AnswerAttempt,
  AnswerExport,
  AnswerExportFiles,
  Background,
  ExportedAttempt,
  ReadAnswerExport,
} from './answer-export.ts';
export type { ScoredAnswer } from './evaluate.ts';
export { UnknownOptionError, UnknownQuestionError } from './errors.ts';
export { createRandom } from './random.ts';
export { randomRespondent, respondentProfiles, simulateRespondent } from './simulate.ts';
export type { Respondent } from './simulate.ts';
export {
  allAttributes,
  bankLimits,
  bankReach,
  coverageOf,
  findBankProblems,
  productOptionPositions,
} from './validate-bank.ts';
export {
  isQuickCheckSettled,
  nextQuestion,
  nextStep,
  quickCheck,
  quickCheckPath,
  settledProbability,
} from './adaptive.ts';
export { closestFlip, smallFlip } from './flip.ts';
export type { Flip, FlipChange } from './flip.ts';
export { compareEvaluations, describeShift } from './compare.ts';
export type { Comparison, DimensionDifference } from './compare.ts';
export { auditBank, auditTargets, defaultAuditSize, totalReach } from './audit.ts';
export type { AuditReport, AuditSize, DimensionBalance, QuickCheckFigures } from './audit.ts';
export type * from './types.ts';
