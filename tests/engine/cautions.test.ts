import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { fixtureBank, rateEveryTask } from './fixture-bank.ts';

const codes = (answers: Record<string, string>) =>
  evaluate(answers, fixtureBank).cautions.map((caution) => caution.code);

const choicesSplitEvenly = { c1: 'product', c2: 'project', s1: 'strong-product', s2: 'strong-project' };

describe('cautions: contradictions between mirrored statements', () => {
  it.each([
    { first: 'strongly-agree', second: 'agree', contradicts: true },
    { first: 'agree', second: 'strongly-agree', contradicts: true },
    { first: 'strongly-disagree', second: 'disagree', contradicts: true },
    { first: 'strongly-agree', second: 'strongly-agree', contradicts: true },
    { first: 'agree', second: 'agree', contradicts: false },
    { first: 'strongly-agree', second: 'strongly-disagree', contradicts: false },
    { first: 'neutral', second: 'neutral', contradicts: false },
    { first: 'strongly-agree', second: 'neutral', contradicts: false },
  ])(
    '$first and $second with opposite statements: contradiction $contradicts',
    ({ first, second, contradicts }) => {
      const answers = { 'decide-over-plan': first, 'plan-over-decide': second };
      expect(codes(answers).includes('inconsistent')).toBe(contradicts);
    },
  );

  it('says how many pairs contradict, in plain words', () => {
    const { cautions } = evaluate(
      { 'decide-over-plan': 'agree', 'plan-over-decide': 'strongly-agree' },
      fixtureBank,
    );
    expect(cautions.find((caution) => caution.code === 'inconsistent')?.message).toMatch(
      /^You gave the same answer to two statements that say opposite things\./,
    );
  });

  it('never flags someone who enjoys every task of both roles and splits the choices evenly', () => {
    const answers = {
      ...rateEveryTask('very-much'),
      ...choicesSplitEvenly,
      'decide-over-plan': 'neutral',
      'plan-over-decide': 'neutral',
    };
    expect(codes(answers)).toEqual([]);
  });
});

describe('cautions: straight-lining', () => {
  it('leaves task ratings out: the same rating for every task is a profile', () => {
    const answers = {
      ...rateEveryTask('very-much'),
      ...choicesSplitEvenly,
      'decide-over-plan': 'neutral',
      'plan-over-decide': 'neutral',
    };
    expect(codes(answers)).not.toContain('straight-lining');
  });

  it('flags the first option picked on every choice and statement', () => {
    const answers = {
      ...rateEveryTask('somewhat'),
      c1: 'product',
      c2: 'project',
      s1: 'strong-product',
      s2: 'strong-project',
      'decide-over-plan': 'strongly-disagree',
      'plan-over-decide': 'strongly-disagree',
    };
    const { cautions } = evaluate(answers, fixtureBank);
    expect(cautions.map((caution) => caution.code)).toContain('straight-lining');
    expect(cautions.find((caution) => caution.code === 'straight-lining')?.message).toMatch(
      /^You picked the first option on 6 of 6 questions\./,
    );
  });

  it('needs six choices and statements before it says anything', () => {
    expect(codes({ c1: 'product', c2: 'project', s1: 'strong-product', s2: 'strong-project' })).not.toContain(
      'straight-lining',
    );
  });
});

describe('cautions: an unfinished quiz', () => {
  it('counts scored questions only: the optional question never leaves a quiz unfinished', () => {
    const everything = {
      ...rateEveryTask('a-lot'),
      ...choicesSplitEvenly,
      'decide-over-plan': 'agree',
      'plan-over-decide': 'disagree',
    };
    expect(codes(everything)).not.toContain('incomplete');
    const { cautions } = evaluate({ c1: 'product' }, fixtureBank);
    expect(cautions[0]?.message).toMatch(/^You answered 1 of 14 questions\./);
  });
});
