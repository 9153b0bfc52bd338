// Cautions say what happened in the answers, never judge the person: liking the work of both roles is a
// profile, not a mistake, and agreeing with both sides of a pair is named as what it was. Explained in
// docs/scoring.md ("Cautions").
import { isScored } from './answers-input.ts';
import { cautionMessages } from './result-copy.ts';
import type { ScoredAnswer } from './evaluate.ts';
import type { BothSides, Caution, Message, QuestionBank } from './types.ts';

/**
 * Straight-lining: at least `minimumAnswers` choices and statements answered, and at least `share` of
 * them at the same place in the list. Interest ratings are left out: rating every task highly is how
 * a person who likes both kinds of work answers.
 */
export const straightLining = { minimumAnswers: 6, share: 0.8 } as const;

/**
 * A mirrored pair contradicts itself when the two agreement levels (from -2, strongly disagree, to
 * +2, strongly agree) add up to at least this much either way: agreeing with both statements, at
 * least one strongly, or disagreeing with both the same way.
 */
export const contradictionThreshold = 3;

/** Where an option sits, as a person sees it: first, last, or its place in between. */
function positionOf(answer: ScoredAnswer): 'first' | 'last' | number {
  if (answer.optionIndex === 0) return 'first';
  if (answer.optionIndex === answer.question.options.length - 1) return 'last';
  return answer.optionIndex;
}

function straightLiningCaution(scored: readonly ScoredAnswer[]): Caution | undefined {
  const considered = scored.filter((answer) => answer.question.kind !== 'interest');
  if (considered.length < straightLining.minimumAnswers) return undefined;
  const counts = new Map<'first' | 'last' | number, number>();
  for (const answer of considered) {
    const position = positionOf(answer);
    counts.set(position, (counts.get(position) ?? 0) + 1);
  }
  const [position, count] = [...counts].sort((first, second) => second[1] - first[1])[0] ?? ['first', 0];
  if (count / considered.length < straightLining.share) return undefined;
  const place = typeof position === 'number' ? 'same' : position;
  return {
    code: 'straight-lining',
    message: cautionMessages.straightLining(place, count, considered.length),
    place,
    count,
    considered: considered.length,
  };
}

/**
 * Same rating: at least `minimumRatings` tasks rated, every one with the same rating. Then the ratings
 * cannot show which kind of work appeals more, whatever the reason.
 */
export const sameRating = { minimumRatings: 6 } as const;

function sameRatingCaution(scored: readonly ScoredAnswer[]): Caution | undefined {
  const ratings = scored.filter((answer) => answer.question.kind === 'interest');
  const first = ratings[0];
  if (!first || ratings.length < sameRating.minimumRatings) return undefined;
  if (ratings.some((answer) => answer.option.id !== first.option.id)) return undefined;
  return {
    code: 'same-rating',
    message: cautionMessages.sameRating(first.option.label, ratings.length),
    rating: first.option.label,
    count: ratings.length,
  };
}

/** The mirrored pairs of statements whose answers contradict each other. */
export function contradictedPairs(scored: readonly ScoredAnswer[]): [string, string][] {
  const agreement = new Map<string, number>();
  for (const answer of scored) {
    if (answer.question.kind === 'agreement') {
      agreement.set(answer.question.id, answer.optionIndex - (answer.question.options.length - 1) / 2);
    }
  }
  const pairs: [string, string][] = [];
  for (const answer of scored) {
    const mirror = answer.question.mirrorOf;
    // Each pair once: from the question whose id sorts first.
    if (!mirror || answer.question.id > mirror) continue;
    const first = agreement.get(answer.question.id);
    const second = agreement.get(mirror);
    if (first === undefined || second === undefined) continue;
    if (Math.abs(first + second) >= contradictionThreshold) pairs.push([answer.question.id, mirror]);
  }
  return pairs;
}

/** Every caution a set of answers raises, in a fixed order. */
export function cautionsOf(scored: readonly ScoredAnswer[], bank: QuestionBank): Caution[] {
  const cautions: Caution[] = [];
  const total = bank.questions.filter(isScored).length;
  if (scored.length < total) {
    cautions.push({
      code: 'incomplete',
      message: cautionMessages.incomplete(scored.length, total),
      answered: scored.length,
      total,
    });
  }
  const straight = straightLiningCaution(scored);
  if (straight) cautions.push(straight);
  const contradictions = contradictedPairs(scored);
  const [firstPair] = contradictions;
  if (firstPair) {
    const byId = new Map(scored.map((answer) => [answer.question.id, answer]));
    // Agreeing sits above the middle of the scale; the sign of the two halves' sum says which side.
    const sides = new Set(
      contradictions.map(([first]) => {
        const answer = byId.get(first);
        return answer && answer.optionIndex > (answer.question.options.length - 1) / 2
          ? 'agreed'
          : 'disagreed';
      }),
    );
    const side: BothSides = sides.size > 1 ? 'mixed' : sides.has('agreed') ? 'agreed' : 'disagreed';
    const statementOf = (id: string): Message => {
      const prompt = byId.get(id)?.question.prompt;
      if (!prompt) throw new Error(`A contradicting pair names ${id}, which was not answered.`);
      return prompt;
    };
    const statements = [statementOf(firstPair[0]), statementOf(firstPair[1])] as const;
    cautions.push({
      code: 'inconsistent',
      message: cautionMessages.inconsistent(contradictions.length, side, statements),
      pairs: contradictions.length,
      side,
      statements,
    });
  }
  const same = sameRatingCaution(scored);
  if (same) cautions.push(same);
  return cautions;
}
