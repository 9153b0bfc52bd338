import { questionBank } from './bank/index.ts';
import type { Answers, QuestionBank } from './types.ts';

/** A synthetic person: how far they lean (+1 fully product, -1 fully project) and how carelessly they answer. */
export interface Respondent {
  lean: number;
  /** Share of answers replaced by a uniformly random option. */
  noise: number;
  /** Spread of each answer around the person's lean, in option points (0 answers like a robot). */
  wobble: number;
}

/** The respondents the audits use: a clear, a slight and no lean, each way. */
export const respondentProfiles = {
  clearProduct: { lean: 0.8, noise: 0.2, wobble: 0.8 },
  clearProject: { lean: -0.8, noise: 0.2, wobble: 0.8 },
  slightProduct: { lean: 0.3, noise: 0.2, wobble: 0.8 },
  slightProject: { lean: -0.3, noise: 0.2, wobble: 0.8 },
  even: { lean: 0, noise: 0.2, wobble: 0.8 },
} as const satisfies Record<string, Respondent>;

function gaussian(random: () => number): number {
  // Box-Muller; 1 - random() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list.');
  return item;
}

/**
 * Answers every question the way the respondent would: the option nearest their (wobbling) lean,
 * or, for a `noise` share of questions, any option at random.
 * @example simulateRespondent(respondentProfiles.clearProduct, createRandom(1));
 */
export function simulateRespondent(
  respondent: Respondent,
  random: () => number,
  bank: QuestionBank = questionBank,
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of bank.questions) {
    if (random() < respondent.noise) {
      answers[question.id] = pick(question.options, random).id;
      continue;
    }
    const target = 2 * respondent.lean + respondent.wobble * gaussian(random);
    const distance = (lean: number) => Math.abs(lean - target);
    const nearest = Math.min(...question.options.map((option) => distance(option.lean)));
    answers[question.id] = pick(
      question.options.filter((option) => distance(option.lean) === nearest),
      random,
    ).id;
  }
  return answers;
}

/** A respondent who picks every answer uniformly at random. */
export function randomRespondent(random: () => number, bank: QuestionBank = questionBank): Answers {
  return simulateRespondent({ lean: 0, noise: 1, wobble: 0 }, random, bank);
}
