import { describe, expect, it } from 'vitest';
import { closestFlip, questionBank, smallFlip } from '../../src/engine/index.ts';

const strongestProduct = (count: number) =>
  Object.fromEntries(
    questionBank.questions
      .slice(0, count)
      .map((question) => [question.id, question.options.find((option) => option.lean === 2)?.id ?? '']),
  );

describe('closestFlip: edges', () => {
  it('says a flip may not be the smallest when one fewer change would only have tied', () => {
    // Two equal statements; overturning the first alone ties, and the tie goes back to product on the
    // direction statement, so both must change, and the direction one only softly.
    const flip = closestFlip({ 'support-tickets': 'strongly-agree', 'blank-page': 'strongly-agree' });
    expect(flip).toEqual({
      flipsTo: 'project',
      changes: [
        {
          questionId: 'support-tickets',
          prompt: questionBank.questions[1]?.prompt,
          fromOptionId: 'strongly-agree',
          fromLabel: 'Strongly agree',
          toOptionId: 'strongly-disagree',
          toLabel: 'Strongly disagree',
        },
        expect.objectContaining({
          questionId: 'blank-page',
          fromOptionId: 'strongly-agree',
          toOptionId: 'agree',
          toLabel: 'Agree',
        }),
      ],
      exact: false,
      settled: false,
      summary:
        'Had you answered these 2 questions differently, Technical Project Manager would come out ahead.',
    });
  });

  it('says so too when flipping toward product', () => {
    const flip = closestFlip({ 'support-tickets': 'strongly-disagree', 'blank-page': 'strongly-disagree' });
    expect(flip).toMatchObject({
      flipsTo: 'product',
      changes: [
        { questionId: 'support-tickets', toOptionId: 'strongly-agree' },
        { questionId: 'blank-page', toOptionId: 'disagree' },
      ],
      exact: false,
      summary:
        'Had you answered these 2 questions differently, Technical Product Manager would come out ahead.',
    });
  });

  it('softens a change to the neutral middle when the tie rule then decides the other way', () => {
    // +2 overall; the statement moved to neutral leaves an exact tie, which direction (-6) gives to project.
    const flip = closestFlip({
      'free-afternoon': 'untangle-schedule',
      'support-tickets': 'strongly-agree',
      'join-sales-call': 'strongly-agree',
      'answer-for-product': 'agree',
    });
    expect(flip).toMatchObject({
      flipsTo: 'project',
      changes: [
        {
          questionId: 'support-tickets',
          fromOptionId: 'strongly-agree',
          toOptionId: 'neutral',
          toLabel: 'Neither agree nor disagree',
        },
      ],
      exact: true,
    });
  });

  it('softens a change toward product to the mildest product answer', () => {
    expect(closestFlip({ 'payments-launch': 'sequence-teams' })).toMatchObject({
      flipsTo: 'product',
      changes: [{ questionId: 'payments-launch', toOptionId: 'order-features' }],
      exact: true,
      settled: false,
      summary:
        'Had you answered this one question differently, Technical Product Manager would come out ahead.',
    });
  });

  it(`counts ${smallFlip} changes as small, and one more as settled`, () => {
    const three = closestFlip(strongestProduct(6));
    expect(three).toMatchObject({
      settled: false,
      exact: true,
      summary:
        'Had you answered these 3 questions differently, Technical Project Manager would come out ahead.',
    });
    expect(three?.changes).toHaveLength(3);
    const four = closestFlip(strongestProduct(8));
    expect(four).toMatchObject({
      settled: true,
      summary:
        'No small change would flip your result: Technical Project Manager would come out ahead only if you changed at least 4 of your 8 answers.',
    });
    expect(four?.changes).toHaveLength(4);
  });
});
