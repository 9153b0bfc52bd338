import { describe, expect, it } from 'vitest';
import { compareWords, historyWords, trackTitles } from '../../../src/engine/index.ts';
import { translate } from '../../../src/lib/translate.ts';
import { bankTexts, resultSentences } from '../../../src/engine/tooling/person-facing-text.ts';
import {
  fewestWordsToGrade,
  fleschKincaidGrade,
  readingLevelOf,
} from '../../../src/engine/tooling/reading-level.ts';

describe('fleschKincaidGrade', () => {
  it('scores a short sentence of short words below grade 1', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
  });

  it('scores a long sentence of long words far above grade 12', () => {
    const text =
      'Organizational effectiveness necessitates comprehensive interdepartmental communication and continuous evaluation of performance indicators.';
    expect(fleschKincaidGrade(text)).toBeGreaterThan(20);
  });

  it('counts syllables with the syllable package, word by word', () => {
    // "Plan a simple project." = 4 words, 6 syllables: 0.39 × 4 + 11.8 × 1.5 − 15.59 = 3.67.
    expect(fleschKincaidGrade('Plan a simple project.')).toBeCloseTo(3.67, 2);
  });

  it('splits sentences at full stops, question marks and exclamation marks', () => {
    const one = fleschKincaidGrade('You plan the work you track it you share it with the team');
    const three = fleschKincaidGrade('You plan the work. You track it! You share it with the team?');
    // The same 13 words and syllables; three sentences cut the words per sentence from 13 to 13 / 3.
    expect(one - three).toBeCloseTo(0.39 * (13 - 13 / 3), 10);
  });

  it('counts a label without a full stop as one sentence', () => {
    expect(fleschKincaidGrade('Talk with customers to learn what slows them down')).toBeCloseTo(
      fleschKincaidGrade('Talk with customers to learn what slows them down.'),
      10,
    );
  });

  it('gives 0 for a text without words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade(' — ')).toBe(0);
  });
});

describe('readingLevelOf', () => {
  it('reads the names it is given as one word each', () => {
    const text = 'A clear lean toward Technical Product Manager';
    expect(readingLevelOf([text], ['Technical Product Manager']).max).toBeLessThan(
      readingLevelOf([text]).max - 3,
    );
  });

  it('reports the hardest grade, the mean and the hardest texts, hardest first', () => {
    const easy = 'The cat sat on the mat.';
    const hard = 'Comprehensive interdepartmental communication necessitates organizational commitment.';
    const middle = 'You would enjoy planning the steps of a project.';
    const level = readingLevelOf([easy, middle, hard]);
    expect(level.max).toBeCloseTo(fleschKincaidGrade(hard), 10);
    expect(level.worst.map((entry) => entry.text)).toEqual([hard, middle, easy]);
    // The easy sentence scores below 0 and counts as 0 in the mean.
    expect(level.mean).toBeCloseTo((fleschKincaidGrade(hard) + fleschKincaidGrade(middle)) / 3, 10);
  });

  it('counts a text once however often it appears', () => {
    const hard = 'Comprehensive interdepartmental communication necessitates organizational commitment.';
    const easy = 'You would like to plan it.';
    expect(readingLevelOf([easy, easy, easy, hard]).mean).toBeCloseTo(readingLevelOf([easy, hard]).mean, 10);
  });

  it('sets texts of fewer than five words apart instead of grading their syllables alone', () => {
    expect(fewestWordsToGrade).toBe(5);
    const level = readingLevelOf(['Designer', 'Neither agree nor disagree', 'You would enjoy this a lot.']);
    expect(level.tooShort).toEqual(['Designer', 'Neither agree nor disagree']);
    expect(level.worst.map((entry) => entry.text)).toEqual(['You would enjoy this a lot.']);
  });

  it('reports nothing for no texts', () => {
    expect(readingLevelOf([])).toEqual({ max: 0, mean: 0, worst: [], tooShort: [] });
  });
});

describe('the bank and the result read at grade 8 or below', () => {
  const bank = bankTexts();
  // The result's sentences are messages: graded as they read in English.
  const sentences = [...bank.sentences, ...resultSentences().map(translate)];
  const { labels } = bank;
  const level = readingLevelOf([...sentences, ...labels], Object.values(trackTitles).map(translate));

  it('keeps every prompt, option, why, reason and result sentence at grade 8 or below, with a mean of 6 or below', () => {
    expect(level.worst[0]?.grade).toBe(level.max);
    expect(level.max, JSON.stringify(level.worst)).toBeLessThanOrEqual(8);
    expect(level.mean).toBeLessThanOrEqual(6);
  });

  it('grades every prompt, why and reason: only option labels, headlines and names may be too short to grade', () => {
    for (const text of level.tooShort) {
      expect([...labels, 'Name', 'No answers yet']).toContain(text);
    }
  });

  it('grades the compare and past results pages’ sentences, and leaves their headings and labels out', () => {
    const result = resultSentences().map(translate);
    expect(result).toContain(translate(compareWords.lead));
    expect(result).toContain(translate(compareWords.past.missing));
    expect(result).toContain(translate(historyWords.currentStays));
    expect(result).not.toContain(translate(compareWords.heading));
    expect(result).not.toContain(translate(historyWords.undo));
  });
});
