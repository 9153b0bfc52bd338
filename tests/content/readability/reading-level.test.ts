import { describe, expect, it } from 'vitest';
import { readingLevel, readingLevelLocales, readingLevelMeasures } from './index.ts';
import type { ReadingLevelLocale } from './index.ts';
import { wordsOf } from './text.ts';

/** A short text per language with its score worked out by hand from the formula, to pin its coefficients. */
const workedExamples: Readonly<Record<ReadingLevelLocale, { text: string; score: number }>> = {
  // 5 words, 5 syllables, 2 sentences: 0.39 × 2.5 + 11.8 × 1 − 15.59.
  en: { text: 'Plan the work. Check it.', score: -2.815 },
  // 6 words, 12 syllables, 2 sentences: 206.84 − 0.60 × 200 − 1.02 × 3.
  es: { text: 'El equipo planea. Todo sale bien.', score: 83.78 },
  // 8 words, 2 sentences; Kommunikation has 6 syllables and 13 letters; 5 words have one syllable:
  // 0.1935 × 12.5 + 0.1672 × 4 + 0.1297 × 12.5 − 0.0327 × 62.5 − 0.875.
  de: { text: 'Das Team plant die Kommunikation. Alle helfen mit.', score: 1.79005 },
  // 6 words, 10 syllables, 2 sentences: 248.835 − 1.015 × 3 − 84.6 × 10 / 6.
  'pt-br': { text: 'O time planeja. Tudo sai bem.', score: 104.79 },
  // 6 words, 8 syllables, 2 sentences: 207 − 1.015 × 3 − 73.6 × 8 / 6.
  fr: { text: 'Le chef planifie. Tout va bien.', score: 105.8217 },
};

/** The last score within grade 8 on each formula, and one just past it. */
const grade8Lines: Readonly<Record<ReadingLevelLocale, { within: number; beyond: number }>> = {
  en: { within: 8, beyond: 8.01 },
  es: { within: 60, beyond: 59.99 },
  de: { within: 8, beyond: 8.01 },
  'pt-br': { within: 50, beyond: 49.99 },
  fr: { within: 60, beyond: 59.99 },
};

/** One sentence a 13-year-old reads easily, and one written the way forms are. */
const plainAndDense: Readonly<Record<ReadingLevelLocale, { plain: string; dense: string }>> = {
  en: {
    plain: 'The team plans the work and checks it each week.',
    dense:
      'Comprehensive organizational accountability necessitates continuous stakeholder communication ' +
      'regarding prioritization methodologies and implementation considerations.',
  },
  es: {
    plain: 'El gerente de proyecto planea el trabajo con su equipo.',
    dense:
      'La implementación de metodologías organizacionales multidisciplinarias requiere la consideración ' +
      'sistemática de las responsabilidades administrativas correspondientes a cada departamento involucrado.',
  },
  de: {
    plain: 'Die Projektleiterin plant die Arbeit mit ihrem Team.',
    dense:
      'Die Implementierung organisationsübergreifender Priorisierungsmethodologien erfordert eine ' +
      'kontinuierliche Kommunikation mit sämtlichen Interessengruppen hinsichtlich verwaltungstechnischer ' +
      'Verantwortlichkeiten.',
  },
  'pt-br': {
    plain: 'O gerente de projeto planeja o trabalho com a equipe.',
    dense:
      'A implementação de metodologias organizacionais multidisciplinares exige a consideração sistemática ' +
      'das responsabilidades administrativas correspondentes a cada departamento envolvido.',
  },
  fr: {
    plain: 'Le chef de projet planifie le travail avec son équipe.',
    dense:
      'La mise en œuvre de méthodologies organisationnelles pluridisciplinaires nécessite la considération ' +
      'systématique des responsabilités administratives correspondant à chaque département concerné.',
  },
};

describe('the reading-level measures', () => {
  it('have one measure for each locale, and no other', () => {
    expect(Object.keys(readingLevelMeasures).sort()).toEqual([...readingLevelLocales].sort());
  });

  it('read words the same way in every language', () => {
    expect(wordsOf('¿Cuánto gana un gerente?')).toEqual(['Cuánto', 'gana', 'un', 'gerente']);
    expect(wordsOf('« Il gagne 94\u202F500 € par an ! »')).toEqual(['Il', 'gagne', '94500', 'par', 'an']);
    expect(wordsOf("L'équipe livre aujourd'hui.")).toEqual(["L'équipe", 'livre', "aujourd'hui"]);
  });
});

describe.each(readingLevelLocales)('reading level in %s', (locale) => {
  const measure = readingLevelMeasures[locale];

  it('scores a worked example as counted by hand', () => {
    const { text, score } = workedExamples[locale];
    const level = readingLevel(locale, text);
    expect(level.formula).toBe(measure.formula);
    expect(level.score).toBeCloseTo(score, 3);
  });

  it('draws the grade-8 line where its source puts it', () => {
    const { within, beyond } = grade8Lines[locale];
    expect(measure.withinGrade8(within)).toBe(true);
    expect(measure.withinGrade8(beyond)).toBe(false);
  });

  it(`finds a short plain sentence within grade 8`, () => {
    const level = readingLevel(locale, plainAndDense[locale].plain);
    expect(level.withinGrade8, `${level.score.toFixed(1)}, wanted ${measure.grade8}`).toBe(true);
  });

  it('finds a long dense sentence beyond grade 8, so the check can fail', () => {
    const level = readingLevel(locale, plainAndDense[locale].dense);
    expect(level.withinGrade8, `${level.score.toFixed(1)}, wanted beyond ${measure.grade8}`).toBe(false);
  });

  it('refuses text without words, which has no score', () => {
    expect(() => readingLevel(locale, ' … ')).toThrow(RangeError);
  });
});
