import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/translate.ts';
import { careerContent, claimsIn } from './career-content.ts';
import { gradeOf, sentencesOf, syllablesOf, wordsOf } from './readability.ts';

/** Highest Flesch–Kincaid grade any one sentence may have, and the highest mean over all of them. */
const maxSentenceGrade = 8;
const maxMeanGrade = 6;

const sentences = claimsIn(careerContent).flatMap(({ path, value }) =>
  sentencesOf(translate(value.text)).map((sentence) => ({ path, sentence, grade: gradeOf(sentence) })),
);

describe('the reading-level measure', () => {
  it('counts words and syllables as a reader says them', () => {
    expect(wordsOf('They plan, track and report.')).toEqual(['They', 'plan', 'track', 'and', 'report']);
    expect(syllablesOf('PMP')).toBe(3);
    expect(syllablesOf('PMI-ACP')).toBe(6);
    expect(syllablesOf('PRINCE2')).toBe(2);
    expect(syllablesOf('$94,500')).toBe(2);
    expect(syllablesOf('certification')).toBe(5);
  });

  it('grades a plain sentence low and a dense one high, so the limits can fail', () => {
    expect(gradeOf('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
    const dense =
      'Comprehensive organizational accountability necessitates continuous stakeholder communication ' +
      'regarding prioritization methodologies and implementation considerations.';
    expect(gradeOf(dense)).toBeGreaterThan(maxSentenceGrade);
    expect(gradeOf('Plan it. Ship it. Check it.')).toBeLessThan(maxMeanGrade);
  });
});

describe('career content reading level', () => {
  it('has sentences to measure', () => {
    expect(sentences.length).toBeGreaterThan(150);
  });

  it(`keeps every sentence at grade ${maxSentenceGrade} or below`, () => {
    const tooHard = sentences
      .filter(({ grade }) => grade > maxSentenceGrade)
      .map(({ path, sentence, grade }) => `${grade.toFixed(1)} ${path}: ${sentence}`);
    expect(tooHard).toEqual([]);
  });

  it(`keeps the mean grade across all sentences at ${maxMeanGrade} or below`, () => {
    const mean = sentences.reduce((sum, { grade }) => sum + grade, 0) / sentences.length;
    expect(mean).toBeLessThanOrEqual(maxMeanGrade);
  });

  it('ends every sentence with a full stop, a question mark or an exclamation mark', () => {
    const unfinished = sentences.filter(({ sentence }) => !/[.!?]$/.test(sentence)).map(({ path }) => path);
    expect(unfinished).toEqual([]);
  });
});
