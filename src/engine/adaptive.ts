// The adaptive quick check. The method is explained in docs/scoring.md ("The quick check").
import { questionBank } from './bank/index.ts';
import { isScored } from './answers-input.ts';
import { questionReach, scoreAnswers, wholeForecastOf } from './evaluate.ts';
import { partStability, sameTrackProbability, withinProbability } from './short-form.ts';
import { marginFor, strengthOf } from './stability.ts';
import type { Answers, DimensionId, Question, QuestionBank } from './types.ts';

/** Interest items each role must have had before the quick check may stop. */
export const interestItemsPerRole = 2;

export const quickCheck = {
  /** Stop on a lean once the whole quiz would give the same track with at least this probability... */
  settledProbability: 0.95,
  /** ...or on a close call once the whole quiz would stay a close call with at least this probability. */
  settledCloseProbability: 0.9,
} as const;

// The opening depends only on the bank, which never changes once built.
const openings = new WeakMap<QuestionBank, readonly string[]>();

/**
 * The questions the quick check always opens with, in order: two interest items for each role, taking
 * turns and each from a theme not heard yet, and one mirrored pair of statements, its two halves apart.
 * Ratings and statements ask what a person prefers, never what a good professional should do, so the
 * check opens on preference; and it cannot stop before it has heard both interests and one pair.
 * @example quickCheckOpening(); // ['customer-slowdowns', 'spot-delays-early', 'rather-plan-how', ...]
 */
export function quickCheckOpening(bank: QuestionBank = questionBank): readonly string[] {
  const known = openings.get(bank);
  if (known) return known;
  const scored = bank.questions.filter(isScored);
  const heard = new Set<DimensionId>();
  const opening: Question[] = [];
  const take = (matches: (question: Question) => boolean) => {
    const fresh = scored.filter((question) => !opening.includes(question) && matches(question));
    const chosen = fresh.find((question) => !heard.has(question.dimension)) ?? fresh[0];
    if (!chosen) return undefined;
    opening.push(chosen);
    heard.add(chosen.dimension);
    return chosen;
  };
  const interestOf = (role: 'product' | 'project') => (question: Question) =>
    question.kind === 'interest' && question.role === role;
  take(interestOf('product'));
  take(interestOf('project'));
  const firstHalf = take((question) => question.kind === 'agreement' && question.mirrorOf !== undefined);
  for (let round = 1; round < interestItemsPerRole; round++) {
    take(interestOf('product'));
    take(interestOf('project'));
  }
  const mirror = scored.find((question) => question.id === firstHalf?.mirrorOf);
  if (mirror && !opening.includes(mirror)) opening.push(mirror);
  const ids = opening.map((question) => question.id);
  openings.set(bank, ids);
  return ids;
}

/** True once the opening is answered and every theme has been asked about at least once. */
function hasHeardEnough(answers: Answers, bank: QuestionBank): boolean {
  if (quickCheckOpening(bank).some((id) => !Object.hasOwn(answers, id))) return false;
  const heard = new Set(
    bank.questions
      .filter((question) => isScored(question) && Object.hasOwn(answers, question.id))
      .map((question) => question.dimension),
  );
  return bank.dimensions.every((dimension) => heard.has(dimension.id));
}

/** The fewest questions the quick check asks: its opening, then one for each theme the opening missed. */
export function quickCheckMinimum(bank: QuestionBank = questionBank): number {
  const opening = new Set(quickCheckOpening(bank));
  const openingThemes = new Set(
    bank.questions.filter((question) => opening.has(question.id)).map((question) => question.dimension),
  );
  return opening.size + bank.dimensions.filter((dimension) => !openingThemes.has(dimension.id)).length;
}

/**
 * How likely the whole quiz is to give the same track as the answers so far, under the forecast of the
 * whole quiz (docs/scoring.md, "A part of the quiz").
 * @returns a probability in [0.5, 1] (1 when nothing is left to ask)
 */
export function settledProbability(answers: Answers, bank: QuestionBank = questionBank): number {
  const scored = scoreAnswers(answers, bank);
  if (scored.length === 0) return 0.5;
  return sameTrackProbability(wholeForecastOf(scored, bank));
}

/** Why the quick check stopped: every question answered, a lean that holds, or a close call that holds. */
export type QuickCheckStop = 'complete' | 'settled-lean' | 'settled-close';

/**
 * Whether the quick check has enough, and why. It never stops before its opening and one question per
 * theme. Then it stops on a lean once the whole quiz would very likely give the same track and the lean,
 * read cautiously, is not a close call; or on a close call once the whole quiz would very likely be a
 * close call too.
 * @returns the reason it stops, or null while it should keep asking
 */
export function quickCheckStop(answers: Answers, bank: QuestionBank = questionBank): QuickCheckStop | null {
  const scoredQuestions = bank.questions.filter(isScored);
  const answered = scoredQuestions.filter((question) => Object.hasOwn(answers, question.id)).length;
  if (answered === scoredQuestions.length) return 'complete';
  if (!hasHeardEnough(answers, bank)) return null;
  const forecast = wholeForecastOf(scoreAnswers(answers, bank), bank);
  const strength = strengthOf(partStability(forecast));
  if (strength !== 'close' && sameTrackProbability(forecast) >= quickCheck.settledProbability) {
    return 'settled-lean';
  }
  if (withinProbability(forecast, marginFor('moderate')) >= quickCheck.settledCloseProbability) {
    return 'settled-close';
  }
  return null;
}

/** True when the quick check has enough (see `quickCheckStop`). */
export function isQuickCheckSettled(answers: Answers, bank: QuestionBank = questionBank): boolean {
  return quickCheckStop(answers, bank) !== null;
}

/**
 * The question the quick check asks next, or null when it has enough. First its opening (see
 * `quickCheckOpening`); then the theme it has heard least about (by points it could have moved), and
 * within it the question that can move the estimate most (the heaviest); ties go to the earlier question
 * in the bank. Deterministic.
 * @example nextQuestion({}); // 'customer-slowdowns': the first task of product work in the quiz
 */
export function nextQuestion(answers: Answers, bank: QuestionBank = questionBank): string | null {
  if (isQuickCheckSettled(answers, bank)) return null;
  const opening = quickCheckOpening(bank).find((id) => !Object.hasOwn(answers, id));
  if (opening !== undefined) return opening;
  const heardReach = new Map<DimensionId, number>(bank.dimensions.map((dimension) => [dimension.id, 0]));
  const unanswered: Question[] = [];
  for (const question of bank.questions) {
    if (!isScored(question)) continue;
    if (Object.hasOwn(answers, question.id)) {
      heardReach.set(question.dimension, (heardReach.get(question.dimension) ?? 0) + questionReach(question));
    } else {
      unanswered.push(question);
    }
  }
  let best: Question | undefined;
  for (const question of unanswered) {
    if (!best) {
      best = question;
      continue;
    }
    const heard = heardReach.get(question.dimension) ?? 0;
    const bestHeard = heardReach.get(best.dimension) ?? 0;
    if (heard < bestHeard || (heard === bestHeard && questionReach(question) > questionReach(best)))
      best = question;
  }
  return best?.id ?? null;
}

/**
 * The questions the quick check has asked, in order, replayed from the answers: each is the one it
 * would choose given the answers before it. Stops at the first question not yet answered.
 * @returns the asked questions' ids, and the id of the question to ask now (null when settled)
 */
export function quickCheckPath(
  answers: Answers,
  bank: QuestionBank = questionBank,
): { asked: string[]; next: string | null } {
  const asked: string[] = [];
  const sofar: Record<string, string> = {};
  for (;;) {
    const next = nextQuestion(sofar, bank);
    const answer = next === null ? undefined : answers[next];
    if (next === null || answer === undefined) return { asked, next };
    asked.push(next);
    sofar[next] = answer;
  }
}
