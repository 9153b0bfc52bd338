// The scoring method is explained once, in docs/scoring.md; this file implements it.
import { msg } from '@lingui/core/macro';
import { isScored } from './answers-input.ts';
import { questionBank } from './bank/index.ts';
import { UnknownOptionError, UnknownQuestionError } from './errors.ts';
import { cautionsOf } from './cautions.ts';
import { quoted } from './message.ts';
import { quotedPrompt } from './quoted-prompt.ts';
import { headlineOf, interestNotes, stabilityNoteOf, tiltOf } from './result-copy.ts';
import { forecastWhole, partStability } from './short-form.ts';
import type { WholeForecast } from './short-form.ts';
import { strengthOf } from './stability.ts';
import type {
  Answers,
  DimensionId,
  DimensionScore,
  Evaluation,
  Interest,
  InterestPattern,
  Message,
  Option,
  Question,
  QuestionBank,
  Reason,
  Track,
} from './types.ts';

/** The other track. */
export function otherTrack(track: Track): Track {
  return track === 'product' ? 'project' : 'product';
}

/** An exact tie goes to the track this dimension favours: the seeds' own deciding question. */
export const tieBreakDimension: DimensionId = 'direction';

/** Both interests from `high` up read as "both appeal"; both up to `low` as "neither pulls strongly". */
export const interestBands = { high: 0.625, low: 0.375, apart: 0.25 } as const;

/** One answered question, resolved against the bank. */
export interface ScoredAnswer {
  question: Question;
  option: Option;
  optionIndex: number;
  /** Weighted points: positive toward product. */
  points: number;
  /** The most points this question can give either way. */
  reach: number;
}

/** The most points a question can give toward either pole (the bank keeps both poles equal). */
export function questionReach(question: Question): number {
  return question.weight * Math.max(...question.options.map((option) => Math.abs(option.lean)));
}

interface BankFacts {
  questionsById: ReadonlyMap<string, Question>;
  scoredQuestions: readonly Question[];
  scoredReach: number;
  scoredCount: number;
}

// A bank never changes once built, so what every evaluation needs from it is worked out once per bank.
const factsByBank = new WeakMap<QuestionBank, BankFacts>();

function bankFacts(bank: QuestionBank): BankFacts {
  const known = factsByBank.get(bank);
  if (known) return known;
  const scored = bank.questions.filter(isScored);
  const facts: BankFacts = {
    questionsById: new Map(bank.questions.map((question) => [question.id, question])),
    scoredQuestions: scored,
    scoredReach: scored.reduce((sum, question) => sum + questionReach(question), 0),
    scoredCount: scored.length,
  };
  factsByBank.set(bank, facts);
  return facts;
}

/**
 * Resolves answers against the bank, in bank order, so that nothing depends on the order the
 * answers were given in.
 * @throws UnknownQuestionError or UnknownOptionError for an id the bank does not hold
 */
export function scoreAnswers(answers: Answers, bank: QuestionBank = questionBank): ScoredAnswer[] {
  const questionsById = bankFacts(bank).questionsById;
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questionsById.get(questionId);
    if (!question) throw new UnknownQuestionError(questionId);
    if (!question.options.some((option) => option.id === optionId)) {
      throw new UnknownOptionError(questionId, optionId);
    }
  }
  const scored: ScoredAnswer[] = [];
  for (const question of bank.questions) {
    if (!isScored(question) || !Object.hasOwn(answers, question.id)) continue;
    const optionIndex = question.options.findIndex((option) => option.id === answers[question.id]);
    const option = question.options[optionIndex];
    if (!option) continue;
    scored.push({
      question,
      option,
      optionIndex,
      points: question.weight * option.lean,
      reach: questionReach(question),
    });
  }
  return scored;
}

function sumPoints(scored: readonly ScoredAnswer[]): number {
  return scored.reduce((sum, answer) => sum + answer.points, 0);
}

function sumReach(scored: readonly ScoredAnswer[]): number {
  return scored.reduce((sum, answer) => sum + answer.reach, 0);
}

/** productShare from a points total and the reach it was measured against. */
export function shareOf(points: number, reach: number): number {
  return reach === 0 ? 0.5 : (points + reach) / (2 * reach);
}

function trackOf(points: number, scored: readonly ScoredAnswer[]): Track {
  if (points !== 0) return points > 0 ? 'product' : 'project';
  const tieBreak = sumPoints(scored.filter((answer) => answer.question.dimension === tieBreakDimension));
  return tieBreak < 0 ? 'project' : 'product';
}

/** The track `evaluate` would recommend, without the rest of the evaluation (no resampling, no reasons). */
export function recommendedTrack(answers: Answers, bank: QuestionBank = questionBank): Track {
  const scored = scoreAnswers(answers, bank);
  return trackOf(sumPoints(scored), scored);
}

/** The most points the whole bank can give toward each pole. */
export function bankReach(bank: QuestionBank): Record<Track, number> {
  const reachToward = (sign: 1 | -1) =>
    bank.questions.reduce(
      (sum, question) =>
        sum + question.weight * Math.max(...question.options.map((option) => sign * option.lean)),
      0,
    );
  return { product: reachToward(1), project: reachToward(-1) };
}

/** The whole bank's reach: what the answered reach is measured against. */
export function scoredReach(bank: QuestionBank): number {
  return bankFacts(bank).scoredReach;
}

/**
 * What the whole quiz would say, forecast from these answers (docs/scoring.md, "A part of the quiz"). For a
 * whole quiz, its own margin with no spread.
 */
export function wholeForecastOf(scored: readonly ScoredAnswer[], bank: QuestionBank): WholeForecast {
  const answeredIds = new Set(scored.map((answer) => answer.question.id));
  const unanswered = bankFacts(bank)
    .scoredQuestions.filter((question) => !answeredIds.has(question.id))
    .map((question) => ({ reach: questionReach(question) }));
  return forecastWhole(scored, unanswered);
}

/** Each role's interest in [0, 1]: the mean rating of its interest items, from 0 (not at all) to 1 (very much). */
function interestOf(scored: readonly ScoredAnswer[]): { interest: Interest; rated: Record<Track, number> } {
  const sums: Record<Track, number> = { product: 0, project: 0 };
  const rated: Record<Track, number> = { product: 0, project: 0 };
  for (const answer of scored) {
    const role = answer.question.role;
    if (answer.question.kind !== 'interest' || !role) continue;
    sums[role] += answer.optionIndex / (answer.question.options.length - 1);
    rated[role] += 1;
  }
  return {
    interest: {
      product: rated.product === 0 ? 0 : sums.product / rated.product,
      project: rated.project === 0 ? 0 : sums.project / rated.project,
    },
    rated,
  };
}

/**
 * Where the trade-offs point, from -1 (every one fully project) to 1 (every one fully product): the
 * choices, situations and statements, which ask what a person would give up, without the task ratings.
 * 0 when none is answered.
 */
export function tradeOffScoreOf(scored: readonly ScoredAnswer[]): number {
  const tradeOffs = scored.filter((answer) => answer.question.kind !== 'interest');
  const reach = sumReach(tradeOffs);
  return reach === 0 ? 0 : sumPoints(tradeOffs) / reach;
}

/**
 * How far a person leans toward agreeing with whatever is said, from -0.5 to 0.5 in the units of a rating
 * scale's span: the mean position, around the middle, of both statements of each mirrored pair they
 * answered. The two statements of a pair are keyed to opposite roles, so a real lean cancels out and what
 * is left is the way of answering. 0 when no pair is answered whole.
 * @example agreementBiasOf(scoreAnswers({ 'rather-decide-what': 'strongly-agree', 'rather-plan-how': 'strongly-agree' })); // 0.5
 */
export function agreementBiasOf(scored: readonly ScoredAnswer[]): number {
  const position = new Map<string, number>();
  for (const answer of scored) {
    if (answer.question.kind === 'agreement') {
      position.set(answer.question.id, answer.optionIndex / (answer.question.options.length - 1) - 0.5);
    }
  }
  const pairs: number[] = [];
  for (const answer of scored) {
    const mirror = answer.question.mirrorOf;
    if (!mirror || answer.question.id > mirror) continue;
    const first = position.get(answer.question.id);
    const second = position.get(mirror);
    if (first !== undefined && second !== undefined) pairs.push((first + second) / 2);
  }
  return pairs.length === 0 ? 0 : pairs.reduce((sum, value) => sum + value, 0) / pairs.length;
}

/**
 * Names the interest pattern by the bands in `interestBands`. The two interests are first moved back by
 * the person's agreement bias (toward the middle, never past it), so that agreeing with everything does
 * not read as liking both. "Both
 * appeal" and "neither pulls" are levels, and a level is partly a way of answering: they are read only
 * when the rest of the answers are a close call too (`tradeOffsClose`: the result is a close call and the
 * trade-offs lean less than `interestBands.apart` either way). Otherwise the difference between the two
 * interests is read, as "more" one way or "about the same". So no neighbouring role is ever offered that
 * the trade-offs contradict.
 */
export function interestPatternOf(
  interest: Interest,
  rated: Record<Track, number>,
  style: { agreementBias: number; tradeOffsClose: boolean } = { agreementBias: 0, tradeOffsClose: true },
): InterestPattern {
  if (rated.product === 0 || rated.project === 0) return 'unknown';
  const { high, low, apart } = interestBands;
  // The bias moves a level toward the middle of the scale, never past it: it can undo "both" or
  // "neither", but never turn high ratings into "neither".
  const unbiased = (level: number) =>
    style.agreementBias > 0
      ? Math.max(level - style.agreementBias, Math.min(level, 0.5))
      : Math.min(level - style.agreementBias, Math.max(level, 0.5));
  const product = unbiased(interest.product);
  const project = unbiased(interest.project);
  if (style.tradeOffsClose && product >= high && project >= high) return 'both';
  if (style.tradeOffsClose && product <= low && project <= low) return 'neither';
  if (product - project >= apart) return 'product';
  if (project - product >= apart) return 'project';
  return 'similar';
}

function dimensionScores(scored: readonly ScoredAnswer[], bank: QuestionBank): DimensionScore[] {
  return bank.dimensions.map((dimension) => {
    const inDimension = scored.filter((answer) => answer.question.dimension === dimension.id);
    const reach = sumReach(inDimension);
    return {
      id: dimension.id,
      name: dimension.name,
      productPole: dimension.productPole,
      projectPole: dimension.projectPole,
      productLean: dimension.productLean,
      projectLean: dimension.projectLean,
      score: reach === 0 ? 0 : sumPoints(inDimension) / reach,
      answered: inDimension.length,
      total: bank.questions.filter((question) => isScored(question) && question.dimension === dimension.id)
        .length,
    };
  });
}

function reasonsOf(scored: readonly ScoredAnswer[]): Reason[] {
  return scored
    .flatMap(({ question, option, points }): Reason[] => {
      // Only an option that leans moves the score, and every such option carries its own reason.
      if (option.lean === 0 || points === 0) return [];
      return [
        {
          questionId: question.id,
          optionId: option.id,
          dimension: question.dimension,
          toward: points > 0 ? 'product' : 'project',
          size: Math.abs(points),
          prompt: quotedPrompt(question),
          answer: option.label,
          text: option.reason,
        },
      ];
    })
    .sort((first, second) => second.size - first.size);
}

/**
 * Scores a set of answers (any subset of the bank, an unfinished quiz included) and explains the result.
 * @returns the recommended track, the split, its stability and strength, both interests, a score per dimension,
 *   the answers that drove it (strongest first) and any cautions
 * @throws UnknownQuestionError or UnknownOptionError for an id the bank does not hold
 * @example evaluate({ 'final-say': 'what-and-order' }).track; // 'product'
 */
export function evaluate(answers: Answers, bank: QuestionBank = questionBank): Evaluation {
  const scored = scoreAnswers(answers, bank);
  const points = sumPoints(scored);
  const answeredReach = sumReach(scored);
  const productShare = shareOf(points, answeredReach);
  const track = trackOf(points, scored);
  const stability = scored.length === 0 ? 0.5 : partStability(wholeForecastOf(scored, bank));
  const strength = strengthOf(stability);
  const { interest, rated } = interestOf(scored);
  const interestPattern = interestPatternOf(interest, rated, {
    agreementBias: agreementBiasOf(scored),
    tradeOffsClose: strength === 'close' && Math.abs(tradeOffScoreOf(scored)) < interestBands.apart,
  });
  return {
    track,
    productShare,
    stability,
    strength,
    stabilityNote: stabilityNoteOf(strength, scored.length, 'you', bankFacts(bank).scoredCount),
    summary: headlineOf(strength, track, scored.length),
    tilt: tiltOf(strength, track, productShare, scored.length),
    interest,
    interestPattern,
    interestNote: interestNotes[interestPattern],
    answered: scored.length,
    total: bankFacts(bank).scoredCount,
    dimensions: dimensionScores(scored, bank),
    reasons: reasonsOf(scored),
    cautions: cautionsOf(scored, bank),
  };
}

/**
 * The reasons a result screen shows: the strongest for the recommended track, and the strongest that
 * pulled the other way.
 */
export function explainResult(
  evaluation: Evaluation,
  limits: { supporting: number; opposing: number } = { supporting: 4, opposing: 3 },
): { supporting: Reason[]; opposing: Reason[] } {
  return {
    supporting: evaluation.reasons
      .filter((reason) => reason.toward === evaluation.track)
      .slice(0, limits.supporting),
    opposing: evaluation.reasons
      .filter((reason) => reason.toward !== evaluation.track)
      .slice(0, limits.opposing),
  };
}

/** Percentages for display that always add up to 100. */
export function splitPercentages(productShare: number): Record<Track, number> {
  const product = Math.round(productShare * 100);
  return { product, project: 100 - product };
}

/** Dimension scores below `balanced` (in size) read as balanced; from `strong` up, as strong. */
export const dimensionBands = { balanced: 0.2, strong: 0.6 } as const;

/**
 * Which pole a dimension score leans to, whether strongly, and that pole's words to follow "toward";
 * null when it is balanced (or unanswered, which scores 0). One answer is never read as a strong lean:
 * a single answer at either end would otherwise say "strongly" on its own.
 */
export function dimensionLean(
  dimension: DimensionScore,
): { toward: Track; strongly: boolean; pole: Message } | null {
  const size = Math.abs(dimension.score);
  if (size < dimensionBands.balanced) return null;
  const toward: Track = dimension.score > 0 ? 'product' : 'project';
  return {
    toward,
    strongly: size >= dimensionBands.strong && dimension.answered > 1,
    pole: toward === 'product' ? dimension.productLean : dimension.projectLean,
  };
}

/**
 * A dimension score in plain words, naming the pole it leans to, and saying so when one answer is all it
 * has. Each reading is its own whole message; one answer is never a strong lean (see `dimensionLean`).
 */
export function describeDimension(dimension: DimensionScore): { toward: Track | null; text: Message } {
  if (dimension.answered === 0) return { toward: null, text: msg`Not answered yet` };
  const lean = dimensionLean(dimension);
  const once = dimension.answered === 1;
  if (!lean) {
    return {
      toward: null,
      text: once ? msg`Balanced between the two, from 1 answer` : msg`Balanced between the two`,
    };
  }
  const pole = quoted(lean.pole);
  const text = lean.strongly
    ? msg({
        message: `Strongly toward ${pole}`,
        comment: 'A theme’s reading; {pole} is one side of the theme',
      })
    : once
      ? msg({
          message: `Leans toward ${pole}, from 1 answer`,
          comment: 'A theme’s reading; {pole} is one side of the theme',
        })
      : msg({
          message: `Leans toward ${pole}`,
          comment: 'A theme’s reading; {pole} is one side of the theme',
        });
  return { toward: lean.toward, text };
}
