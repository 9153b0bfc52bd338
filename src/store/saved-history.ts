// Past results as data, and the pure rules that read and merge them. See
// docs/decisions/008-nothing-lost-across-tabs-and-deployments.md
import { i18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { evaluate, questionBank, readAnswers, sameAnswers } from '../engine/index.ts';
import type { Message, QuizMode, Strength, Track } from '../engine/index.ts';
import type { Restored } from './synced-storage.ts';
import { readTimestamp } from './synced-storage.ts';

/**
 * What the person was shown when they finished, kept so a later change of questions never erases it. Kept
 * as data, never as words: the headline is written from it in the language of the page that shows it.
 * Summaries kept before held the English headline too; reading them drops it.
 */
export interface AttemptSummary {
  track: Track;
  /** How strong the lean was, as it was then. */
  strength: Strength;
  /** 0 is all project, 1 all product. */
  productShare: number;
}

function isStrength(value: unknown): value is Strength {
  return value === 'close' || value === 'moderate' || value === 'clear';
}

/** One finished attempt, kept so the person can see how their lean moves over time. */
export interface Attempt {
  id: string;
  finishedAt: number;
  mode: QuizMode;
  /** As they were given; some may name questions a later bank no longer has. */
  answers: Record<string, string>;
  bankVersion: number;
  /** Missing on attempts kept before summaries were. */
  summary?: AttemptSummary;
  /**
   * When the sitting began (its first answer still standing). A quick check that grew into the full
   * quiz, or answers changed after finishing, stay one attempt. Missing on attempts kept before sittings.
   */
  sitting?: number;
}

export interface SavedHistory {
  /** Newest first. */
  attempts: Attempt[];
  /** Attempts deleted in any tab: a merge never brings them back. */
  deletedIds: string[];
  /**
   * When the person last deleted every result: attempts finished before it are gone in every tab (those
   * the deleting tab showed are also in `deletedIds`). Never later than the moment it was read.
   */
  clearedAt: number | null;
}

export const emptyHistory: SavedHistory = { attempts: [], deletedIds: [], clearedAt: null };

/** A generous number to keep; the person is told when older ones drop off. */
export const historyLimit = 100;

/**
 * When an attempt was finished, as the history shows it, in the page's language: "Nov 20, 2026, 6:05 PM"
 * in English, "20.11.2026, 18:05" in German. The format is looked up as it is called, never at load,
 * since the language is set after this module loads.
 */
export function attemptDate(attempt: Pick<Attempt, 'finishedAt'>): string {
  return i18n.date(new Date(attempt.finishedAt), { dateStyle: 'medium', timeStyle: 'short' });
}

/** Said when stored results past the limit are removed (an older copy, a synced profile). */
function trimmedNotice(removed: number): Message {
  const limit = historyLimit;
  return msg`${plural(removed, {
    one: `Your past results keep the newest ${limit}, so # older result was removed.`,
    other: `Your past results keep the newest ${limit}, so # older results were removed.`,
  })}`;
}
/** Enough remembered deletions to outlast any tab still holding an old copy. */
const deletedIdLimit = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSummary(value: unknown): AttemptSummary | null | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const { track, strength, productShare } = value;
  if (track !== 'product' && track !== 'project') return null;
  if (!isStrength(strength)) return null;
  if (typeof productShare !== 'number' || !(productShare >= 0 && productShare <= 1)) return null;
  return { track, strength, productShare };
}

/** One stored attempt, or null when it is malformed. Answers are kept as given, known or not. */
export function readAttempt(item: unknown): Attempt | null {
  if (!isRecord(item)) return null;
  const finishedAt = readTimestamp(item.finishedAt);
  const summary = readSummary(item.summary);
  if (typeof item.id !== 'string' || item.id === '' || finishedAt === null || summary === null) return null;
  if (!isRecord(item.answers)) return null;
  const entries = Object.entries(item.answers);
  if (entries.length === 0 || entries.some(([, option]) => typeof option !== 'string')) return null;
  return {
    id: item.id,
    finishedAt,
    mode: item.mode === 'quick' ? 'quick' : 'full',
    answers: Object.fromEntries(entries) as Record<string, string>,
    bankVersion: typeof item.bankVersion === 'number' ? item.bankVersion : 0,
    ...(summary ? { summary } : {}),
    ...(readTimestamp(item.sitting) === null ? {} : { sitting: readTimestamp(item.sitting) as number }),
  };
}

/** True when two attempts were finished in one sitting (older attempts, without one, are each their own). */
export function sameSitting(first: Pick<Attempt, 'sitting'>, second: Pick<Attempt, 'sitting'>): boolean {
  return first.sitting !== undefined && first.sitting === second.sitting;
}

/**
 * What "Download my answers" holds: the finished attempts on today's questions, newest first, with the
 * current answers first when they are not among them yet.
 */
export function attemptsToExport(
  attempts: readonly Attempt[],
  current: { answers: Record<string, string>; mode: QuizMode; takenAt: number },
): { takenAt: number; mode: QuizMode; answers: Record<string, string> }[] {
  const kept = attempts
    .filter((attempt) => attempt.bankVersion === questionBank.version)
    .map((attempt) => ({ takenAt: attempt.finishedAt, mode: attempt.mode, answers: attempt.answers }));
  return kept.some((attempt) => sameAnswers(attempt.answers, current.answers))
    ? kept
    : [{ takenAt: current.takenAt, mode: current.mode, answers: current.answers }, ...kept];
}

/**
 * The attempt "Since last time" compares with: the newest one finished in an earlier sitting than the
 * current answers, with other answers. The quick check that grew into this full quiz is this sitting.
 */
export function previousAttempt(
  attempts: readonly Attempt[],
  current: { answers: Record<string, string>; sitting: number | null },
): Attempt | undefined {
  return attempts.find(
    (attempt) =>
      !(current.sitting !== null && attempt.sitting === current.sitting) &&
      !sameAnswers(attempt.answers, current.answers),
  );
}

/**
 * The attempt's answers when today's questions still understand every one of them, so they show the
 * result the person saw; null when the questions have changed since (another bank version, or an answer
 * naming a question or option that is gone).
 */
export function understoodAnswers(attempt: Attempt): Record<string, string> | null {
  if (attempt.bankVersion !== questionBank.version) return null;
  const { answers, dropped } = readAnswers(attempt.answers);
  return dropped === 0 && Object.keys(answers).length > 0 ? answers : null;
}

/**
 * What the person was shown when they finished. Attempts kept before summaries were are worked out
 * again from the answers today's questions still understand; with none left, there is nothing to show.
 */
export function summaryOf(attempt: Attempt): AttemptSummary | null {
  if (attempt.summary) return attempt.summary;
  const { answers } = readAnswers(attempt.answers);
  if (Object.keys(answers).length === 0) return null;
  const { track, strength, productShare } = evaluate(answers);
  return { track, strength, productShare };
}

function newestFirst(first: Attempt, second: Attempt): number {
  return second.finishedAt - first.finishedAt || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}

/**
 * A stored clear point, or null. One later than now cannot be a real moment (a clock that was wrong
 * when "delete all" was pressed): it is forgotten, since it would hide every result finished before it.
 */
function readClearPoint(value: unknown, now: number): number | null {
  const at = readTimestamp(value);
  return at !== null && at <= now ? at : null;
}

/**
 * Validates stored past results. Every well-formed attempt is kept, whether or not today's questions
 * still match its answers, up to the newest `historyLimit` (the notice says how many older ones were
 * removed); malformed entries (and repeats of an id), and fields of the wrong type, are set aside for a
 * backup, and the notice says how many.
 */
export function restoreHistory(saved: unknown, now = Date.now()): Restored<SavedHistory> {
  if (saved === undefined || saved === null) return { value: emptyHistory };
  if (!isRecord(saved)) {
    return {
      value: emptyHistory,
      setAside: saved,
      notice: msg`Your past results could not be read, so the list starts empty. A copy of what was saved is kept in this browser.`,
    };
  }
  const list: unknown[] = Array.isArray(saved.attempts) ? (saved.attempts as unknown[]) : [];
  const attempts: Attempt[] = [];
  const setAside: unknown[] =
    saved.attempts === undefined || Array.isArray(saved.attempts) ? [] : [saved.attempts];
  const seenIds = new Set<string>();
  for (const item of list) {
    const attempt = readAttempt(item);
    if (attempt === null || seenIds.has(attempt.id)) {
      setAside.push(item);
      continue;
    }
    seenIds.add(attempt.id);
    attempts.push(attempt);
  }
  const deletedIds = Array.isArray(saved.deletedIds)
    ? (saved.deletedIds as unknown[]).filter((id): id is string => typeof id === 'string')
    : [];
  // Fields of the wrong type are kept in the backup too, so nothing stored is dropped without a copy.
  const misfits: Record<string, unknown> = {};
  if (
    saved.deletedIds !== undefined &&
    (!Array.isArray(saved.deletedIds) || deletedIds.length !== saved.deletedIds.length)
  ) {
    misfits.deletedIds = saved.deletedIds;
  }
  if (saved.clearedAt !== undefined && saved.clearedAt !== null && readTimestamp(saved.clearedAt) === null) {
    misfits.clearedAt = saved.clearedAt;
  }
  const newest = attempts.sort(newestFirst);
  const removed = newest.length - historyLimit;
  const value = {
    attempts: removed > 0 ? newest.slice(0, historyLimit) : newest,
    deletedIds,
    clearedAt: readClearPoint(saved.clearedAt, now),
  };
  const trimmed = removed > 0 ? { trimmed: trimmedNotice(removed) } : {};
  const count = setAside.length;
  if (Object.keys(misfits).length > 0) setAside.push(misfits);
  if (setAside.length === 0) return { value, ...trimmed };
  return {
    value,
    setAside,
    notice:
      count === 0
        ? msg`Part of what was saved with your past results could not be read, so it was set aside; every past result was kept. A copy of what was set aside is kept in this browser.`
        : msg`${plural(count, {
            one: '# past result could not be read. A copy of it is kept in this browser.',
            other: '# past results could not be read. A copy of them is kept in this browser.',
          })}`,
    ...trimmed,
  };
}

function rank(attempt: Attempt): string {
  return `${attempt.summary ? 1 : 0}${JSON.stringify(attempt)}`;
}

/**
 * Two copies of the past results as one: every attempt either holds, by id, unless some tab deleted
 * it; newest first, at most `historyLimit`. Commutative and idempotent.
 */
export function mergeHistory(first: SavedHistory, second: SavedHistory): SavedHistory {
  const deletedIds = [...new Set([...first.deletedIds, ...second.deletedIds])].sort().slice(-deletedIdLimit);
  const deleted = new Set(deletedIds);
  const clearedAt =
    first.clearedAt === null ? second.clearedAt : Math.max(first.clearedAt, second.clearedAt ?? 0);
  const byId = new Map<string, Attempt>();
  for (const attempt of [...first.attempts, ...second.attempts].sort(newestFirst)) {
    if (deleted.has(attempt.id) || (clearedAt !== null && attempt.finishedAt < clearedAt)) continue;
    // Two tabs hold the same attempt: prefer the copy that kept its summary, then either one, the same
    // way whichever tab merges.
    const held = byId.get(attempt.id);
    if (!held || rank(attempt) > rank(held)) byId.set(attempt.id, attempt);
  }
  return {
    attempts: [...byId.values()].sort(newestFirst).slice(0, historyLimit),
    deletedIds,
    clearedAt,
  };
}
