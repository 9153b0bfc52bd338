// "Download my answers": the files a person can hand to a pilot (docs/validity.md). This file holds their
// shape; build.ts writes them, read.ts reads them back (read-csv.ts for the CSV) for `npm run validate`.
// Nothing here touches a browser.
import type { Answers, QuizMode } from '../types.ts';

/** Written into every JSON export so a reader can tell the file apart from any other JSON. */
export const answerExportFormat = 'which-tpm-answers';
/** Bumped when the file's shape changes; a reader refuses versions it does not know. */
export const answerExportFormatVersion = 1;

/** The two optional, unscored questions at the end of the quiz, by the name the export gives them. */
export const backgroundQuestionIds = {
  currentRole: 'current-role',
  currentEnjoyment: 'current-enjoyment',
} as const;

/** The CSV's columns: one row per attempt per answered question ("long" format). */
export const answerCsvColumns = [
  'attempt',
  'taken_at',
  'bank_version',
  'mode',
  'question_id',
  'kind',
  'role',
  'option_id',
  'option_index',
] as const;

/** One sitting of the quiz in this browser. */
export interface AnswerAttempt {
  /** Milliseconds since 1970, as `Date.now()` gives them. */
  takenAt: number;
  mode: QuizMode;
  answers: Answers;
}

/** The optional answers about a person's current work; either may be missing. */
export interface Background {
  currentRole?: string;
  currentEnjoyment?: string;
}

export interface ExportedAttempt {
  takenAt: number;
  mode: QuizMode;
  /** Every answer except the two background questions, in bank order. */
  answers: Record<string, string>;
  background: Background;
}

/** An export read back from a file. */
export interface AnswerExport {
  /** Null when read from a CSV, which does not carry it. */
  bankId: string | null;
  bankVersion: number;
  /** Null when read from a CSV, which does not carry it. */
  exportedAt: number | null;
  /** Newest first. */
  attempts: ExportedAttempt[];
}

export interface AnswerExportFiles {
  json: string;
  csv: string;
  /** A file name that says what the file is and when it was made, e.g. which-tpm-answers-v2-2025-11-21.csv. */
  fileName: (extension: 'json' | 'csv') => string;
}

export type ReadAnswerExport =
  { ok: true; value: AnswerExport; source: 'json' | 'csv' } | { ok: false; error: string };

export const backgroundNames = Object.entries(backgroundQuestionIds) as [keyof Background, string][];

/**
 * The two background answers apart from the rest. Built with Object.fromEntries so that any id, even
 * "__proto__", stays an ordinary entry.
 */
export function splitBackground(
  entries: Iterable<readonly [string, string]>,
): Pick<ExportedAttempt, 'answers' | 'background'> {
  const answers: [string, string][] = [];
  const background: [keyof Background, string][] = [];
  for (const [questionId, optionId] of entries) {
    const name = backgroundNames.find(([, id]) => id === questionId)?.[0];
    if (name) background.push([name, optionId]);
    else answers.push([questionId, optionId]);
  }
  return { answers: Object.fromEntries(answers), background: Object.fromEntries(background) };
}

export const isoOf = (milliseconds: number) => new Date(milliseconds).toISOString();

/** ISO 8601 with a four-digit year, as toISOString writes it for the years 0 to 9999. */
export const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
