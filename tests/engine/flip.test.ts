import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closestFlip,
  evaluate,
  isScored,
  otherTrack,
  questionBank,
  smallFlip,
} from '../../src/engine/index.ts';
import type { Answers } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { answersToward, strongestOption } from './answers.ts';
import { fixtureBank } from './fixture-bank.ts';

function applyChanges(answers: Answers, changes: readonly { questionId: string; toOptionId: string }[]) {
  return {
    ...answers,
    ...Object.fromEntries(changes.map((change) => [change.questionId, change.toOptionId])),
  };
}

/** Every subset of `items` of exactly `size` elements. */
function* subsets<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let index = start; index <= items.length - size; index++) {
    for (const rest of subsets(items, size - 1, index + 1)) yield [items[index] as T, ...rest];
  }
}

/** Up to seven answered questions with any options: small enough to search every smaller flip. */
const smallAnswerSets = fc
  .subarray([...questionBank.questions], { minLength: 1, maxLength: 7 })
  .chain((chosen) =>
    fc
      .tuple(...chosen.map((question) => fc.constantFrom(...question.options.map((option) => option.id))))
      .map((optionIds) =>
        Object.fromEntries(chosen.map((question, index) => [question.id, optionIds[index] ?? ''])),
      ),
  );

describe('closestFlip', () => {
  it('has nothing to change without answers', () => {
    expect(closestFlip({})).toBeNull();
  });

  it('really flips the result, changing only answers the person gave', () => {
    fc.assert(
      fc.property(smallAnswerSets, (answers) => {
        const flip = closestFlip(answers);
        if (!flip) return;
        expect(flip.flipsTo).toBe(otherTrack(evaluate(answers).track));
        expect(evaluate(applyChanges(answers, flip.changes)).track).toBe(flip.flipsTo);
        for (const change of flip.changes) {
          expect(answers[change.questionId]).toBe(change.fromOptionId);
          expect(change.toOptionId).not.toBe(change.fromOptionId);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is exact: where it says so, no smaller set of changes flips the result', () => {
    fc.assert(
      fc.property(smallAnswerSets, (answers) => {
        const flip = closestFlip(answers);
        if (!flip?.exact) return;
        const answered = Object.keys(answers).map((id) =>
          questionBank.questions.find((question) => question.id === id),
        );
        // The strongest answer toward the other track moves furthest, so trying it alone is enough.
        for (const subset of subsets(answered, flip.changes.length - 1)) {
          const changed = applyChanges(
            answers,
            subset.map((question) => ({
              questionId: question?.id ?? '',
              toOptionId: question ? strongestOption(question, flip.flipsTo) : '',
            })),
          );
          expect(evaluate(changed).track).not.toBe(flip.flipsTo);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('softens each change to the mildest answer that still flips', () => {
    // One product-leaning answer; the mildest project answer that overturns it is enough.
    const flip = closestFlip({ 'engineer-both-teams-need': 'weigh-what-it-is-worth' });
    expect(flip?.changes).toEqual([
      expect.objectContaining({
        questionId: 'engineer-both-teams-need',
        fromOptionId: 'weigh-what-it-is-worth',
        toOptionId: 'book-by-need-date',
      }),
    ]);
    expect(flip && translate(flip.summary)).toBe(
      'If you had answered this one question another way, Technical Project Manager would come out ahead.',
    );
  });

  it('says plainly when no small change would flip a clear lean', () => {
    const flip = closestFlip(answersToward('project', questionBank.questions.filter(isScored)));
    expect(flip?.settled).toBe(true);
    expect(flip?.changes.length).toBeGreaterThan(smallFlip);
    expect(flip && translate(flip.summary)).toMatch(
      /^No small change would flip your result\. Technical Product Manager would come out ahead only if you changed at least \d+ of your 36 answers\.$/,
    );
  });
});

describe('closestFlip: the mildest change, and when a change is small', () => {
  it('softens a change toward product to the mildest product answer', () => {
    const flip = closestFlip({ s1: 'mild-project' }, fixtureBank);
    expect(flip).toMatchObject({
      flipsTo: 'product',
      changes: [{ questionId: 's1', toOptionId: 'mild-product' }],
      exact: true,
      settled: false,
    });
    expect(flip && translate(flip.summary)).toBe(
      'If you had answered this one question another way, Technical Product Manager would come out ahead.',
    );
  });

  it(`counts ${smallFlip} changes as small, and more as settled`, () => {
    // Two choices and two situations all fully product: 6 + 6 + 8 + 8 = 28 points.
    const fourStrong = { c1: 'product', c2: 'product', s1: 'strong-product', s2: 'strong-product' };
    const flip = closestFlip(fourStrong, fixtureBank);
    expect(flip?.changes.length).toBeLessThanOrEqual(smallFlip);
    expect(flip?.settled).toBe(false);
    const everything = answersToward('product', fixtureBank.questions.filter(isScored));
    const settled = closestFlip(everything, fixtureBank);
    expect(settled?.settled).toBe(true);
    expect(settled && translate(settled.summary)).toMatch(
      /^No small change would flip your result\. Technical Project Manager would come out ahead only if you changed at least \d+ of your 14 answers\.$/,
    );
  });
});
