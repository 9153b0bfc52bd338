import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { Caution, CautionCode } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { fixtureBank, rateEveryTask } from './fixture-bank.ts';

/** The sentence a caution says to the person, in English; undefined when that caution was not raised. */
function sentenceOf(cautions: readonly Caution[], code: CautionCode): string | undefined {
  const caution = cautions.find((candidate) => candidate.code === code);
  return caution && translate(caution.message);
}

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

  it('says what happened: agreeing with both statements, quoted as the person read them', () => {
    const { cautions } = evaluate(
      { 'decide-over-plan': 'agree', 'plan-over-decide': 'strongly-agree' },
      fixtureBank,
    );
    const caution = cautions.find((found) => found.code === 'inconsistent');
    expect(caution).toMatchObject({ side: 'agreed' });
    expect(caution?.code === 'inconsistent' && caution.statements.map(translate)).toEqual([
      'Statement decide-over-plan',
      'Statement plan-over-decide',
    ]);
    expect(sentenceOf(cautions, 'inconsistent')).toBe(
      'You agreed with both of two statements that say opposite things: “Statement decide-over-plan” and “Statement plan-over-decide”. The two answers cancel out in the result.',
    );
  });

  it('names disagreeing with both as disagreeing', () => {
    const { cautions } = evaluate(
      { 'decide-over-plan': 'strongly-disagree', 'plan-over-decide': 'disagree' },
      fixtureBank,
    );
    expect(sentenceOf(cautions, 'inconsistent')).toMatch(/^You disagreed with both of two statements/);
  });

  it('never flags someone who enjoys every task of both roles and splits the choices evenly, beyond saying the ratings were all the same', () => {
    const answers = {
      ...rateEveryTask('very-much'),
      ...choicesSplitEvenly,
      'decide-over-plan': 'neutral',
      'plan-over-decide': 'neutral',
    };
    expect(codes(answers)).toEqual(['same-rating']);
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
    expect(sentenceOf(cautions, 'straight-lining')).toBe(
      'You picked the first option on 6 of 6 choices and statements. So the order of the options may have shaped your result as much as your views did.',
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
    expect(cautions[0]?.code).toBe('incomplete');
    expect(sentenceOf(cautions, 'incomplete')).toMatch(/^You answered 1 of 14 questions\./);
  });
});

describe('cautions: the same rating for every task', () => {
  it('says so, naming the rating, once six or more tasks are rated alike', () => {
    const { cautions } = evaluate({ ...rateEveryTask('a-lot'), ...choicesSplitEvenly }, fixtureBank);
    const caution = cautions.find((found) => found.code === 'same-rating');
    expect(caution).toMatchObject({ count: 8 });
    expect(caution?.code === 'same-rating' && translate(caution.rating)).toBe('a-lot');
    expect(sentenceOf(cautions, 'same-rating')).toBe(
      'You gave all 8 tasks the same rating, “a-lot”. So your ratings cannot show which work you enjoy more, and your result rests on your other answers.',
    );
  });

  it('says nothing when one rating differs, or fewer than six tasks are rated', () => {
    expect(codes({ ...rateEveryTask('a-lot'), p1: 'somewhat' })).not.toContain('same-rating');
    expect(codes({ p1: 'a-lot', j1: 'a-lot', p2: 'a-lot', j2: 'a-lot' })).not.toContain('same-rating');
  });
});
