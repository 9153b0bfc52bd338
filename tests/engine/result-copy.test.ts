import { words } from '../fixtures/message.ts';
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
import type { Caution, InterestPattern, Message, QuotedWords, Strength } from '../../src/engine/index.ts';
import { answerTheRestWords, flipSummary, resultNameOf, trackTitles } from '../../src/engine/result-copy.ts';
import { translate } from '../../src/lib/translate.ts';
import { fixtureBank } from './fixture-bank.ts';
import { englishCatalogs } from '../english-catalogs.ts';

/** Words as a person reads them in English: a message through the catalog, plain text as it is. */
const english = (words: QuotedWords) => (typeof words === 'string' ? words : translate(words));
/** A caution's own sentence does not matter where a test asks the copy module for it. */
const unused: Message = { id: 'unused' };

const strengths: Strength[] = ['close', 'moderate', 'clear'];
const patterns: InterestPattern[] = ['both', 'neither', 'product', 'project', 'similar', 'unknown'];
const cautions: Caution[] = [
  { code: 'incomplete', message: unused, answered: 9, total: 30 },
  { code: 'straight-lining', message: unused, place: 'first', count: 12, considered: 14 },
  {
    code: 'inconsistent',
    message: unused,
    pairs: 1,
    side: 'agreed',
    statements: [words('I plan.'), words('I explore.')],
  },
  {
    code: 'inconsistent',
    message: unused,
    pairs: 2,
    side: 'mixed',
    statements: [words('I plan.'), words('I explore.')],
  },
  { code: 'same-rating', message: unused, rating: words('Very much'), count: 18 },
];

/** Every sentence the copy module writes about someone else's result. */
function sentencesAboutThem(): string[] {
  const words = resultWords.they;
  const sentences: (QuotedWords | null)[] = [
    ...strengths.flatMap((strength) => [
      stabilityNoteOf(strength, 10, 'they'),
      tiltOf(strength, 'product', 0.52, 10, 'they'),
      tiltOf(strength, 'project', 0.5, 10, 'they'),
    ]),
    stabilityNoteOf('close', 0, 'they'),
    ...patterns.map((pattern) => interestNoteOf(pattern, 'they')),
    ...cautions.flatMap((caution) => [
      cautionText(caution, 'they', undefined).text,
      cautionText(caution, 'they', 'quick').text,
    ]),
    words.eyebrow,
    words.warningsHeading,
    words.interestLabel,
    words.noSupporting,
    words.noOpposing('project', 0),
    words.noOpposing('project', 0.13),
    words.answerPoints,
    words.themesHeading,
    words.chartTitle(8),
    words.actionsHeading,
    ...questionBank.dimensions.flatMap((dimension) => {
      const theirs = themeAbout(dimension, 'they');
      return [theirs.name, theirs.productPole, theirs.projectPole].map(translate);
    }),
  ];
  return sentences.flatMap((sentence) => (sentence === null ? [] : [english(sentence)]));
}

describe('result copy about someone else’s result', () => {
  it.each(sentencesAboutThem())('never says "you": %s', (sentence) => {
    expect(sentence).not.toMatch(/\byou(r|rs|rself)?\b/i);
  });

  it('speaks about them where the own result speaks about you', () => {
    expect(translate(stabilityNoteOf('close', 0, 'you'))).toBe(
      'Answer a few questions to see where you lean.',
    );
    expect(translate(stabilityNoteOf('close', 0, 'they'))).toBe('They have not answered any questions yet.');
    expect(english(tiltOf('close', 'product', 0.52, 10, 'they') ?? '')).toBe(
      'Their answers tilt a little toward Technical Product Manager.',
    );
  });
});

describe('cautionText', () => {
  it('tells a quick check calmly that it stopped early, and why', () => {
    const note = cautionText(cautions[0] as Caution, 'you', 'quick', 'moderate');
    expect(note.tone).toBe('info');
    expect(translate(note.text)).toBe(
      'This quick check used 9 of the 30 questions. It stopped once more answers were unlikely to change the role.',
    );
    expect(translate(cautionText(cautions[0] as Caution, 'you', 'quick', 'close').text)).toBe(
      'This quick check used 9 of the 30 questions. It stopped once more answers were unlikely to move the result out of a close call.',
    );
  });

  it('keeps careless-answer patterns as warnings, and the own result’s wording as the engine wrote it', () => {
    const { cautions: raised } = evaluate({ c1: 'product' }, fixtureBank);
    expect(raised.length).toBeGreaterThan(0);
    for (const caution of raised) {
      expect(translate(cautionText(caution, 'you', 'full').text)).toBe(translate(caution.message));
    }
    expect(cautionText(cautions[1] as Caution, 'you', 'full').tone).toBe('warning');
    expect(cautionText(cautions[2] as Caution, 'they', undefined).tone).toBe('warning');
  });
});

describe('flipSummary', () => {
  it('says when one change fewer would only have tied, so the set may not be the smallest', () => {
    expect(translate(flipSummary('project', 2, false, 20, false))).toBe(
      'If you had answered these 2 questions another way, Technical Project Manager would come out ahead. One change fewer would leave a tie, which the tie rule gives back to your role.',
    );
    expect(translate(flipSummary('project', 2, false, 20))).toBe(
      'If you had answered these 2 questions another way, Technical Project Manager would come out ahead.',
    );
  });
});

describe('stabilityNoteOf', () => {
  it('speaks of the model of retakes and answers like these, never of the person’s future', () => {
    for (const strength of strengths) {
      for (const subject of ['you', 'they'] as const) {
        const note = translate(stabilityNoteOf(strength, 36, subject, 36));
        expect(note).toMatch(/^In our model of retakes, /);
        expect(note).not.toMatch(/\b(you|they) (would|will)\b/);
      }
    }
    expect(translate(stabilityNoteOf('moderate', 36))).toBe(
      'In our model of retakes, answers that lean this far give the same role again. They do so 90 to 95 times in 100.',
    );
    expect(translate(stabilityNoteOf('moderate', 12, 'you', 36))).toBe(
      'In our model of retakes, we look at the whole quiz these answers point to. It gives the same role again 90 to 95 times in 100.',
    );
  });
});

describe('themeStance', () => {
  it('says when a theme was heard through one answer, and never calls that strong', () => {
    expect(translate(themeStance('you', { strongly: false, pole: 'the plan' }, 1))).toBe(
      'You lean toward the plan, from 1 answer.',
    );
    expect(translate(themeStance('they', null, 1))).toBe('They are balanced between the two, from 1 answer.');
    expect(translate(themeStance('you', { strongly: true, pole: 'the plan' }, 3))).toBe(
      'You lean strongly toward the plan.',
    );
  });
});

describe('pastReadingNote', () => {
  it('says what a past result read then when today it reads differently, and nothing when it reads the same', () => {
    const note = pastReadingNote(
      { strength: 'clear', track: 'project' },
      { strength: 'moderate', track: 'project' },
    );
    expect(note && translate(note)).toBe(
      'When you finished, this result read “A clear lean toward Technical Project Manager”. The quiz has since become more careful about how sure a result is, so the same answers now read as shown here.',
    );
    expect(
      pastReadingNote({ strength: 'moderate', track: 'product' }, { strength: 'moderate', track: 'project' }),
    ).not.toBeNull();
    // A close call names no role: tilting the other way, it still reads the same.
    expect(
      pastReadingNote({ strength: 'close', track: 'product' }, { strength: 'close', track: 'project' }),
    ).toBeNull();
    expect(
      pastReadingNote({ strength: 'clear', track: 'product' }, { strength: 'clear', track: 'product' }),
    ).toBeNull();
    expect(pastReadingNote(undefined, { strength: 'close', track: 'product' })).toBeNull();
  });
});

describe('the words of a result, in English', () => {
  it('names the close call in its headline and names no role there', () => {
    expect(translate(resultNameOf('close', 'product'))).toBe('A close call between the two roles');
    expect(translate(resultNameOf('clear', 'project'))).toBe(translate(trackTitles.project));
  });

  it('counts the questions left in the offer to firm a quick check up, around the button’s words', () => {
    expect(translate(answerTheRestWords(1))).toBe(
      '<0>Answer the last question</0> to firm up your result. Your answers so far are kept.',
    );
    expect(translate(answerTheRestWords(27))).toBe(
      '<0>Answer the other 27 questions</0> to firm up your result. Your answers so far are kept.',
    );
  });

  it('says a share as a percentage in the page’s language', async () => {
    const { i18n } = await import('@lingui/core');
    const share = resultWords.you.noOpposing('project', 0.7);
    expect(translate(share)).toMatch(/Its 70% of the answer points/);
    i18n.loadAndActivate({ locale: 'es', messages: {} });
    try {
      // No Spanish catalog yet: the English source, with the number as Spanish writes it.
      expect(translate(share)).toMatch(/Its 70\u00a0% of the answer points/);
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: englishCatalogs });
    }
  });
});
