// The figures `npm run validate` prints from a pilot's answer files; docs/validity.md says what each one
// means and what value would be good. Tooling: the app never loads this file.
import { evaluate } from '../evaluate.ts';
import { quotedPrompt } from '../quoted-prompt.ts';
import type { Answers, QuestionBank, QuizMode, Track } from '../types.ts';
import { englishOf } from './english.ts';

/**
 * The usual floors: alpha .70 and retest .70 (Nunnally, Psychometric Theory, 1978), item–rest .30
 * (Nunnally & Bernstein, 1994); fewer than 30 people make any of these figures too unsteady to read.
 */
export const pilotTargets = { alpha: 0.7, itemRest: 0.3, retest: 0.7, smallSample: 30 } as const;

/** Current roles that match a track, by the background question's option id. */
export const trackOfCurrentRole: Readonly<Record<string, Track>> = {
  'product-manager': 'product',
  'project-manager': 'project',
};

/** Answers to "How much do you enjoy it?" that count as enjoying one's current role. */
export const enjoysCurrentRole: readonly string[] = ['a-lot', 'very-much'];

/**
 * One person's file, as `readAnswerExport` gives it. Declared here by shape so that the tooling does
 * not reach into the app's modules.
 */
export interface PilotFile {
  bankVersion: number;
  /** Newest first. */
  attempts: readonly {
    takenAt: number;
    mode: QuizMode;
    answers: Answers;
    background: { currentRole?: string; currentEnjoyment?: string };
  }[];
}

export interface ItemRest {
  questionId: string;
  /** The question as quoted, in English: the report is for the people running the pilot. */
  prompt: string;
  /** Null when it cannot be computed (fewer than two people, or no spread). */
  correlation: number | null;
}

export interface ScaleReport {
  role: Track;
  /** People with every item of the scale answered in one attempt (their newest such attempt). */
  n: number;
  alpha: number | null;
  items: ItemRest[];
  note: string | null;
}

export interface RoleMatchReport {
  /** People who named a product or project role they enjoy a lot or very much. */
  n: number;
  /** Of those, how many were recommended the track of that role. */
  matched: number;
  share: number | null;
  byRole: Readonly<Record<Track, { n: number; matched: number }>>;
  note: string | null;
}

export interface RetestReport {
  /** People with two or more full attempts (far enough apart, when a minimum is asked for). */
  n: number;
  /**
   * Pearson correlation of productShare between each person's newest full attempt and the one before
   * it (the newest one at least `minimumDaysApart` older).
   */
  correlation: number | null;
  /** How many of them got the same track both times. */
  sameTrack: number;
  /** Median days between the two attempts: answers changed minutes later are not a retest. */
  medianDaysApart: number | null;
  note: string | null;
}

export interface PilotReport {
  bankVersion: number;
  people: number;
  attempts: number;
  /** Files left out because they were made with another bank version. */
  otherVersion: number;
  /** Answers that name a question or option this bank does not hold: left out of every figure. */
  unknownAnswers: number;
  scales: ScaleReport[];
  roleMatch: RoleMatchReport;
  retest: RetestReport;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sum of squared deviations from the mean. */
function squares(values: readonly number[]): number {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0);
}

/**
 * Pearson's correlation of two lists of the same length.
 * @returns a number in [-1, 1], or null with fewer than two pairs or when either list does not vary
 * @throws RangeError when the lists differ in length
 * @example pearson([1, 2, 3], [2, 4, 7]); // about 0.993
 */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length)
    throw new RangeError(`pearson needs lists of one length, not ${x.length} and ${y.length}.`);
  if (x.length < 2) return null;
  const meanX = mean(x);
  const meanY = mean(y);
  const cross = x.reduce((sum, value, index) => sum + (value - meanX) * ((y[index] ?? 0) - meanY), 0);
  const spread = Math.sqrt(squares(x) * squares(y));
  return spread === 0 ? null : Math.max(-1, Math.min(1, cross / spread));
}

function columns(rows: readonly (readonly number[])[]): number[][] {
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) throw new RangeError('Every row needs one score per item.');
  return Array.from({ length: width }, (_, item) => rows.map((row) => row[item] ?? 0));
}

const totals = (rows: readonly (readonly number[])[]) =>
  rows.map((row) => row.reduce((sum, score) => sum + score, 0));

/**
 * Cronbach's alpha of a scale: k/(k−1) × (1 − Σ item variances / variance of the totals).
 * @param rows one row per person, one score per item
 * @returns null with fewer than two people or items, or when every total is the same
 * @throws RangeError when rows differ in length
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const items = columns(rows);
  if (rows.length < 2 || items.length < 2) return null;
  // Sums of squares, not variances: the n − 1 divisors cancel.
  const totalSquares = squares(totals(rows));
  if (totalSquares === 0) return null;
  const itemSquares = items.reduce((sum, item) => sum + squares(item), 0);
  return (items.length / (items.length - 1)) * (1 - itemSquares / totalSquares);
}

/**
 * Each item's correlation with the sum of the scale's other items (the "corrected" item–total
 * correlation), in item order; null where it cannot be computed.
 * @throws RangeError when rows differ in length
 */
export function itemRestCorrelations(rows: readonly (readonly number[])[]): (number | null)[] {
  const sums = totals(rows);
  return columns(rows).map((item) =>
    pearson(
      item,
      sums.map((sum, person) => sum - (item[person] ?? 0)),
    ),
  );
}

function smallSampleNote(n: number, who: string): string | null {
  if (n >= pilotTargets.smallSample) return null;
  return `Only ${n} ${who}: too few to read this figure (aim for ${pilotTargets.smallSample} or more).`;
}

type Attempt = PilotFile['attempts'][number];

/** The attempt's answers that count toward a score: known to the bank, and not background questions. */
function scoredAnswers(attempt: Attempt, bank: QuestionBank): { answers: Answers; unknown: number } {
  const answers: [string, string][] = [];
  let unknown = 0;
  for (const [questionId, optionId] of Object.entries(attempt.answers)) {
    const question = bank.questions.find((candidate) => candidate.id === questionId);
    if (!question?.options.some((option) => option.id === optionId)) unknown++;
    else if (question.kind !== 'background') answers.push([questionId, optionId]);
  }
  return { answers: Object.fromEntries(answers), unknown };
}

function scaleReport(role: Track, files: readonly PilotFile[], bank: QuestionBank): ScaleReport {
  const questions = bank.questions.filter(
    (question) => question.kind === 'interest' && question.role === role,
  );
  const rows: number[][] = [];
  for (const file of files) {
    for (const attempt of file.attempts) {
      // An item's score is its option's place on the enjoyment scale: 0 for the first, 4 for the fifth.
      const row = questions.map((question) =>
        question.options.findIndex((option) => option.id === attempt.answers[question.id]),
      );
      if (row.every((score) => score >= 0)) {
        rows.push(row);
        break;
      }
    }
  }
  const correlations = itemRestCorrelations(rows);
  return {
    role,
    n: rows.length,
    alpha: cronbachAlpha(rows),
    items: questions.map((question, index) => ({
      questionId: question.id,
      prompt: englishOf(quotedPrompt(question)),
      correlation: correlations[index] ?? null,
    })),
    note: smallSampleNote(rows.length, 'people answered every item of this scale'),
  };
}

function roleMatchReport(files: readonly PilotFile[], bank: QuestionBank): RoleMatchReport {
  const byRole = { product: { n: 0, matched: 0 }, project: { n: 0, matched: 0 } };
  for (const file of files) {
    // The newest attempt that says what the person does now, if it holds answers to score.
    const attempt = file.attempts.find((candidate) => candidate.background.currentRole !== undefined);
    const track = trackOfCurrentRole[attempt?.background.currentRole ?? ''];
    if (!attempt || !track || !enjoysCurrentRole.includes(attempt.background.currentEnjoyment ?? ''))
      continue;
    const { answers } = scoredAnswers(attempt, bank);
    if (Object.keys(answers).length === 0) continue;
    byRole[track].n++;
    if (evaluate(answers, bank).track === track) byRole[track].matched++;
  }
  const n = byRole.product.n + byRole.project.n;
  const matched = byRole.product.matched + byRole.project.matched;
  return {
    n,
    matched,
    share: n === 0 ? null : matched / n,
    byRole,
    note: smallSampleNote(n, 'people enjoy a current product or project role'),
  };
}

const day = 24 * 60 * 60 * 1000;

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function retestReport(
  files: readonly PilotFile[],
  bank: QuestionBank,
  minimumDaysApart: number,
): RetestReport {
  const older: number[] = [];
  const newer: number[] = [];
  const daysApart: number[] = [];
  let sameTrack = 0;
  for (const file of files) {
    const full = file.attempts
      .filter((attempt) => attempt.mode === 'full')
      .map((attempt) => ({ takenAt: attempt.takenAt, answers: scoredAnswers(attempt, bank).answers }))
      .filter((attempt) => Object.keys(attempt.answers).length > 0);
    const [latest, ...earlier] = full;
    const previous = earlier.find(
      (attempt) => latest && latest.takenAt - attempt.takenAt >= minimumDaysApart * day,
    );
    if (!latest || !previous) continue;
    const [first, second] = [evaluate(previous.answers, bank), evaluate(latest.answers, bank)];
    older.push(first.productShare);
    newer.push(second.productShare);
    daysApart.push((latest.takenAt - previous.takenAt) / day);
    if (first.track === second.track) sameTrack++;
  }
  return {
    n: older.length,
    correlation: pearson(older, newer),
    sameTrack,
    medianDaysApart: median(daysApart),
    note: smallSampleNote(older.length, 'people took the full quiz twice'),
  };
}

/**
 * The pilot's figures from people's answer files: for each interest scale its alpha and item–rest
 * correlations, how often people who enjoy a product or project role are recommended that role, and the
 * retest correlation of productShare. Files of another bank version are counted and left out.
 * @param files one per person, each with its attempts newest first
 * @param options.minimumDaysApart pair the newest full attempt with the newest one at least this many days
 *   older, so that answers changed on the spot do not count as a retest (default 0: the newest two)
 */
export function pilotReport(
  files: readonly PilotFile[],
  bank: QuestionBank,
  { minimumDaysApart = 0 }: { minimumDaysApart?: number } = {},
): PilotReport {
  const sameVersion = files
    .filter((file) => file.bankVersion === bank.version)
    .map((file) => ({
      ...file,
      attempts: [...file.attempts].sort((first, second) => second.takenAt - first.takenAt),
    }));
  return {
    bankVersion: bank.version,
    people: sameVersion.length,
    attempts: sameVersion.reduce((sum, file) => sum + file.attempts.length, 0),
    otherVersion: files.length - sameVersion.length,
    unknownAnswers: sameVersion
      .flatMap((file) => file.attempts)
      .reduce((sum, attempt) => sum + scoredAnswers(attempt, bank).unknown, 0),
    scales: (['product', 'project'] as const).map((role) => scaleReport(role, sameVersion, bank)),
    roleMatch: roleMatchReport(sameVersion, bank),
    retest: retestReport(sameVersion, bank, minimumDaysApart),
  };
}
