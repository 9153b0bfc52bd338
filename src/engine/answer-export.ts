// "Download my answers": the files a person can hand to a pilot (docs/validity.md), and the reader that
// turns such a file back into typed data for `npm run validate`. Nothing here touches a browser.
import type { Answers, QuestionBank, QuestionKind, QuizMode } from './types.ts';

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

const backgroundNames = Object.entries(backgroundQuestionIds) as [keyof Background, string][];
const questionKinds: readonly QuestionKind[] = ['interest', 'agreement', 'choice', 'scenario', 'background'];

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

/**
 * The two background answers apart from the rest. Built with Object.fromEntries so that any id, even
 * "__proto__", stays an ordinary entry.
 */
function splitBackground(
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

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const isoOf = (milliseconds: number) => new Date(milliseconds).toISOString();

/** ISO 8601 with a four-digit year, as toISOString writes it for the years 0 to 9999. */
const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

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
 * @example buildAnswerExport({ attempts: [{ takenAt: Date.now(), mode: 'full', answers }], bank, exportedAt: Date.now() }).csv
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

/** Thrown inside the reader only, and always caught there: the message names what is wrong. */
class ExportProblem extends Error {}

function problem(message: string): never {
  throw new ExportProblem(message);
}

function readDate(value: unknown, where: string): number {
  const time = typeof value === 'string' && isoDate.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(time)) {
    problem(
      `${where} is ${JSON.stringify(value) ?? 'missing'}; expected a date like "2025-11-21T14:03:00.000Z".`,
    );
  }
  return time;
}

function readMode(value: unknown, where: string): QuizMode {
  if (value === 'full' || value === 'quick') return value;
  return problem(`${where} is ${JSON.stringify(value) ?? 'missing'}; expected "full" or "quick".`);
}

function readText(value: unknown, where: string): string {
  if (typeof value === 'string' && value !== '') return value;
  return problem(`${where} is ${JSON.stringify(value) ?? 'missing'}; expected some text.`);
}

function readVersion(value: unknown, where: string): number {
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0) return number;
  return problem(`${where} is ${JSON.stringify(value) ?? 'missing'}; expected a whole number from 1 up.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** RFC 4180 records, each with the line it starts on. Quoted fields may hold commas, quotes and line breaks. */
function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (index < text.length) {
    const character = text[index] ?? '';
    if (character === '"' && atFieldStart) {
      const opened = line;
      index++;
      for (;;) {
        const inside = text[index];
        if (inside === undefined) problem(`Line ${opened}: a quoted field is never closed.`);
        index++;
        if (inside === '"') {
          if (text[index] !== '"') break;
          index++;
        }
        if (inside === '\n') line++;
        field += inside;
      }
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        problem(`Line ${line}: text follows a closing quote; a quote inside a field must be doubled.`);
      }
      atFieldStart = false;
    } else if (character === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      index++;
    } else if (character === '\r' || character === '\n') {
      endRecord();
      index += character === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      atFieldStart = true;
    } else {
      field += character;
      atFieldStart = false;
      index++;
    }
  }
  if (!atFieldStart || fields.length > 0) endRecord();
  return records;
}

interface CsvAttempt {
  takenAt: number;
  mode: QuizMode;
  /** The line it first appears on, for messages. */
  line: number;
  answers: Map<string, string>;
}

function readCsvRow(line: number, fields: readonly string[]) {
  if (fields.length !== answerCsvColumns.length) {
    problem(`Line ${line} has ${fields.length} fields; expected ${answerCsvColumns.length}.`);
  }
  const [attempt, takenAt, bankVersion, mode, questionId, kind, role, optionId, optionIndex] = fields;
  if (!questionKinds.includes(kind as QuestionKind)) {
    problem(`Line ${line}: kind is "${kind}"; expected one of ${questionKinds.join(', ')}.`);
  }
  if (role !== '' && role !== 'product' && role !== 'project') {
    problem(`Line ${line}: role is "${role}"; expected product, project or nothing.`);
  }
  if (!/^\d{1,3}$/.test(optionIndex ?? '')) {
    problem(`Line ${line}: option_index is "${optionIndex}"; expected a whole number from 0 up.`);
  }
  return {
    attempt: readVersion(attempt, `Line ${line}: attempt`),
    takenAt: readDate(takenAt, `Line ${line}: taken_at`),
    bankVersion: readVersion(bankVersion, `Line ${line}: bank_version`),
    mode: readMode(mode, `Line ${line}: mode`),
    questionId: readText(questionId, `Line ${line}: question_id`),
    optionId: readText(optionId, `Line ${line}: option_id`),
  };
}

function readCsv(text: string): AnswerExport {
  const [header, ...records] = csvRecords(text);
  if (header?.fields.join(',') !== answerCsvColumns.join(',')) {
    return problem(
      `This is not a Which TPM? answers file: it should start with "{" (JSON) or with the CSV header "${answerCsvColumns.join(',')}".`,
    );
  }
  const rows = records.map(({ line, fields }) => ({ line, ...readCsvRow(line, fields) }));
  const [first] = rows;
  if (!first) return problem('The CSV has its header but no answers.');
  const attempts = new Map<number, CsvAttempt>();
  for (const row of rows) {
    if (row.bankVersion !== first.bankVersion) {
      problem(
        `Line ${row.line}: bank_version ${row.bankVersion} differs from ${first.bankVersion} on line ${first.line}; one file holds one bank version.`,
      );
    }
    const attempt = attempts.get(row.attempt) ?? { ...row, answers: new Map<string, string>() };
    attempts.set(row.attempt, attempt);
    if (attempt.takenAt !== row.takenAt || attempt.mode !== row.mode) {
      problem(
        `Line ${row.line}: attempt ${row.attempt} has another taken_at or mode than on line ${attempt.line}.`,
      );
    }
    if (attempt.answers.has(row.questionId)) {
      problem(`Line ${row.line}: attempt ${row.attempt} answers "${row.questionId}" a second time.`);
    }
    attempt.answers.set(row.questionId, row.optionId);
  }
  return {
    bankId: null,
    bankVersion: first.bankVersion,
    exportedAt: null,
    attempts: [...attempts]
      .sort(([firstNumber], [secondNumber]) => secondNumber - firstNumber)
      .map(([, attempt]) => ({
        takenAt: attempt.takenAt,
        mode: attempt.mode,
        ...splitBackground(attempt.answers),
      })),
  };
}

/**
 * Reads a file that `buildAnswerExport` wrote, as JSON or as CSV, from untrusted text. Never throws: a file
 * that is not such an export comes back with a message naming what is wrong and where.
 * @example readAnswerExport(files.csv); // { ok: true, source: 'csv', value: { bankVersion: 2, attempts: [...] } }
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
