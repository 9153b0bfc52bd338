// The scoring method is explained once, in docs/scoring.md; this file implements it.
import { questionBank } from './bank/index.ts';
import { reasonTexts } from './bank/reasons.ts';
import { UnknownOptionError, UnknownQuestionError } from './errors.ts';
import { createRandom } from './random.ts';
import type {
  Answers,
  Caution,
  DimensionId,
  DimensionScore,
  Evaluation,
  Option,
  Question,
  QuestionBank,
  Reason,
  ReasonTexts,
  Strength,
  Track,
} from './types.ts';

export const trackTitles: Readonly<Record<Track, string>> = {
  product: 'Technical Product Manager',
  project: 'Technical Project Manager',
};

/** The other track. */
export function otherTrack(track: Track): Track {
  return track === 'product' ? 'project' : 'product';
}

/**
 * Strength bands on the distance of productShare from one half: below `slight` is a slight lean,
 * below `moderate` a moderate one, anything further a clear one. Exactly one half is even.
 */
export const strengthBands = { slight: 0.08, moderate: 0.18 } as const;

/** An exact tie goes to the track this dimension favours: the seeds' own deciding question. */
export const tieBreakDimension: DimensionId = 'direction';

/** Resamples drawn for the confidence figure, and the fixed seed that keeps it reproducible. */
export const bootstrap = { resamples: 1000, seed: 20_251_121 } as const;

/** At least this many answers, and this share on one option position, count as straight-lining. */
export const straightLining = { minimumAnswers: 6, share: 0.8 } as const;

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

/**
 * Resolves answers against the bank, in bank order, so that nothing depends on the order the
 * answers were given in.
 * @throws UnknownQuestionError or UnknownOptionError for an id the bank does not hold
 */
export function scoreAnswers(answers: Answers, bank: QuestionBank = questionBank): ScoredAnswer[] {
  const questionsById = new Map(bank.questions.map((question) => [question.id, question]));
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questionsById.get(questionId);
    if (!question) throw new UnknownQuestionError(questionId);
    if (!question.options.some((option) => option.id === optionId)) {
      throw new UnknownOptionError(questionId, optionId);
    }
  }
  const scored: ScoredAnswer[] = [];
  for (const question of bank.questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
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

/** Band of a productShare: even, slight, moderate or clear. */
export function strengthOf(productShare: number): Strength {
  // Rounded so that a share printed as 58% sits in the band 58% belongs to, whatever the float error.
  const margin = Math.round(Math.abs(productShare - 0.5) * 1e9) / 1e9;
  if (margin === 0) return 'even';
  if (margin < strengthBands.slight) return 'slight';
  if (margin < strengthBands.moderate) return 'moderate';
  return 'clear';
}

const strengthWords: Readonly<Record<Exclude<Strength, 'even'>, string>> = {
  slight: 'A slight lean',
  moderate: 'A moderate lean',
  clear: 'A clear lean',
};

function summaryOf(strength: Strength, track: Track, answered: number): string {
  if (answered === 0) return 'No answers yet';
  if (strength === 'even') return 'An even balance between the two roles';
  return `${strengthWords[strength]} toward ${trackTitles[track]}`;
}

/** Confidence from which the result is called consistent, and very consistent. */
export const confidenceBands = { fair: 0.8, high: 0.95 } as const;

/** A confidence figure in plain words. */
export function describeConfidence(confidence: number, answered: number): string {
  if (answered === 0) return 'Answer a few questions to see where you lean';
  if (confidence >= confidenceBands.high) return 'Your answers agree with each other strongly';
  if (confidence >= confidenceBands.fair) return 'Most of your answers point the same way';
  return 'A close call: your answers pull both ways';
}

function confidenceOf(scored: readonly ScoredAnswer[], track: Track): number {
  if (scored.length === 0) return 0;
  const random = createRandom(bootstrap.seed);
  let agreeing = 0;
  for (let resample = 0; resample < bootstrap.resamples; resample++) {
    let points = 0;
    for (let draw = 0; draw < scored.length; draw++) {
      points += scored[Math.floor(random() * scored.length)]?.points ?? 0;
    }
    if (points === 0) agreeing += 0.5;
    else if (points > 0 === (track === 'product')) agreeing += 1;
  }
  return agreeing / bootstrap.resamples;
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
      score: reach === 0 ? 0 : sumPoints(inDimension) / reach,
      answered: inDimension.length,
      total: bank.questions.filter((question) => question.dimension === dimension.id).length,
    };
  });
}

function reasonsOf(scored: readonly ScoredAnswer[], texts: ReasonTexts): Reason[] {
  return scored
    .filter((answer) => answer.points !== 0)
    .map((answer): Reason => {
      const toward: Track = answer.points > 0 ? 'product' : 'project';
      return {
        questionId: answer.question.id,
        optionId: answer.option.id,
        dimension: answer.question.dimension,
        toward,
        size: Math.abs(answer.points),
        prompt: answer.question.prompt,
        answer: answer.option.label,
        text: texts[answer.question.id]?.[toward] ?? '',
      };
    })
    .sort((first, second) => second.size - first.size);
}

/** Where an option sits, as a person sees it: first, last, or its place in between. */
function positionOf(answer: ScoredAnswer): string {
  if (answer.optionIndex === 0) return 'first';
  if (answer.optionIndex === answer.question.options.length - 1) return 'last';
  return `middle-${answer.optionIndex}`;
}

function straightLiningCaution(scored: readonly ScoredAnswer[]): Caution | undefined {
  if (scored.length < straightLining.minimumAnswers) return undefined;
  const counts = new Map<string, number>();
  for (const answer of scored) counts.set(positionOf(answer), (counts.get(positionOf(answer)) ?? 0) + 1);
  const [position, count] = [...counts].sort((first, second) => second[1] - first[1])[0] ?? ['', 0];
  if (count / scored.length < straightLining.share) return undefined;
  const where = position === 'first' ? 'the first' : position === 'last' ? 'the last' : 'the same';
  return {
    code: 'straight-lining',
    message: `You picked ${where} option on ${count} of ${scored.length} questions. If you were clicking through quickly, the result may say more about the order of the options than about you.`,
  };
}

function inconsistentCaution(scored: readonly ScoredAnswer[], bank: QuestionBank): Caution | undefined {
  const clashes: { name: string; questionIds: string[] }[] = [];
  for (const dimension of bank.dimensions) {
    // Only graded questions count: on a forced choice every answer is at full strength.
    const graded = scored.filter(
      (answer) => answer.question.dimension === dimension.id && answer.question.options.length > 2,
    );
    const fullProduct = graded.filter((answer) => answer.points === answer.reach);
    const fullProject = graded.filter((answer) => answer.points === -answer.reach);
    if (fullProduct.length > 0 && fullProject.length > 0) {
      clashes.push({
        name: dimension.name.toLowerCase(),
        questionIds: [...fullProduct, ...fullProject].map((answer) => answer.question.id),
      });
    }
  }
  if (clashes.length === 0) return undefined;
  const names = clashes.map((clash) => `“${clash.name}”`).join(', ');
  return {
    code: 'inconsistent',
    message: `Some of your strongest answers about ${names} point in opposite directions. The score there may not describe you well; it can help to read those questions again.`,
    questionIds: clashes.flatMap((clash) => clash.questionIds),
  };
}

function cautionsOf(scored: readonly ScoredAnswer[], bank: QuestionBank): Caution[] {
  const cautions: Caution[] = [];
  const total = bank.questions.length;
  if (scored.length < total) {
    cautions.push({
      code: 'incomplete',
      message: `You answered ${scored.length} of ${total} questions. The result uses only those answers, so it is less certain than a full one.`,
    });
  }
  const straight = straightLiningCaution(scored);
  if (straight) cautions.push(straight);
  const inconsistent = inconsistentCaution(scored, bank);
  if (inconsistent) cautions.push(inconsistent);
  return cautions;
}

/**
 * Scores a set of answers (any subset of the bank, an unfinished quiz included) and explains the result.
 * @returns the recommended track, the split, its strength and confidence, a score per dimension,
 *   the answers that drove it (strongest first) and any cautions
 * @param reasons the sentences that explain each answer, by question id
 * @throws UnknownQuestionError or UnknownOptionError for an id the bank does not hold
 * @example evaluate({ 'free-afternoon': 'sketch-future' }).track; // 'product'
 */
export function evaluate(
  answers: Answers,
  bank: QuestionBank = questionBank,
  reasons: ReasonTexts = reasonTexts,
): Evaluation {
  const scored = scoreAnswers(answers, bank);
  const points = sumPoints(scored);
  const productShare = shareOf(points, sumReach(scored));
  const track = trackOf(points, scored);
  const strength = strengthOf(productShare);
  const confidence = confidenceOf(scored, track);
  return {
    track,
    productShare,
    strength,
    confidence,
    confidenceNote: describeConfidence(confidence, scored.length),
    summary: summaryOf(strength, track, scored.length),
    answered: scored.length,
    total: bank.questions.length,
    dimensions: dimensionScores(scored, bank),
    reasons: reasonsOf(scored, reasons),
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
 * null when it is balanced (or unanswered, which scores 0).
 */
export function dimensionLean(
  dimension: DimensionScore,
): { toward: Track; strongly: boolean; pole: string } | null {
  const size = Math.abs(dimension.score);
  if (size < dimensionBands.balanced) return null;
  const toward: Track = dimension.score > 0 ? 'product' : 'project';
  const pole = toward === 'product' ? dimension.productPole : dimension.projectPole;
  return {
    toward,
    strongly: size >= dimensionBands.strong,
    pole: `${pole.charAt(0).toLowerCase()}${pole.slice(1)}`,
  };
}

/** A dimension score in plain words, naming the pole it leans to. */
export function describeDimension(dimension: DimensionScore): { toward: Track | null; text: string } {
  if (dimension.answered === 0) return { toward: null, text: 'Not answered yet' };
  const lean = dimensionLean(dimension);
  if (!lean) return { toward: null, text: 'Balanced between the two' };
  return { toward: lean.toward, text: `${lean.strongly ? 'Strongly toward' : 'Leans toward'} ${lean.pole}` };
}
