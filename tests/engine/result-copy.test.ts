import { describe, expect, it } from 'vitest';
import {
  cautionText,
  evaluate,
  interestNoteOf,
  resultWords,
  questionBank,
  stabilityNoteOf,
  themeAbout,
  pastReadingNote,
  themeStance,
  tiltOf,
} from '../../src/engine/index.ts';
import type { Caution, InterestPattern, Strength } from '../../src/engine/index.ts';
import { flipSummary } from '../../src/engine/result-copy.ts';
import { fixtureBank } from './fixture-bank.ts';
import { translate } from '../../src/lib/translate.ts';

const strengths: Strength[] = ['close', 'moderate', 'clear'];
const patterns: InterestPattern[] = ['both', 'neither', 'product', 'project', 'similar', 'unknown'];
const cautions: Caution[] = [
  { code: 'incomplete', message: '', answered: 9, total: 30 },
  { code: 'straight-lining', message: '', place: 'first', count: 12, considered: 14 },
  { code: 'inconsistent', message: '', pairs: 1, side: 'agreed', statements: ['I plan.', 'I explore.'] },
  { code: 'inconsistent', message: '', pairs: 2, side: 'mixed', statements: ['I plan.', 'I explore.'] },
  { code: 'same-rating', message: '', rating: 'Very much', count: 18 },
];

/** Every sentence the copy module writes about someone else's result. */
function sentencesAboutThem(): string[] {
  const words = resultWords.they;
  return [
    ...strengths.flatMap((strength) => [
      stabilityNoteOf(strength, 10, 'they'),
      tiltOf(strength, 'product', 0.52, 10, 'they') ?? '',
      tiltOf(strength, 'project', 0.5, 10, 'they') ?? '',
    ]),
    stabilityNoteOf('close', 0, 'they'),
    ...patterns.map((pattern) => interestNoteOf(pattern, 'they')),
    ...cautions.flatMap((caution) => [
      cautionText(caution, 'they', undefined).text,
      cautionText(caution, 'they', 'quick').text,
    ]),
    words.eyebrow,
    words.warningsHeading,
    words.answeredLead,
    words.noSupporting,
    words.noOpposing('project', 0),
    words.noOpposing('project', 13),
    words.answerPoints,
    words.themesHeading,
    words.chartTitle(8),
    words.actionsHeading,
    ...questionBank.dimensions.flatMap((dimension) => {
      const theirs = themeAbout(dimension, 'they');
      return [theirs.name, theirs.productPole, theirs.projectPole].map(translate);
    }),
  ].filter((sentence) => sentence !== '');
}

describe('result copy about someone else’s result', () => {
  it.each(sentencesAboutThem())('never says "you": %s', (sentence) => {
    expect(sentence).not.toMatch(/\byou(r|rs|rself)?\b/i);
  });

  it('speaks about them where the own result speaks about you', () => {
    expect(stabilityNoteOf('close', 0, 'you')).toBe('Answer a few questions to see where you lean.');
    expect(stabilityNoteOf('close', 0, 'they')).toBe('They have not answered any questions yet.');
    expect(tiltOf('close', 'product', 0.52, 10, 'they')).toBe(
      'Their answers tilt a little toward Technical Product Manager.',
    );
  });
});

describe('cautionText', () => {
  it('tells a quick check calmly that it stopped early, and why', () => {
    const note = cautionText(cautions[0] as Caution, 'you', 'quick', 'moderate');
    expect(note.tone).toBe('info');
    expect(note.text).toBe(
      'This quick check used 9 of the 30 questions. It stopped once more answers were unlikely to change the role.',
    );
    expect(cautionText(cautions[0] as Caution, 'you', 'quick', 'close').text).toBe(
      'This quick check used 9 of the 30 questions. It stopped once more answers were unlikely to move the result out of a close call.',
    );
  });

  it('keeps careless-answer patterns as warnings, and the own result’s wording as the engine wrote it', () => {
    const { cautions: raised } = evaluate({ c1: 'product' }, fixtureBank);
    for (const caution of raised) expect(cautionText(caution, 'you', 'full').text).toBe(caution.message);
    expect(cautionText(cautions[1] as Caution, 'you', 'full').tone).toBe('warning');
    expect(cautionText(cautions[2] as Caution, 'they', undefined).tone).toBe('warning');
  });
});

describe('flipSummary', () => {
  it('says when one change fewer would only have tied, so the set may not be the smallest', () => {
    expect(flipSummary('project', 2, false, 20, false)).toBe(
      'Had you answered these 2 questions differently, Technical Project Manager would come out ahead. One change fewer would leave a tie, which the tie rule gives back to your role.',
    );
    expect(flipSummary('project', 2, false, 20)).toBe(
      'Had you answered these 2 questions differently, Technical Project Manager would come out ahead.',
    );
  });
});

describe('stabilityNoteOf', () => {
  it('speaks of the model of retakes and answers like these, never of the person’s future', () => {
    for (const strength of strengths) {
      for (const subject of ['you', 'they'] as const) {
        const note = stabilityNoteOf(strength, 36, subject, 36);
        expect(note).toMatch(/^In our model of retakes, /);
        expect(note).not.toMatch(/\b(you|they) (would|will)\b/);
      }
    }
    expect(stabilityNoteOf('moderate', 36)).toBe(
      'In our model of retakes, answers that lean this far give the same role again 90 to 95 times in 100.',
    );
    expect(stabilityNoteOf('moderate', 12, 'you', 36)).toBe(
      'In our model of retakes, the whole quiz these answers point to gives the same role again 90 to 95 times in 100.',
    );
  });
});

describe('themeStance', () => {
  it('says when a theme was heard through one answer, and never calls that strong', () => {
    expect(themeStance('you', { strongly: false, pole: 'the plan' }, 1)).toBe(
      'You lean toward the plan, from 1 answer.',
    );
    expect(themeStance('they', null, 1)).toBe('They are balanced between the two, from 1 answer.');
    expect(themeStance('you', { strongly: true, pole: 'the plan' }, 3)).toBe(
      'You lean strongly toward the plan.',
    );
  });
});

describe('pastReadingNote', () => {
  it('says what a past result read then when today it reads differently, and nothing when it reads the same', () => {
    expect(
      pastReadingNote(
        'A clear lean toward Technical Project Manager',
        'A moderate lean toward Technical Project Manager',
      ),
    ).toBe(
      'When you finished, this result read “A clear lean toward Technical Project Manager”. The quiz has since become more careful about how sure a result is, so the same answers now read as shown here.',
    );
    expect(
      pastReadingNote('A close call between the two roles', 'A close call between the two roles'),
    ).toBeNull();
    expect(pastReadingNote(undefined, 'A close call between the two roles')).toBeNull();
  });
});
