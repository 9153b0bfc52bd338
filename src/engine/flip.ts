// "What would change my result": the fewest answers to change for the other track to come out ahead.
// The search is explained in docs/scoring.md ("What would change your result").
import { questionBank } from './bank/index.ts';
import { otherTrack, recommendedTrack, scoreAnswers } from './evaluate.ts';
import { quotedPrompt } from './quoted-prompt.ts';
import { flipSummary } from './result-copy.ts';
import type { ScoredAnswer } from './evaluate.ts';
import type { Answers, Message, Option, QuestionBank, Track } from './types.ts';

/** More changes than this is not a small change: the result rests on much of what was answered. */
export const smallFlip = 3;

/** One answer to change, with the words the bank gives its question and both options, for quoting. */
export interface FlipChange {
  questionId: string;
  prompt: ReturnType<typeof quotedPrompt>;
  fromOptionId: string;
  fromLabel: Option['label'];
  toOptionId: string;
  toLabel: Option['label'];
}

export interface Flip {
  /** The track the changes would put ahead. */
  flipsTo: Track;
  /** The fewest answers that flip the result, with an answer for each that does it. */
  changes: FlipChange[];
  /** True when no smaller set of changes could flip it; false only in a rare exact-tie case. */
  exact: boolean;
  /** True when the flip takes more than a small number of changes. */
  settled: boolean;
  /** The finding in plain words. */
  summary: Message;
}

/** How far an answer could move toward `toward`, in points, by switching to that pole's strongest option. */
function room(answer: ScoredAnswer, toward: Track): number {
  const sign = toward === 'product' ? 1 : -1;
  const best = Math.max(...answer.question.options.map((option) => sign * option.lean));
  return answer.question.weight * best - sign * answer.points;
}

function withChanges(answers: Answers, changes: readonly FlipChange[]): Record<string, string> {
  const changed: Record<string, string> = { ...answers };
  for (const change of changes) changed[change.questionId] = change.toOptionId;
  return changed;
}

function strongestToward(answer: ScoredAnswer, toward: Track): FlipChange {
  const sign = toward === 'product' ? 1 : -1;
  const target = [...answer.question.options].sort((first, second) => sign * (second.lean - first.lean))[0];
  return {
    questionId: answer.question.id,
    prompt: quotedPrompt(answer.question),
    fromOptionId: answer.option.id,
    fromLabel: answer.option.label,
    toOptionId: target?.id ?? answer.option.id,
    toLabel: target?.label ?? answer.option.label,
  };
}

/** Softens each change to the mildest answer that still keeps the flip, so the change is as small as it can be. */
function soften(
  answers: Answers,
  changes: FlipChange[],
  scored: readonly ScoredAnswer[],
  flipsTo: Track,
  bank: QuestionBank,
) {
  const sign = flipsTo === 'product' ? 1 : -1;
  const softened = [...changes];
  for (let index = softened.length - 1; index >= 0; index--) {
    const change = softened[index];
    const answer = scored.find((candidate) => candidate.question.id === change?.questionId);
    if (!change || !answer) continue;
    const milder = answer.question.options
      .filter((option) => sign * option.lean > sign * answer.option.lean)
      .sort((first, second) => sign * (first.lean - second.lean));
    for (const option of milder) {
      const trial = [...softened];
      trial[index] = { ...change, toOptionId: option.id, toLabel: option.label };
      if (recommendedTrack(withChanges(answers, trial), bank) === flipsTo) {
        softened[index] = trial[index] ?? change;
        break;
      }
    }
  }
  return softened;
}

/**
 * The smallest change to the person's own answers that would put the other track ahead. Changing an
 * answer toward the other pole can move the points by at most its "room", so the fewest changes are
 * the answers with the most room: taking them in that order is exact (an exchange argument). Each
 * change is then softened to the mildest answer that still flips the result.
 * @returns the flip, or null when there are no answers to change
 * @example closestFlip({ 'final-say': 'what-and-order' })?.changes.length; // 1
 */
export function closestFlip(answers: Answers, bank: QuestionBank = questionBank): Flip | null {
  const scored = scoreAnswers(answers, bank);
  if (scored.length === 0) return null;
  const current = recommendedTrack(answers, bank);
  const flipsTo = otherTrack(current);
  const sign = flipsTo === 'product' ? 1 : -1;
  // Points still needed to pass zero toward the other track.
  const gap = -sign * scored.reduce((sum, answer) => sum + answer.points, 0);
  const byRoom = [...scored].sort((first, second) => room(second, flipsTo) - room(first, flipsTo));
  let moved = 0;
  let previousReachedExactTie = false;
  for (let count = 1; count <= byRoom.length; count++) {
    const answer = byRoom[count - 1];
    if (!answer) break;
    moved += room(answer, flipsTo);
    if (moved < gap) continue;
    const changes = byRoom.slice(0, count).map((candidate) => strongestToward(candidate, flipsTo));
    // Exactly reaching zero leaves the tie rule to decide; check rather than assume.
    if (recommendedTrack(withChanges(answers, changes), bank) !== flipsTo) {
      previousReachedExactTie = moved === gap;
      continue;
    }
    const settled = count > smallFlip;
    return {
      flipsTo,
      changes: soften(answers, changes, scored, flipsTo, bank),
      // Only a tie at one fewer change, which another set might have broken our way, leaves room for doubt.
      exact: !previousReachedExactTie,
      settled,
      summary: flipSummary(flipsTo, count, settled, scored.length, !previousReachedExactTie),
    };
  }
  return null;
}
