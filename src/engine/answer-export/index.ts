// The answers export: its shape, the writer and the reader, as one module.
export {
  answerCsvColumns,
  answerExportFormat,
  answerExportFormatVersion,
  backgroundQuestionIds,
} from './format.ts';
export type {
  AnswerAttempt,
  AnswerExport,
  AnswerExportFiles,
  Background,
  ExportedAttempt,
  ReadAnswerExport,
} from './format.ts';
export { buildAnswerExport } from './build.ts';
export { readAnswerExport } from './read.ts';
