// The engine's one public entry. Everything a screen, script or test needs from the assessment.
export { questionBank } from './bank/index.ts';
export { kindWeights } from './bank/build.ts';
export { interestStem, quotedPrompt } from './quoted-prompt.ts';
export {
  bankReach,
  evaluate,
  explainResult,
  interestBands,
  interestPatternOf,
  otherTrack,
  questionReach,
  scoreAnswers,
  shareOf,
  splitPercentages,
  tieBreakDimension,
  describeDimension,
  dimensionBands,
} from './evaluate.ts';
export { labelPromises, retakeModel, stabilityBands, stabilityOf, strengthOf } from './stability.ts';
export { contradictionThreshold, sameRating, straightLining } from './cautions.ts';
export {
  answerCountsToward,
  answerTheRestWords,
  cautionText,
  headlineOf,
  interestLevelWords,
  interestNoteOf,
  resultNameOf,
  resultWords,
  stabilityNoteOf,
  themeAbout,
  tiltOf,
  trackTitles,
} from './result-copy.ts';
export type { QuotedWords, Subject, ThemeAboutThem } from './result-copy.ts';
export { compareWords, themeStance } from './compare-copy.ts';
export type { ComparedWith } from './compare-copy.ts';
export { historyWords, pastReadingNote } from './history-copy.ts';
export type { ResultReading } from './history-copy.ts';
export {
  isScored,
  minutesToAnswer,
  progressOf,
  readAnswers,
  sameAnswers,
  scoredAnswerCount,
} from './answers-input.ts';
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
} from './answer-export/index.ts';
export type {
  AnswerAttempt,
  AnswerExport,
  AnswerExportFiles,
  Background,
  ExportedAttempt,
  ReadAnswerExport,
} from './answer-export/index.ts';
export type { ScoredAnswer } from './evaluate.ts';
export { wholeForecastOf } from './evaluate.ts';
export { cautiousMargin } from './short-form.ts';
export type { WholeForecast } from './short-form.ts';
export { UnknownOptionError, UnknownQuestionError } from './errors.ts';
export { createRandom } from './random.ts';
export {
  isQuickCheckSettled,
  nextQuestion,
  quickCheck,
  quickCheckMinimum,
  quickCheckOpening,
  quickCheckPath,
  quickCheckStop,
  settledProbability,
} from './adaptive.ts';
export type { QuickCheckStop } from './adaptive.ts';
export { answeredQuestions, hasResult, questionView, quizStage, resumePlace } from './journey.ts';
export type { QuestionStop, QuestionView, QuizPlace, QuizStage } from './journey.ts';
export { closestFlip, smallFlip } from './flip.ts';
export type { Flip, FlipChange } from './flip.ts';
export { compareEvaluations, describeShift, differenceBands } from './compare.ts';
export type { Comparison, DimensionDifference } from './compare.ts';
export type * from './types.ts';
export { neighbourProfileOf, skillOrder, skillsToBuild } from './career.ts';
export type { NeighbourProfile } from './career.ts';
