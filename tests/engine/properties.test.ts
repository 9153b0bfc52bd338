import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, questionBank, stabilityBands, straightLining } from '../../src/engine/index.ts';
import { recommendedTrack } from '../../src/engine/evaluate.ts';
import { translate } from '../../src/lib/translate.ts';
import { arbitraryAnswers } from './answers.ts';

const runs = { numRuns: 300 };

describe('evaluate: properties', () => {
  it('is deterministic: the same answers always give the same evaluation', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(evaluate(answers)).toEqual(evaluate({ ...answers }));
      }),
      runs,
    );
  });

  it('keeps every figure in bounds: shares, stability and interests in [0, 1], dimensions in [-1, 1]', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = evaluate(answers);
        expect(result.productShare).toBeGreaterThanOrEqual(0);
        expect(result.productShare).toBeLessThanOrEqual(1);
        expect(result.stability).toBeGreaterThanOrEqual(0.5);
        expect(result.stability).toBeLessThanOrEqual(1);
        for (const level of [result.interest.product, result.interest.project]) {
          expect(level).toBeGreaterThanOrEqual(0);
          expect(level).toBeLessThanOrEqual(1);
        }
        for (const dimension of result.dimensions) {
          expect(Math.abs(dimension.score)).toBeLessThanOrEqual(1);
        }
        for (const reason of result.reasons) expect(reason.size).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('does not depend on the order the answers were given in', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.infiniteStream(fc.nat()), (answers, keys) => {
        const entries = Object.entries(answers);
        const shuffled = entries
          .map((entry) => ({ entry, key: keys.next().value }))
          .sort((first, second) => first.key - second.key)
          .map(({ entry }) => entry);
        expect(evaluate(Object.fromEntries(shuffled))).toEqual(evaluate(answers));
      }),
      runs,
    );
  });

  it('is monotone: switching one answer toward product never lowers productShare', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.nat(), (answers, pick) => {
        const answered = questionBank.questions.filter((question) => question.id in answers);
        const question = answered[pick % Math.max(answered.length, 1)];
        const current = question?.options.find((option) => option.id === answers[question.id]);
        if (!question || !current) return;
        const before = evaluate(answers).productShare;
        for (const option of question.options.filter((candidate) => candidate.lean >= current.lean)) {
          expect(evaluate({ ...answers, [question.id]: option.id }).productShare).toBeGreaterThanOrEqual(
            before,
          );
        }
      }),
      runs,
    );
  });

  it('recommends the track its share leans to, whenever the share is not exactly even', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = evaluate(answers);
        if (result.productShare > 0.5) expect(result.track).toBe('product');
        if (result.productShare < 0.5) expect(result.track).toBe('project');
      }),
      runs,
    );
  });

  it('gives the same track through recommendedTrack as through evaluate', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(recommendedTrack(answers)).toBe(evaluate(answers).track);
      }),
      runs,
    );
  });

  it('flags straight-lining whenever enough choices and statements all sit on the first, or all on the last, option', () => {
    const choicesAndStatements = questionBank.questions.filter(
      (question) => question.kind !== 'interest' && question.kind !== 'background',
    );
    fc.assert(
      fc.property(
        fc.subarray(choicesAndStatements, { minLength: straightLining.minimumAnswers }),
        fc.boolean(),
        (questions, first) => {
          const answers = Object.fromEntries(
            questions.map((question) => [
              question.id,
              (first ? question.options[0] : question.options.at(-1))?.id ?? '',
            ]),
          );
          expect(evaluate(answers).cautions.map((caution) => caution.code)).toContain('straight-lining');
        },
      ),
      runs,
    );
  });

  it('calls a result a close call exactly when its stability is below 0.9, and clear from 0.95', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = evaluate(answers);
        expect(result.strength === 'close').toBe(result.stability < stabilityBands.moderate);
        expect(result.strength === 'clear').toBe(result.stability >= stabilityBands.clear);
        expect(translate(result.summary).startsWith('A close call')).toBe(
          result.strength === 'close' && result.answered > 0,
        );
      }),
      runs,
    );
  });
});
