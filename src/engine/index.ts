// The engine's one public entry. Everything a screen, script or test needs from the assessment.
export { questionBank } from './bank/index.ts';
export { kindWeights } from './bank/build.ts';
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
} from './evaluate.ts';
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
export { auditBank, auditTargets, defaultAuditSize, totalReach } from './audit.ts';
export type { AuditReport, AuditSize, DimensionBalance } from './audit.ts';
export type * from './types.ts';
