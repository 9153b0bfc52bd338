// Reading one field of an untrusted answers file: each reader returns a typed value or throws a message
// naming what is wrong and where, which read.ts turns into an answer and never lets escape.
import type { QuizMode } from '../types.ts';
import { isoDate } from './format.ts';

/** Thrown inside the reader only, and always caught there: the message names what is wrong. */
export class ExportProblem extends Error {}

export function problem(message: string): never {
  throw new ExportProblem(message);
}

export function readDate(value: unknown, where: string): number {
  const time = typeof value === 'string' && isoDate.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(time)) {
    problem(
      `${where} is ${JSON.stringify(value) ?? 'missing'}; expected a date like "2025-11-21T14:03:00.000Z".`,
    );
  }
  return time;
}

export function readMode(value: unknown, where: string): QuizMode {
  if (value === 'full' || value === 'quick') return value;
  return problem(`${where} is ${JSON.stringify(value) ?? 'missing'}; expected "full" or "quick".`);
}

export function readText(value: unknown, where: string): string {
  if (typeof value === 'string' && value !== '') return value;
  return problem(`${where} is ${JSON.stringify(value) ?? 'missing'}; expected some text.`);
}

export function readVersion(value: unknown, where: string): number {
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0) return number;
  return problem(`${where} is ${JSON.stringify(value) ?? 'missing'}; expected a whole number from 1 up.`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
