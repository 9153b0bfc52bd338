// Ways people might really answer, for the audit. A retake model checked only against the process that
// set it proves little, so the audit runs its figures under each of these. What each one assumes is
// written in docs/validity.md ("Response processes").
import type { QuestionBank } from '../types.ts';
import { clampUnit, gaussian, makePerson, populationStyle } from './simulate.ts';
import type { Person, ResponseStyle } from './simulate.ts';

export type ProcessId =
  | 'generator'
  | 'clustered-near-even'
  | 'unequal-items'
  | 'acquiescent-extreme'
  | 'interests-apart'
  | 'item-error';

/** How a population answers: who is in it, and how their answers scatter. */
export interface ResponseProcess {
  id: ProcessId;
  /** A short name for the audit's table headings. */
  name: string;
  /** What the process assumes, in one sentence. */
  assumes: string;
  /** The style every sitting of this process answers in, for this bank. */
  style: (bank: QuestionBank, random: () => number) => ResponseStyle;
  /** Someone from the population. */
  drawPerson: (style: ResponseStyle, random: () => number, bank: QuestionBank) => Person;
  /** Someone with no real preference: lean 0 and the same interest in both roles, with this process's style. */
  drawUndecided: (style: ResponseStyle, random: () => number, bank: QuestionBank) => Person;
}

type Traits = { interest: { product: number; project: number }; lean: number };
type Quirks = { acquiescence: number; extremity: number };
const noQuirks = (): Quirks => ({ acquiescence: 0, extremity: 1 });

/** Interests that follow the lean fully, around an overall liking both share (the generator's rule). */
function tiedInterests(lean: number, liking: number): Traits['interest'] {
  return { product: clampUnit(liking + lean / 2), project: clampUnit(liking - lean / 2) };
}

function person(
  traits: Traits,
  quirks: Quirks,
  style: ResponseStyle,
  random: () => number,
  bank: QuestionBank,
): Person {
  return { ...makePerson(traits, style, random, bank), ...quirks };
}

function processOf(
  id: ProcessId,
  name: string,
  assumes: string,
  options: {
    style?: (bank: QuestionBank, random: () => number) => ResponseStyle;
    lean?: (random: () => number) => number;
    interest?: (lean: number, random: () => number) => Traits['interest'];
    quirks?: (random: () => number) => Quirks;
  },
): ResponseProcess {
  const style = options.style ?? (() => populationStyle);
  const drawLean = options.lean ?? ((random: () => number) => 2 * random() - 1);
  const drawInterest =
    options.interest ?? ((lean: number, random: () => number) => tiedInterests(lean, random()));
  const drawQuirks = options.quirks ?? noQuirks;
  return {
    id,
    name,
    assumes,
    style,
    drawPerson: (chosen, random, bank) => {
      const lean = drawLean(random);
      return person({ lean, interest: drawInterest(lean, random) }, drawQuirks(random), chosen, random, bank);
    },
    drawUndecided: (chosen, random, bank) => {
      const liking = random();
      return person(
        { lean: 0, interest: { product: liking, project: liking } },
        drawQuirks(random),
        chosen,
        random,
        bank,
      );
    },
  };
}

/** Each question's strength: log-normal around 1, from weak (about 0.4) to strong (about 2.5). */
function unequalStrengths(bank: QuestionBank, random: () => number): ReadonlyMap<string, number> {
  return new Map(bank.questions.map((question) => [question.id, Math.exp(0.45 * gaussian(random))]));
}

/** The six processes the audit runs, its own first. */
export const responseProcesses: readonly ResponseProcess[] = [
  processOf(
    'generator',
    'the audit’s own population',
    'Leans spread evenly from one role to the other; interests follow the lean around a liking both share; a stable take on each question, fresh noise on each answer and a shift between sittings.',
    {},
  ),
  processOf(
    'clustered-near-even',
    'clustered near an even split',
    'Most people barely lean: leans are normal around zero with a spread of 0.4 (the audit’s own population spreads them evenly from -1 to 1), so retakes decide between the roles far more often.',
    { lean: (random) => Math.max(-1, Math.min(1, 0.4 * gaussian(random))) },
  ),
  processOf(
    'unequal-items',
    'items of unequal strength',
    'Each question follows the lean by its own factor, log-normal around 1 (most between 0.4 and 2.5), the same for everyone, as real items differ in how well they separate people.',
    { style: (_bank, random) => ({ ...populationStyle, itemStrength: unequalStrengths(_bank, random) }) },
  ),
  processOf(
    'acquiescent-extreme',
    'acquiescence with extreme responding',
    'Each person moves every rating and statement toward agreeing by their own amount (normal, spread 0.6 of a scale step) and stretches ratings away from the middle by a factor from 1 to 2.',
    { quirks: (random) => ({ acquiescence: 0.6 * gaussian(random), extremity: 1 + random() }) },
  ),
  processOf(
    'interests-apart',
    'interests only partly tied to choices',
    'How much each role’s tasks appeal follows the lean only half the way; the other half is a liking for each role of its own, so ratings and choices can disagree.',
    {
      interest: (lean, random) => {
        const liking = random();
        const own = () => random() - 0.5;
        return {
          product: clampUnit(liking + lean / 4 + own() / 2),
          project: clampUnit(liking - lean / 4 + own() / 2),
        };
      },
    },
  ),
  processOf(
    'item-error',
    'more error on each answer',
    'Each answer scatters twice as much from one sitting to the next (noise 1.0 of an option point instead of 0.5), and each person’s stable take on a question is half as wide again.',
    { style: () => ({ ...populationStyle, wobble: 1, takeSpread: 0.9 }) },
  ),
];

/** A process by id. */
export function responseProcess(id: ProcessId): ResponseProcess {
  const found = responseProcesses.find((process) => process.id === id);
  if (!found) throw new Error(`No response process "${id}".`);
  return found;
}
