// Writes the "Download my answers" files, JSON and CSV, from this browser's attempts.
import type { Answers, QuestionBank, QuestionKind } from '../types.ts';
import {
  answerCsvColumns,
  answerExportFormat,
  answerExportFormatVersion,
  isoDate,
  isoOf,
  splitBackground,
} from './format.ts';
import type { AnswerAttempt, AnswerExportFiles } from './format.ts';

interface ResolvedAnswer {
  questionId: string;
  kind: QuestionKind;
  role: string;
  optionId: string;
  optionIndex: number;
}

/** The attempt's answers that the bank holds, in bank order; anything else cannot be described. */
function resolve(answers: Answers, bank: QuestionBank): ResolvedAnswer[] {
  const resolved: ResolvedAnswer[] = [];
  for (const question of bank.questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
    const optionIndex = question.options.findIndex((option) => option.id === answers[question.id]);
    const option = question.options[optionIndex];
    if (!option) continue;
    resolved.push({
      questionId: question.id,
      kind: question.kind,
      role: question.kind === 'interest' ? (question.role ?? '') : '',
      optionId: option.id,
      optionIndex,
    });
  }
  return resolved;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A date the reader will accept again. */
function isWritableDate(milliseconds: number): boolean {
  return Number.isFinite(new Date(milliseconds).getTime()) && isoDate.test(isoOf(milliseconds));
}

/**
 * The "Download my answers" files: the current attempt and this browser's past attempts of the same bank
 * version, so a pilot sees retakes without linking people. Answers the bank does not hold, attempts with
 * no answers and attempts without a valid date are left out.
 * @param attempts newest first (they are sorted again by date, newest first, to be sure)
 * @param exportedAt milliseconds since 1970
 * @example buildAnswerExport({ attempts: [{ takenAt: 0, mode: 'full', answers: { 'customer-slowdowns': 'a-lot' } }], bank: questionBank, exportedAt: 0 }).csv.split('\r\n')[1]; // '1,1970-01-01T00:00:00.000Z,4,full,customer-slowdowns,interest,product,a-lot,3'
 */
export function buildAnswerExport({
  attempts,
  bank,
  exportedAt,
}: {
  attempts: readonly AnswerAttempt[];
  bank: QuestionBank;
  exportedAt: number;
}): AnswerExportFiles {
  const kept = attempts
    .filter((attempt) => isWritableDate(attempt.takenAt))
    .map((attempt) => ({ ...attempt, resolved: resolve(attempt.answers, bank) }))
    .filter((attempt) => attempt.resolved.length > 0)
    .sort((first, second) => second.takenAt - first.takenAt);

  const json = JSON.stringify(
    {
      format: answerExportFormat,
      formatVersion: answerExportFormatVersion,
      bankId: bank.id,
      bankVersion: bank.version,
      exportedAt: isoOf(exportedAt),
      attempts: kept.map((attempt) => ({
        takenAt: isoOf(attempt.takenAt),
        mode: attempt.mode,
        ...splitBackground(attempt.resolved.map((answer) => [answer.questionId, answer.optionId])),
      })),
    },
    null,
    2,
  );

  // Attempts are numbered in the order they were taken: attempt 1 is the first sitting.
  const rows = kept
    .map((attempt, index) => ({ ...attempt, number: kept.length - index }))
    .reverse()
    .flatMap((attempt) =>
      attempt.resolved.map((answer) =>
        [
          attempt.number,
          isoOf(attempt.takenAt),
          bank.version,
          attempt.mode,
          answer.questionId,
          answer.kind,
          answer.role,
          answer.optionId,
          answer.optionIndex,
        ]
          .map(csvField)
          .join(','),
      ),
    );
  const csv = [answerCsvColumns.join(','), ...rows].join('\r\n') + '\r\n';

  const safeId = bank.id.replaceAll(/[^a-z0-9-]+/gi, '-') || 'quiz';
  const day = isoOf(exportedAt).slice(0, 10);
  return { json, csv, fileName: (extension) => `${safeId}-answers-v${bank.version}-${day}.${extension}` };
}
