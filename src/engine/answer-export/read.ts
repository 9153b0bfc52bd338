// Reads a downloaded answers file back, JSON or CSV, into typed data for `npm run validate`.
import { answerExportFormat, answerExportFormatVersion, backgroundNames } from './format.ts';
import type { AnswerExport, Background, ExportedAttempt, ReadAnswerExport } from './format.ts';
import { readCsv } from './read-csv.ts';
import {
  ExportProblem,
  isRecord,
  problem,
  readDate,
  readMode,
  readText,
  readVersion,
} from './read-fields.ts';

function readJsonAttempt(value: unknown, where: string): ExportedAttempt {
  if (!isRecord(value)) return problem(`${where} is not an object.`);
  if (!isRecord(value.answers)) return problem(`${where}.answers is not an object of answers.`);
  const answers = Object.fromEntries(
    Object.entries(value.answers).map(([questionId, optionId]) => [
      questionId,
      readText(optionId, `${where}.answers[${JSON.stringify(questionId)}]`),
    ]),
  );
  const background: Background = {};
  if (value.background !== undefined) {
    if (!isRecord(value.background)) return problem(`${where}.background is not an object.`);
    for (const [name] of backgroundNames) {
      const answer = value.background[name];
      if (answer !== undefined) background[name] = readText(answer, `${where}.background.${name}`);
    }
  }
  return {
    takenAt: readDate(value.takenAt, `${where}.takenAt`),
    mode: readMode(value.mode, `${where}.mode`),
    answers,
    background,
  };
}

function readJson(text: string): AnswerExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return problem(`The file starts like JSON but is not valid JSON (${(error as Error).message}).`);
  }
  if (!isRecord(data) || data.format !== answerExportFormat) {
    return problem(`This JSON is not a Which TPM? answers file: "format" is not "${answerExportFormat}".`);
  }
  if (data.formatVersion !== answerExportFormatVersion) {
    return problem(
      `formatVersion is ${JSON.stringify(data.formatVersion) ?? 'missing'}; this reader knows version ${answerExportFormatVersion} only.`,
    );
  }
  if (!Array.isArray(data.attempts)) return problem('"attempts" is not a list.');
  // The app writes a file only from a result, so it always holds that attempt: an empty list is a damaged
  // or hand-made file, and counting it would report a person with nothing behind them.
  if (data.attempts.length === 0) {
    return problem(
      'The file holds no attempts: a downloaded answers file has at least the one it was made from.',
    );
  }
  return {
    bankId: readText(data.bankId, 'bankId'),
    bankVersion: readVersion(data.bankVersion, 'bankVersion'),
    exportedAt: readDate(data.exportedAt, 'exportedAt'),
    attempts: data.attempts
      .map((attempt, index) => readJsonAttempt(attempt, `attempts[${index}]`))
      .sort((first, second) => second.takenAt - first.takenAt),
  };
}

/**
 * Reads a file that `buildAnswerExport` wrote, as JSON or as CSV, from untrusted text. Never throws: a file
 * that is not such an export comes back with a message naming what is wrong and where.
 * @example readAnswerExport('{}'); // { ok: false, error: 'This JSON is not a Which TPM? answers file: "format" is not "which-tpm-answers".' }
 */
export function readAnswerExport(text: string): ReadAnswerExport {
  const body = text.replace(/^\uFEFF/, '');
  const source = body.trimStart().startsWith('{') ? 'json' : 'csv';
  try {
    return { ok: true, source, value: source === 'json' ? readJson(body) : readCsv(body) };
  } catch (error) {
    if (error instanceof ExportProblem) return { ok: false, error: error.message };
    // Not expected; still a message, never an exception, for whoever reads many files at once.
    return { ok: false, error: `The file could not be read: ${String(error)}` };
  }
}
