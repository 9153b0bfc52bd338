import { describe, expect, it } from 'vitest';
import { compareEvaluations, evaluate, questionBank } from '../../src/engine/index.ts';
import { answersToward } from './answers.ts';

describe('compareEvaluations', () => {
  it('finds no differences between two identical results', () => {
    const result = evaluate(answersToward('product'));
    const comparison = compareEvaluations(result, result);
    expect(comparison.biggestDifferences).toEqual([]);
    expect(comparison.shareGap).toBe(0);
    expect(comparison.dimensions.every((dimension) => dimension.gap === 0)).toBe(true);
  });

  it('lists every dimension and the three widest gaps, largest first', () => {
    const product = evaluate(answersToward('product'));
    const project = evaluate(answersToward('project'));
    const comparison = compareEvaluations(product, project);
    expect(comparison.dimensions.map((dimension) => dimension.id)).toEqual(
      questionBank.dimensions.map((dimension) => dimension.id),
    );
    expect(comparison.biggestDifferences).toHaveLength(3);
    expect(comparison.biggestDifferences.map((dimension) => dimension.gap)).toEqual([2, 2, 2]);
    expect(comparison.shareGap).toBe(-100);
  });

  it('ignores gaps too small to matter', () => {
    const base = answersToward('product');
    const nudged = { ...base, 'picture-next-year': 'a-lot' };
    expect(compareEvaluations(evaluate(base), evaluate(nudged)).biggestDifferences).toEqual([]);
  });
});
