import { describe, expect, it } from 'vitest';
import { createRandom, evaluate } from '../../../src/engine/index.ts';
import {
  drawPerson,
  makePerson,
  populationStyle,
  randomRespondent,
  sitQuiz,
} from '../../../src/engine/tooling/simulate.ts';
import type { ResponseStyle } from '../../../src/engine/tooling/simulate.ts';
import { fixtureBank } from '../fixture-bank.ts';

const scoredIds = fixtureBank.questions
  .filter((question) => question.kind !== 'background')
  .map((question) => question.id);
const steady: ResponseStyle = { takeSpread: 0, wobble: 0, occasion: 0, careless: 0 };

function retestCorrelation(style: ResponseStyle, people: number): number {
  const random = createRandom(5);
  const pairs = Array.from({ length: people }, () => {
    const person = drawPerson(style, random, fixtureBank);
    return [0, 1].map(() => evaluate(sitQuiz(person, style, random, fixtureBank), fixtureBank).productShare);
  });
  const mean = (index: number) => pairs.reduce((sum, pair) => sum + (pair[index] ?? 0), 0) / pairs.length;
  const [first, second] = [mean(0), mean(1)];
  let product = 0;
  let firstSquares = 0;
  let secondSquares = 0;
  for (const [a = 0, b = 0] of pairs) {
    product += (a - first) * (b - second);
    firstSquares += (a - first) ** 2;
    secondSquares += (b - second) ** 2;
  }
  return product / Math.sqrt(firstSquares * secondSquares);
}

describe('sitQuiz: one sitting of a simulated person', () => {
  it('answers every scored question and leaves the optional one alone', () => {
    const random = createRandom(1);
    const answers = sitQuiz(
      drawPerson(populationStyle, random, fixtureBank),
      populationStyle,
      random,
      fixtureBank,
    );
    expect(Object.keys(answers).sort()).toEqual([...scoredIds].sort());
  });

  it('rates tasks near four times the interest, and chooses near twice the lean, when nothing scatters', () => {
    const random = createRandom(2);
    const person = makePerson(
      { interest: { product: 1, project: 0.5 }, lean: -1 },
      steady,
      random,
      fixtureBank,
    );
    const answers = sitQuiz(person, steady, random, fixtureBank);
    expect(answers).toMatchObject({ p1: 'very-much', j1: 'somewhat', c1: 'project', s1: 'strong-project' });
    // The statement keyed to product is disagreed with strongly; its mirror, keyed to project, agreed with.
    expect(answers).toMatchObject({
      'decide-over-plan': 'strongly-disagree',
      'plan-over-decide': 'strongly-agree',
    });
  });

  it('gives the same answers for the same seed', () => {
    const sit = () => {
      const random = createRandom(3);
      return sitQuiz(drawPerson(populationStyle, random, fixtureBank), populationStyle, random, fixtureBank);
    };
    expect(sit()).toEqual(sit());
  });

  it('varies from one sitting to the next as much as its style says: more shift, a lower retest correlation', () => {
    const calm = retestCorrelation({ ...populationStyle, occasion: 0 }, 400);
    const moody = retestCorrelation({ ...populationStyle, occasion: 0.5 }, 400);
    expect(calm).toBeGreaterThan(moody + 0.1);
  });

  it('answers at random when careless, covering every option of a question', () => {
    const random = createRandom(4);
    const seen = new Set(Array.from({ length: 200 }, () => randomRespondent(random, fixtureBank).s1));
    expect(seen).toEqual(new Set(['strong-product', 'mild-product', 'mild-project', 'strong-project']));
  });
});
