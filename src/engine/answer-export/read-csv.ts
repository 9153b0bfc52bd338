// Reads the CSV export back: RFC 4180 records, one row per attempt per answered question.
import type { QuestionKind, QuizMode } from '../types.ts';
import { answerCsvColumns, splitBackground } from './format.ts';
import type { AnswerExport } from './format.ts';
import { problem, readDate, readMode, readText, readVersion } from './read-fields.ts';

const questionKinds: readonly QuestionKind[] = ['interest', 'agreement', 'choice', 'scenario', 'background'];

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

export function readCsv(text: string): AnswerExport {
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
