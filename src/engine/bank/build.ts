import type { Attribute, DimensionId, Lean, Option, Question, Track } from '../types.ts';

// Why these weights: see docs/scoring.md ("Weights"). Whole numbers keep every sum exact.
export const kindWeights = { interest: 2, agreement: 2, choice: 3, scenario: 4, background: 0 } as const;

const agreementScale = [
  { id: 'strongly-disagree', label: 'Strongly disagree' },
  { id: 'disagree', label: 'Disagree' },
  { id: 'neutral', label: 'Neither agree nor disagree' },
  { id: 'agree', label: 'Agree' },
  { id: 'strongly-agree', label: 'Strongly agree' },
] as const;

const agreementLeans: readonly Lean[] = [-2, -1, 0, 1, 2];

interface QuestionText {
  id: string;
  dimension: DimensionId;
  prompt: string;
  covers: readonly Attribute[];
}

/** A statement rated from "Strongly disagree" to "Strongly agree"; agreeing points to `keyedToward`. */
export function agreement(keyedToward: Track, text: QuestionText): Question {
  const sign = keyedToward === 'product' ? 1 : -1;
  const options: Option[] = agreementScale.map((step, index) => ({
    ...step,
    lean: ((agreementLeans[index] ?? 0) * sign || 0) as Lean,
  }));
  return { ...text, kind: 'agreement', keyedToward, weight: kindWeights.agreement, options };
}

/** A forced choice between two activities; exactly one leans each way, fully. */
export function choice(text: QuestionText, options: readonly [Option, Option]): Question {
  return { ...text, kind: 'choice', weight: kindWeights.choice, options };
}

/** A workplace situation with three or four courses of action. */
export function scenario(text: QuestionText, options: readonly Option[]): Question {
  return { ...text, kind: 'scenario', weight: kindWeights.scenario, options };
}
