// The adaptive quick check. The method is explained in docs/scoring.md ("The quick check").
import { progressOf } from './answers-input.ts';
import { questionBank } from './bank/index.ts';
import { isScored, questionReach, scoreAnswers, shareOf } from './evaluate.ts';
import { normalCdf } from './normal.ts';
import { stabilityOf, strengthOf } from './stability.ts';
import type { Answers, DimensionId, Question, QuestionBank, QuizMode } from './types.ts';

/** The quick check never stops before every theme has been asked about once. */
export function quickCheckMinimum(bank: QuestionBank = questionBank): number {
  return bank.dimensions.length;
}

export const quickCheck = {
  /** Stop once the full quiz would agree with the current track with at least this probability. */
  settledProbability: 0.95,
} as const;

/**
 * How likely the full quiz is to give the same track as the answers so far: the questions still
 * unanswered are modelled as leaning the way the answered ones do on average, with the same spread,
 * plus the uncertainty of that average itself.
 * @returns a probability in [0.5, 1] (1 when nothing is left to ask)
 */
export function settledProbability(answers: Answers, bank: QuestionBank = questionBank): number {
  const scored = scoreAnswers(answers, bank);
  const answeredIds = new Set(scored.map((answer) => answer.question.id));
  const remaining = bank.questions
    .filter((question) => isScored(question) && !answeredIds.has(question.id))
    .map(questionReach);
  if (remaining.length === 0) return 1;
  if (scored.length < 2) return 0.5;
  const points = scored.reduce((sum, answer) => sum + answer.points, 0);
  const reach = scored.reduce((sum, answer) => sum + answer.reach, 0);
  // Each answer as a share of its reach, in [-1, 1]; weighted by reach like the score itself.
  const mean = points / reach;
  const spread =
    scored.reduce((sum, answer) => sum + answer.reach * (answer.points / answer.reach - mean) ** 2, 0) /
    reach;
  // A floor on the spread: a few identical answers do not prove the rest will match.
  const variance = Math.max(spread, 0.1);
  const remainingReach = remaining.reduce((sum, value) => sum + value, 0);
  const expectedTotal = points + mean * remainingReach;
  const effectiveCount = reach ** 2 / scored.reduce((sum, answer) => sum + answer.reach ** 2, 0);
  const totalVariance =
    variance * remaining.reduce((sum, value) => sum + value ** 2, 0) +
    remainingReach ** 2 * (variance / effectiveCount);
  return normalCdf(Math.abs(expectedTotal) / Math.sqrt(totalVariance));
}

/**
 * True when the quick check has enough: every scored question is answered; or the minimum is asked,
 * the full quiz would very likely agree, and the answers so far are not a close call (a close call
 * keeps asking, since more answers are what can firm it up).
 */
export function isQuickCheckSettled(answers: Answers, bank: QuestionBank = questionBank): boolean {
  const scoredQuestions = bank.questions.filter(isScored);
  const answered = scoredQuestions.filter((question) => Object.hasOwn(answers, question.id)).length;
  if (answered === scoredQuestions.length) return true;
  if (answered < quickCheckMinimum(bank)) return false;
  const scored = scoreAnswers(answers, bank);
  const points = scored.reduce((sum, answer) => sum + answer.points, 0);
  const reach = scored.reduce((sum, answer) => sum + answer.reach, 0);
  const wholeReach = scoredQuestions.reduce((sum, question) => sum + questionReach(question), 0);
  if (strengthOf(stabilityOf(shareOf(points, reach) - 0.5, reach / wholeReach)) === 'close') return false;
  return settledProbability(answers, bank) >= quickCheck.settledProbability;
}

/**
 * The question the quick check asks next, or null when it has enough. It asks about the theme it has
 * heard least about (by points it could have moved), and within it the question that can move the
 * estimate most (the heaviest); ties go to the earlier question in the bank. Deterministic.
 * @example nextQuestion({}); // 'shared-engineer': a scenario (the heaviest kind), earliest in the quiz
 */
export function nextQuestion(answers: Answers, bank: QuestionBank = questionBank): string | null {
  if (isQuickCheckSettled(answers, bank)) return null;
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

/**
 * Where a quiz taken in `mode` goes on: the 1-based step of its next question, or null once it is
 * finished (every question answered, or the quick check settled).
 */
export function nextStep(answers: Answers, mode: QuizMode, bank: QuestionBank = questionBank): number | null {
  if (mode === 'quick') {
    const { asked, next } = quickCheckPath(answers, bank);
    return next === null ? null : asked.length + 1;
  }
  const { firstUnanswered } = progressOf(answers, bank);
  return firstUnanswered === null ? null : firstUnanswered + 1;
}
