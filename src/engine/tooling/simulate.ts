// Simulated people for the audit: a model of how answers arise and how they vary between two
// sittings. It checks reliability (would the answer hold on a retake?), never validity. See
// docs/scoring.md ("The retake model") and docs/validity.md.
import { questionBank } from '../bank/index.ts';
import type { Answers, Question, QuestionBank } from '../types.ts';

/** A simulated person: what they like, fixed across sittings. */
export interface Person {
  /** How much each role's everyday work appeals, in [0, 1]. */
  interest: { product: number; project: number };
  /** Relative preference for choices and statements, from -1 (project) to +1 (product). */
  lean: number;
  /** The person's own take on each question, in option points, the same at every sitting. */
  takes: ReadonlyMap<string, number>;
  /**
   * Response style, in option points, the same at every sitting: how far the person moves every rating
   * and statement toward "agree" or "very much" whatever it says (acquiescence), and how far they stretch
   * every rating away from the middle of its scale (1 is not at all).
   */
  acquiescence?: number;
  extremity?: number;
}

/** How answers scatter around what a person likes. */
export interface ResponseStyle {
  /** Spread of a person's stable take on each question, in option points. */
  takeSpread: number;
  /** Spread of the fresh noise on each answer at each sitting, in option points. */
  wobble: number;
  /** Spread of the shift in lean from one sitting to the next (mood, the week one had). */
  occasion: number;
  /** Share of answers given at random, as someone clicking through might. */
  careless: number;
  /**
   * How strongly each question follows the person's lean, by question id (1 when absent): items of
   * unequal strength, as real items are.
   */
  itemStrength?: ReadonlyMap<string, number>;
}

/**
 * The style the audit's own population answers in: a stable take on each question, fresh noise on each
 * answer, and a shift from one sitting to the next. In this population, whose leans spread evenly from
 * one role to the other, the whole quiz's retest correlation is about 0.84; the other response processes
 * (response-processes.ts) bring it down to 0.6–0.8 (docs/validity.md, "Response processes").
 */
export const populationStyle: ResponseStyle = { takeSpread: 0.6, wobble: 0.5, occasion: 0.25, careless: 0 };

export function gaussian(random: () => number): number {
  // Box-Muller; 1 - random() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list.');
  return item;
}

// A mirrored pair asks one thing twice, so a person holds one take on both.
const takeKey = (question: Question) =>
  question.mirrorOf && question.mirrorOf < question.id ? question.mirrorOf : question.id;

/** A person with the given interests and lean, and takes drawn for every question. */
export function makePerson(
  traits: { interest: { product: number; project: number }; lean: number },
  style: ResponseStyle,
  random: () => number,
  bank: QuestionBank = questionBank,
): Person {
  const takes = new Map<string, number>();
  for (const question of bank.questions) {
    const key = takeKey(question);
    if (!takes.has(key)) takes.set(key, style.takeSpread * gaussian(random));
  }
  return { ...traits, takes };
}

/**
 * Someone from the audit's population: every lean from -1 to +1 equally common, and an overall
 * liking for this kind of work, uniform in [0, 1], that both interests share. So people who like
 * both roles, or neither, are as common as anyone else.
 */
export function drawPerson(
  style: ResponseStyle,
  random: () => number,
  bank: QuestionBank = questionBank,
): Person {
  const lean = 2 * random() - 1;
  const liking = random();
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return makePerson(
    { interest: { product: clamp(liking + lean / 2), project: clamp(liking - lean / 2) }, lean },
    style,
    random,
    bank,
  );
}

/** Keeps a value in [0, 1]. */
export function clampUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function nearestOption(
  question: Question,
  target: number,
  value: (index: number) => number,
  random: () => number,
) {
  const distances = question.options.map((_, index) => Math.abs(value(index) - target));
  const nearest = Math.min(...distances);
  return pick(
    question.options.filter((_, index) => distances[index] === nearest),
    random,
  ).id;
}

/**
 * One sitting of the quiz: every scored question answered, the optional ones left alone. An
 * interest item is rated near 4 × the role's interest; a choice or statement goes to the option
 * whose lean is nearest 2 × the lean; both move with this sitting's shift, the person's take and
 * fresh noise.
 * @example Object.keys(sitQuiz(drawPerson(populationStyle, createRandom(1)), populationStyle, createRandom(1))).length; // 36: every scored question
 */
export function sitQuiz(
  person: Person,
  style: ResponseStyle,
  random: () => number,
  bank: QuestionBank = questionBank,
): Record<string, string> {
  const shift = style.occasion * gaussian(random);
  const answers: Record<string, string> = {};
  for (const question of bank.questions) {
    if (question.kind === 'background') continue;
    if (random() < style.careless) {
      answers[question.id] = pick(question.options, random).id;
      continue;
    }
    const noise = (person.takes.get(takeKey(question)) ?? 0) + style.wobble * gaussian(random);
    const strength = style.itemStrength?.get(question.id) ?? 1;
    const acquiescence = person.acquiescence ?? 0;
    const extremity = person.extremity ?? 1;
    if (question.kind === 'interest' && question.role) {
      const sign = question.role === 'product' ? 1 : -1;
      // A rating from 0 to 4 around the middle of the scale, stretched by extreme responding and
      // moved toward "very much" by acquiescence.
      const felt = strength * (4 * person.interest[question.role] - 2) + 2 * sign * shift + noise;
      const target = 2 + extremity * felt + acquiescence;
      answers[question.id] = nearestOption(question, target, (index) => index, random);
    } else if (question.kind === 'agreement') {
      // Leans are read as agreement with the statement: acquiescence moves toward "agree" whichever
      // way the statement is keyed.
      const sign = question.keyedToward === 'project' ? -1 : 1;
      const felt = 2 * strength * (person.lean + shift) + noise;
      const target = sign * (extremity * sign * felt + acquiescence);
      answers[question.id] = nearestOption(
        question,
        target,
        (index) => question.options[index]?.lean ?? 0,
        random,
      );
    } else {
      const target = 2 * strength * (person.lean + shift) + noise;
      answers[question.id] = nearestOption(
        question,
        target,
        (index) => question.options[index]?.lean ?? 0,
        random,
      );
    }
  }
  return answers;
}

/** A respondent who picks every scored answer uniformly at random. */
export function randomRespondent(random: () => number, bank: QuestionBank = questionBank): Answers {
  const answers: Record<string, string> = {};
  for (const question of bank.questions) {
    if (question.kind !== 'background') answers[question.id] = pick(question.options, random).id;
  }
  return answers;
}
