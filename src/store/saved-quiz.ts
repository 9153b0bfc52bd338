// The saved quiz as data, and the pure rules that read and merge it. The store's quiz slice (quiz-slice.ts) and
// the storage sync (synced-storage.ts) use these; tests drive them without a browser.
// Why answers merge one by one: docs/decisions/008-nothing-lost-across-tabs-and-deployments.md
import { msg, plural } from '@lingui/core/macro';
import { questionBank, readAnswers } from '../engine/index.ts';
import type { Message, QuizMode } from '../engine/index.ts';
import type { Restored } from './synced-storage.ts';
import { readTimestamp } from './synced-storage.ts';

/** What is saved: the answers, when each was given, the way the quiz is being taken, and when. */
export interface SavedQuiz {
  answers: Record<string, string>;
  /** When each answer was given; the latest answer to a question wins when two tabs disagree. */
  answeredAt: Record<string, number>;
  mode: QuizMode;
  /** When the mode was last chosen. */
  modeSetAt: number;
  bankVersion: number;
  /** When the earliest answer still standing was given. */
  startedAt: number | null;
  updatedAt: number | null;
  /** When the person last started over: answers given before this are gone in every tab. */
  clearedAt: number | null;
}

export const emptyQuiz: SavedQuiz = {
  answers: {},
  answeredAt: {},
  mode: 'full',
  modeSetAt: 0,
  bankVersion: questionBank.version,
  startedAt: null,
  updatedAt: null,
  clearedAt: null,
};

/** A moment later than anything this quiz has seen, so an answer given now always counts as the latest. */
export function nextMoment(quiz: SavedQuiz, now: number): number {
  return Math.max(now, (quiz.updatedAt ?? 0) + 1, (quiz.clearedAt ?? 0) + 1, quiz.modeSetAt + 1);
}

/** When an answer was given; answers saved before times were kept count as given at the last save. */
function answerTime(quiz: SavedQuiz, questionId: string): number {
  return quiz.answeredAt[questionId] ?? quiz.updatedAt ?? 0;
}

/** The quiz with one more answer, given at `at`, while taking the quiz in `mode`. */
export function answerAt(
  quiz: SavedQuiz,
  questionId: string,
  optionId: string,
  mode: QuizMode,
  at: number,
): SavedQuiz {
  return {
    ...quiz,
    answers: { ...quiz.answers, [questionId]: optionId },
    answeredAt: { ...quiz.answeredAt, [questionId]: at },
    ...(mode === quiz.mode ? {} : { mode, modeSetAt: at }),
    startedAt: Math.min(at, ...Object.keys(quiz.answers).map((id) => answerTime(quiz, id))),
    updatedAt: at,
  };
}

/** Started over at `at`: no answers, the full quiz. */
export function clearedQuiz(at: number): SavedQuiz {
  return { ...emptyQuiz, modeSetAt: at, updatedAt: at, clearedAt: at };
}

function later(first: number | null, second: number | null): number | null {
  if (first === null) return second;
  if (second === null) return first;
  return Math.max(first, second);
}

/**
 * Two copies of the quiz (this tab's and another tab's) as one: for each question the answer given
 * last wins (a tie goes to the option id that sorts last, so the result never depends on the order);
 * answers given before the latest start-over are gone; the mode chosen last wins. Commutative,
 * associative and idempotent, so tabs that merge in any order end up the same.
 */
export function mergeSavedQuiz(first: SavedQuiz, second: SavedQuiz): SavedQuiz {
  const clearedAt = later(first.clearedAt, second.clearedAt);
  const answers: Record<string, string> = {};
  const answeredAt: Record<string, number> = {};
  const ids = [...new Set([...Object.keys(first.answers), ...Object.keys(second.answers)])].sort();
  for (const id of ids) {
    const candidates = [first, second]
      .filter((quiz) => Object.hasOwn(quiz.answers, id))
      .map((quiz) => ({ option: quiz.answers[id] ?? '', at: answerTime(quiz, id) }))
      .filter((candidate) => clearedAt === null || candidate.at > clearedAt)
      .sort((one, other) => other.at - one.at || (other.option < one.option ? -1 : 1));
    const winner = candidates[0];
    if (!winner) continue;
    answers[id] = winner.option;
    answeredAt[id] = winner.at;
  }
  const modeWinner =
    first.modeSetAt !== second.modeSetAt
      ? first.modeSetAt > second.modeSetAt
        ? first
        : second
      : first.mode > second.mode
        ? first
        : second;
  return {
    answers,
    answeredAt,
    mode: modeWinner.mode,
    modeSetAt: modeWinner.modeSetAt,
    bankVersion: questionBank.version,
    startedAt:
      ids.length > 0 && Object.keys(answers).length > 0 ? Math.min(...Object.values(answeredAt)) : null,
    updatedAt: later(first.updatedAt, second.updatedAt),
    clearedAt,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored time that may be missing: null, or a time a Date can hold. */
function isOptionalTime(value: unknown): boolean {
  return value === undefined || value === null || readTimestamp(value) !== null;
}

/** Whether a stored field has a type this version cannot read; a missing field is fine (older data). */
function hasMisfit(record: Record<string, unknown>): boolean {
  const { answers, answeredAt, mode, modeSetAt, bankVersion } = record;
  return (
    (answers !== undefined && !isRecord(answers)) ||
    (answeredAt !== undefined &&
      (!isRecord(answeredAt) || Object.values(answeredAt).some((at) => readTimestamp(at) === null))) ||
    (mode !== undefined && mode !== 'full' && mode !== 'quick') ||
    (modeSetAt !== 0 && !isOptionalTime(modeSetAt)) ||
    (bankVersion !== undefined && typeof bankVersion !== 'number') ||
    [record.startedAt, record.updatedAt, record.clearedAt].some((time) => !isOptionalTime(time))
  );
}

/**
 * Said when answers no longer match a question: each count in its own plural, and a sentence more when
 * the questions themselves have changed since the answers were saved.
 */
function droppedNotice(dropped: number, kept: number, questionsChanged: boolean): Message {
  return questionsChanged
    ? msg`The questions have changed since your last visit. ${plural(dropped, {
        one: '# saved answer no longer matched a question and was set aside;',
        other: '# saved answers no longer matched a question and were set aside;',
      })} ${plural(kept, { one: '# was kept.', other: '# were kept.' })} A copy of what was set aside is kept in this browser.`
    : msg`${plural(dropped, {
        one: '# saved answer no longer matched a question and was set aside;',
        other: '# saved answers no longer matched a question and were set aside;',
      })} ${plural(kept, { one: '# was kept.', other: '# were kept.' })} A copy of what was set aside is kept in this browser.`;
}

/**
 * Validates whatever storage held, keeping every answer the current bank still understands. Answers it
 * does not understand are set aside (the storage sync copies them to a backup before anything
 * overwrites them), and the notice says what happened. A field of the wrong type sets aside everything
 * stored, so the backup is a whole copy.
 */
export function restoreSavedQuiz(saved: unknown): Restored<SavedQuiz> {
  if (saved === undefined || saved === null) return { value: emptyQuiz };
  if (!isRecord(saved)) {
    return {
      value: emptyQuiz,
      setAside: saved,
      notice: msg`Your saved answers could not be read, so the quiz starts fresh. A copy of what was saved is kept in this browser.`,
    };
  }
  const record = saved;
  const { answers } = readAnswers(record.answers);
  const stored =
    typeof record.answers === 'object' && record.answers !== null && !Array.isArray(record.answers)
      ? (record.answers as Record<string, unknown>)
      : {};
  const setAside = Object.fromEntries(Object.entries(stored).filter(([id]) => !Object.hasOwn(answers, id)));
  const times =
    typeof record.answeredAt === 'object' && record.answeredAt !== null
      ? (record.answeredAt as Record<string, unknown>)
      : {};
  const answeredAt: Record<string, number> = {};
  for (const id of Object.keys(answers)) {
    const at = readTimestamp(times[id]);
    if (at !== null) answeredAt[id] = at;
  }
  const value: SavedQuiz = {
    answers,
    answeredAt,
    mode: record.mode === 'quick' ? 'quick' : 'full',
    modeSetAt: readTimestamp(record.modeSetAt) ?? 0,
    bankVersion: questionBank.version,
    startedAt: readTimestamp(record.startedAt),
    updatedAt: readTimestamp(record.updatedAt),
    clearedAt: readTimestamp(record.clearedAt),
  };
  const dropped = Object.keys(setAside).length;
  const kept = Object.keys(answers).length;
  if (hasMisfit(record)) {
    return {
      value,
      setAside: saved,
      notice: msg`${plural(kept, {
        one: 'Part of your saved answers could not be read, so it was set aside; # answer was kept. A copy of everything that was saved is kept in this browser.',
        other:
          'Part of your saved answers could not be read, so it was set aside; # answers were kept. A copy of everything that was saved is kept in this browser.',
      })}`,
    };
  }
  if (dropped === 0) return { value };
  return {
    value,
    setAside,
    notice: droppedNotice(dropped, kept, record.bankVersion !== questionBank.version),
  };
}
