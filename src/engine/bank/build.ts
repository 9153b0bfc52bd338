import { msg } from '@lingui/core/macro';
import type {
  AgreementQuestion,
  Attribute,
  BackgroundQuestion,
  ChoiceQuestion,
  DimensionId,
  Evidence,
  InterestQuestion,
  LeaningOption,
  Lean,
  Message,
  Option,
  ReasonText,
  SeedFile,
  Track,
} from '../types.ts';

// Why these weights: see docs/scoring.md ("Weights"). Whole numbers keep every sum exact.
export const kindWeights = { interest: 2, agreement: 2, choice: 3, scenario: 4, background: 0 } as const;

const agreementScale = [
  { id: 'strongly-disagree', label: msg`Strongly disagree` },
  { id: 'disagree', label: msg`Disagree` },
  { id: 'neutral', label: msg`Neither agree nor disagree` },
  { id: 'agree', label: msg`Agree` },
  { id: 'strongly-agree', label: msg`Strongly agree` },
] as const;

const agreementLeans: readonly Lean[] = [-2, -1, 0, 1, 2];

/** The comparison article (seed 000): its tables list each role's skills, tools and duties. */
const comparisonArticle: SeedFile = '000_0bce19b767154173.txt';
/** The key-differences article (seed 002): goals, metrics, partners and career paths. */
const differencesArticle: SeedFile = '002_3df570e5d625a93c.txt';

/**
 * Evidence from the comparison article; `quote` must appear in it word for word, and `translation` is
 * the same words as a message (`msg` of the quote), which a test checks.
 */
export function fromComparison(quote: string, translation: Message): Evidence {
  return { seed: comparisonArticle, quote, translation };
}

/** Evidence from the key-differences article; `quote` and `translation` as for `fromComparison`. */
export function fromDifferences(quote: string, translation: Message): Evidence {
  return { seed: differencesArticle, quote, translation };
}

/** How much a person would enjoy an activity, from least to most, as the O*NET Interest Profiler asks. */
export const enjoymentScale = [
  { id: 'not-at-all', label: msg`Not at all` },
  { id: 'a-little', label: msg`A little` },
  { id: 'somewhat', label: msg`Somewhat` },
  { id: 'a-lot', label: msg`A lot` },
  { id: 'very-much', label: msg`Very much` },
] as const;

/** Leans of the enjoyment scale, least to most, for an activity of product work. */
const productEnjoymentLeans: readonly Lean[] = [-2, -1, 0, 1, 2];

interface QuestionText {
  id: string;
  dimension: DimensionId;
  prompt: Message;
  covers: readonly Attribute[];
}

/** What supports one direction of a question: a source and one plain sentence for the method page. */
export interface Keying {
  evidence: Evidence;
  why: Message;
}

/** What a result says about each side of an agreement statement: agreeing, and disagreeing. */
export interface AgreementReasons {
  agree: ReasonText;
  disagree: ReasonText;
}

/**
 * What a result says about an interest item: enjoying the activity ("A lot", "Very much"), and not
 * enjoying it much ("Not at all", "A little").
 */
export interface InterestReasons {
  enjoy: ReasonText;
  dislike: ReasonText;
}

/** Why an interest item's answers count, for an activity of each role, each sentence whole. */
const interestWhy: Record<Track, { enjoy: Message; dislike: Message }> = {
  product: {
    enjoy: msg({
      message: `This is product work, so enjoying it counts toward product.`,
      comment: 'On the method page: why this answer counts the way it does',
    }),
    dislike: msg({
      message: `This is product work, so not enjoying it counts toward project.`,
      comment: 'On the method page: why this answer counts the way it does',
    }),
  },
  project: {
    enjoy: msg({
      message: `This is project work, so enjoying it counts toward project.`,
      comment: 'On the method page: why this answer counts the way it does',
    }),
    dislike: msg({
      message: `This is project work, so not enjoying it counts toward product.`,
      comment: 'On the method page: why this answer counts the way it does',
    }),
  },
};

/**
 * A statement rated from "Strongly disagree" to "Strongly agree"; agreeing points to `keyedToward`.
 * `keys.agree` supports the agreeing answers, `keys.disagree` the disagreeing ones. A statement written
 * as one of a pair that asks the same thing in opposite words names the other in `mirrorOf`.
 */
export function agreement(
  keyedToward: Track,
  text: QuestionText & { mirrorOf?: string; reasons: AgreementReasons },
  keys: { agree: Keying; disagree: Keying },
): AgreementQuestion {
  const { reasons, ...rest } = text;
  const sign = keyedToward === 'product' ? 1 : -1;
  const options: Option[] = agreementScale.map((step, index) => {
    const stepLean = agreementLeans[index] ?? 0;
    const lean = (stepLean * sign || 0) as Lean;
    if (lean === 0) return { ...step, lean };
    const side = stepLean > 0 ? 'agree' : 'disagree';
    return { ...step, lean, ...keys[side], reason: reasons[side] };
  });
  return { ...rest, kind: 'agreement', keyedToward, weight: kindWeights.agreement, options };
}

/**
 * One everyday activity of one role, rated on the enjoyment scale from least to most. Enjoying it
 * points to `role`; not enjoying it points, less surely, to the other role. The same evidence, that the
 * activity belongs to `role`, stands behind every answer that leans.
 */
export function interest(
  role: Track,
  text: QuestionText & { evidence: Evidence; reasons: InterestReasons },
): InterestQuestion {
  const { evidence, reasons, ...rest } = text;
  const sign = role === 'product' ? 1 : -1;
  const { enjoy: enjoyWhy, dislike: dislikeWhy } = interestWhy[role];
  const options: Option[] = enjoymentScale.map((step, index) => {
    const stepLean = productEnjoymentLeans[index] ?? 0;
    const lean = (stepLean * sign || 0) as Lean;
    if (lean === 0) return { ...step, lean };
    const enjoyed = stepLean > 0;
    return {
      ...step,
      lean,
      evidence,
      why: enjoyed ? enjoyWhy : dislikeWhy,
      reason: enjoyed ? reasons.enjoy : reasons.dislike,
    };
  });
  return { ...rest, kind: 'interest', role, weight: kindWeights.interest, options };
}

/** A forced choice between two activities; exactly one leans each way, fully, and each gives its own reason. */
export function choice(text: QuestionText, options: readonly [LeaningOption, LeaningOption]): ChoiceQuestion {
  return { ...text, kind: 'choice', weight: kindWeights.choice, options };
}

/** A workplace situation with three or four courses of action, each leaning option with its own reason. */
export function scenario(text: QuestionText, options: readonly Option[]): ChoiceQuestion {
  return { ...text, kind: 'scenario', weight: kindWeights.scenario, options };
}

/**
 * An optional question about the person, asked after the quiz and never scored: weight 0, every option
 * lean 0, no attribute covered. It sits under "Where you want to grow" only because every question
 * needs a dimension; with no weight it moves no score there.
 */
export function background(text: {
  id: string;
  prompt: Message;
  use: Message;
  options: readonly { id: string; label: Message }[];
}): BackgroundQuestion {
  return {
    ...text,
    kind: 'background',
    dimension: 'career',
    weight: kindWeights.background,
    covers: [],
    options: text.options.map((option) => ({ ...option, lean: 0 as const })),
  };
}
