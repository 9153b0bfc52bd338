import { describe, expect, it } from 'vitest';
import {
  evaluate,
  isScored,
  neighbourProfileOf,
  questionBank,
  skillOrder,
  skillsToBuild,
} from '../../src/engine/index.ts';
import { answersToward } from './answers.ts';
import { fixtureBank, rateEveryTask } from './fixture-bank.ts';

describe('neighbourProfileOf', () => {
  it.each([
    { rating: 'very-much', profile: 'both-appeal' },
    { rating: 'not-at-all', profile: 'neither-pulls' },
    { rating: 'somewhat', profile: null },
  ] as const)('points someone who rates every task "$rating" to $profile', ({ rating, profile }) => {
    expect(neighbourProfileOf(evaluate(rateEveryTask(rating), fixtureBank))).toBe(profile);
  });

  it('keeps a one-sided profile on the two roles themselves', () => {
    expect(neighbourProfileOf({ interestPattern: 'product' })).toBeNull();
    expect(neighbourProfileOf({ interestPattern: 'unknown' })).toBeNull();
  });
});

describe('skillOrder', () => {
  // direction +1 (c1), compass -0.5 (s1 mildly project), measure -1 (s2 fully project); the rest unanswered.
  const result = evaluate({ c1: 'product', s1: 'mild-project', s2: 'strong-project' }, fixtureBank);

  it('puts the themes that leaned least toward product first when building toward product', () => {
    expect(skillOrder(result, 'product').slice(0, 2)).toEqual(['measure', 'compass']);
    expect(skillOrder(result, 'product').at(-1)).toBe('direction');
  });

  it('reverses for project, keeping the bank order between equal themes', () => {
    const order = skillOrder(result, 'project');
    expect(order[0]).toBe('direction');
    expect(order.at(-1)).toBe('measure');
    expect(order).toHaveLength(result.dimensions.length);
  });
});

describe('skillsToBuild', () => {
  // Every answer at full strength toward product: each theme leans strongly toward it.
  const result = evaluate(answersToward('product', questionBank.questions.filter(isScored)));

  it('leaves out the themes that already lean strongly toward the role, and keeps the weakest first', () => {
    expect(skillsToBuild(result, 'product')).toEqual({
      toBuild: [],
      strongAlready: skillOrder(result, 'product'),
    });
    expect(skillsToBuild(result, 'project')).toEqual({
      toBuild: skillOrder(result, 'project'),
      strongAlready: [],
    });
  });
});
