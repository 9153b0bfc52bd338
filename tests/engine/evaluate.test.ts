import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import {
  describeDimension,
  dimensionBands,
  evaluate,
  explainResult,
  otherTrack,
  questionReach,
  scoreAnswers,
  shareOf,
  splitPercentages,
  stabilityOf,
  UnknownOptionError,
  UnknownQuestionError,
} from '../../src/engine/index.ts';
import type { Answers, DimensionScore, Message, ReasonText } from '../../src/engine/index.ts';
import { englishCatalogs as englishCatalog } from '../english-catalogs.ts';
import { translate } from '../../src/lib/translate.ts';
import { words } from '../fixtures/message.ts';
import {
  agreementBiasOf,
  recommendedTrack,
  tradeOffScoreOf,
  wholeForecastOf,
} from '../../src/engine/evaluate.ts';
import { neighbourProfileOf, questionBank } from '../../src/engine/index.ts';
import { answersToward } from './answers.ts';
import { cautiousMargin } from '../../src/engine/short-form.ts';
import { fixtureBank, rateEveryTask } from './fixture-bank.ts';

/** A sentence in English, or null when there is none. */
const english = (message: Message | null) => message && translate(message);

const evaluateFixture = (answers: Answers) => evaluate(answers, fixtureBank);
const question = (id: string) => {
  const found = fixtureBank.questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No question ${id}`);
  return found;
};

describe('evaluate: the split and the track', () => {
  it('weights each answer by its kind and measures it against what the answered questions could reach', () => {
    // Task p1 rated "a lot": weight 2 x lean +1 = +2 of 4. Choice c1 to project: 3 x -2 = -6 of 6.
    // Sum -4 of 10, so the share is (−4 + 10) / 20 = 0.3.
    const result = evaluateFixture({ p1: 'a-lot', c1: 'project' });
    expect(result.productShare).toBeCloseTo(0.3, 12);
    expect(result.track).toBe('project');
  });

  it('counts enjoying a project task toward project, and enjoying a product task toward product', () => {
    expect(evaluateFixture({ j1: 'very-much' }).productShare).toBe(0);
    expect(evaluateFixture({ p1: 'very-much' }).productShare).toBe(1);
    expect(evaluateFixture({ j1: 'not-at-all' }).productShare).toBe(1);
  });

  it('never scores the optional background question, and never counts it as a question left', () => {
    const without = evaluateFixture({ c1: 'product' });
    const withIt = evaluateFixture({ c1: 'product', 'current-role': 'student' });
    expect(withIt).toEqual(without);
    expect(withIt.total).toBe(fixtureBank.questions.length - 1);
  });

  it.each([
    {
      name: 'the direction theme favours project',
      answers: { c1: 'project', s1: 'mild-product', 'decide-over-plan': 'agree' },
      track: 'project',
    },
    {
      name: 'the direction theme favours product',
      answers: { c1: 'product', s1: 'mild-project', 'decide-over-plan': 'disagree' },
      track: 'product',
    },
  ] as const)('breaks an exact tie where $name toward $track', ({ answers, track }) => {
    // The choice (direction) is worth 6 points; the mild scenario answer 4 and the statement 2 cancel it.
    const result = evaluateFixture(answers);
    expect(result.productShare).toBe(0.5);
    expect(result.track).toBe(track);
    expect(recommendedTrack(answers, fixtureBank)).toBe(track);
  });

  it('gives an exact tie with nothing to break it to Technical Product Manager', () => {
    expect(evaluateFixture({ s1: 'mild-product', s2: 'mild-project' }).track).toBe('product');
  });
});

describe('evaluate: stability and the headline', () => {
  it('takes stability from the retake model at the cautious forecast of the whole quiz', () => {
    const answers = { ...rateEveryTask('somewhat'), c1: 'product' };
    const result = evaluateFixture(answers);
    const forecast = wholeForecastOf(scoreAnswers(answers, fixtureBank), fixtureBank);
    expect(forecast.answeredShare).toBeLessThan(1);
    expect(result.stability).toBeCloseTo(stabilityOf(cautiousMargin(forecast)), 12);
  });

  it('reads a whole quiz at its own margin', () => {
    const answers = Object.fromEntries(
      fixtureBank.questions
        .filter((question) => question.kind !== 'background')
        .map((question, index) => [question.id, question.options[index % question.options.length]?.id ?? '']),
    );
    const result = evaluateFixture(answers);
    expect(result.stability).toBeCloseTo(stabilityOf(result.productShare - 0.5), 12);
  });

  it('headlines a close call as one, names no role in it, and gives the tilt in words', () => {
    const result = evaluateFixture({ p1: 'a-lot', j1: 'somewhat', c1: 'product', c2: 'project' });
    expect(result.strength).toBe('close');
    expect(translate(result.summary)).toBe('A close call between the two roles');
    expect(english(result.tilt)).toBe('Your answers tilt a little toward Technical Product Manager.');
    expect(translate(result.stabilityNote)).toBe(
      'In our model of retakes, we look at the whole quiz these answers point to. It could well give the other role.',
    );
  });

  it('says a perfectly balanced close call is evenly balanced', () => {
    expect(english(evaluateFixture({ c1: 'product', c2: 'project' }).tilt)).toBe(
      'Your answers are evenly balanced between the two.',
    );
  });

  it('names the role in the headline of a clear lean, with no tilt', () => {
    const allProject = Object.fromEntries(
      fixtureBank.questions
        .filter((item) => item.kind !== 'background')
        .map((item) => [item.id, [...item.options].sort((a, b) => a.lean - b.lean)[0]?.id ?? '']),
    );
    const result = evaluateFixture(allProject);
    expect(result.strength).toBe('clear');
    expect(translate(result.summary)).toBe('A clear lean toward Technical Project Manager');
    expect(result.tilt).toBeNull();
    expect(translate(result.stabilityNote)).toBe(
      'In our model of retakes, answers that lean this far give the same role again. They do so at least 95 times in 100.',
    );
  });

  it('has nothing to say before any answer', () => {
    const result = evaluateFixture({});
    expect(result).toMatchObject({ tilt: null, stability: 0.5, strength: 'close' });
    expect(translate(result.summary)).toBe('No answers yet');
  });
});

describe('evaluate: the two interests', () => {
  it.each([
    { rating: 'very-much', level: 1, pattern: 'both', note: 'Both kinds of work appeal to you.' },
    { rating: 'a-lot', level: 0.75, pattern: 'both', note: 'Both kinds of work appeal to you.' },
    {
      rating: 'somewhat',
      level: 0.5,
      pattern: 'similar',
      note: 'The two kinds of work appeal to you about the same.',
    },
    { rating: 'a-little', level: 0.25, pattern: 'neither', note: 'Neither kind of work pulls strongly.' },
    { rating: 'not-at-all', level: 0, pattern: 'neither', note: 'Neither kind of work pulls strongly.' },
  ] as const)(
    'rating every task "$rating" gives both interests $level: $pattern',
    ({ rating, level, pattern, note }) => {
      const result = evaluateFixture(rateEveryTask(rating));
      expect(result.interest).toEqual({ product: level, project: level });
      expect(result.interestPattern).toBe(pattern);
      expect(translate(result.interestNote)).toBe(note);
    },
  );

  it('averages each role over its own tasks only, and names the one that appeals more', () => {
    const result = evaluateFixture({ p1: 'very-much', p2: 'a-lot', j1: 'a-little', c1: 'project' });
    expect(result.interest).toEqual({ product: 0.875, project: 0.25 });
    expect(result.interestPattern).toBe('product');
    expect(evaluateFixture({ p1: 'a-little', j1: 'a-lot' }).interestPattern).toBe('project');
  });

  it('does not name a pattern until both roles have a rated task', () => {
    const result = evaluateFixture({ p1: 'very-much', c1: 'product' });
    expect(result.interestPattern).toBe('unknown');
    expect(result.interest.project).toBe(0);
  });

  it('reads liking both only when the trade-offs do not pick a side: rating every task "Very much" and choosing project throughout is not "both"', () => {
    const result = evaluateFixture({
      ...rateEveryTask('very-much'),
      c1: 'project',
      c2: 'project',
      s1: 'strong-project',
      s2: 'strong-project',
    });
    expect(result.interestPattern).toBe('similar');
    expect(result.track).toBe('project');
  });

  it('offers no neighbouring role to someone who rates every task "Very much" and picks project in all 18 trade-offs', () => {
    const tradeOffs = questionBank.questions.filter(
      (question) => question.kind !== 'interest' && question.kind !== 'background',
    );
    const answers = {
      ...Object.fromEntries(
        questionBank.questions
          .filter((question) => question.kind === 'interest')
          .map((question) => [question.id, 'very-much']),
      ),
      ...answersToward('project', tradeOffs),
    };
    const result = evaluate(answers);
    expect(tradeOffs).toHaveLength(18);
    expect(result.track).toBe('project');
    expect(result.interestPattern).not.toBe('both');
    expect(neighbourProfileOf(result)).toBeNull();
    expect(result.cautions.map((caution) => caution.code)).toContain('same-rating');
  });

  it('does not read agreeing with everything as liking both', () => {
    // Every task "A lot", both statements of the pair agreed with strongly, the choices split evenly.
    const result = evaluateFixture({
      ...rateEveryTask('a-lot'),
      'decide-over-plan': 'strongly-agree',
      'plan-over-decide': 'strongly-agree',
      c1: 'product',
      c2: 'project',
      s1: 'strong-product',
      s2: 'strong-project',
    });
    expect(result.strength).toBe('close');
    expect(result.interestPattern).toBe('similar');
    expect(
      evaluateFixture({
        ...rateEveryTask('a-lot'),
        'decide-over-plan': 'neutral',
        'plan-over-decide': 'neutral',
        c1: 'product',
        c2: 'project',
        s1: 'strong-product',
        s2: 'strong-project',
      }).interestPattern,
    ).toBe('both');
  });
});

describe('agreementBiasOf and tradeOffScoreOf', () => {
  it('is the mean position of both halves of each answered pair: a lean cancels, agreeing with both does not', () => {
    const bias = (first: string, second: string) =>
      agreementBiasOf(scoreAnswers({ 'decide-over-plan': first, 'plan-over-decide': second }, fixtureBank));
    expect(bias('strongly-agree', 'strongly-agree')).toBe(0.5);
    expect(bias('strongly-agree', 'strongly-disagree')).toBe(0);
    expect(bias('disagree', 'disagree')).toBe(-0.25);
    expect(agreementBiasOf(scoreAnswers({ 'decide-over-plan': 'strongly-agree' }, fixtureBank))).toBe(0);
  });

  it('reads the trade-offs without the task ratings', () => {
    const scored = scoreAnswers(
      { ...rateEveryTask('very-much'), c1: 'product', s1: 'mild-project' },
      fixtureBank,
    );
    expect(tradeOffScoreOf(scored)).toBeCloseTo((6 - 4) / 14, 12);
  });
});

describe('evaluate: answers the bank does not hold', () => {
  it('names the unknown question, or the question and the unknown option', () => {
    expect(() => evaluateFixture({ ghost: 'agree' })).toThrow(UnknownQuestionError);
    expect(() => evaluateFixture({ ghost: 'agree' })).toThrow(/ghost/);
    const call = () => evaluateFixture({ c1: 'sort-of' });
    expect(call).toThrow(UnknownOptionError);
    expect(call).toThrow(/"c1".*"sort-of"/);
  });

  it('does not treat inherited object keys as answers', () => {
    expect(evaluateFixture(Object.create({ c1: 'product' }) as Answers).answered).toBe(0);
  });
});

describe('evaluate: reasons and dimensions', () => {
  it('lists every answer that pushed one way, strongest first, with what the person saw', () => {
    const result = evaluateFixture({ p1: 'a-lot', c1: 'project', s1: 'strong-product', j1: 'somewhat' });
    expect(result.reasons.map((reason) => [reason.questionId, reason.toward, reason.size])).toEqual([
      ['s1', 'product', 8],
      ['c1', 'project', 6],
      ['p1', 'product', 2],
    ]);
    const [first] = result.reasons;
    expect(first && [translate(first.prompt), translate(first.answer)]).toEqual([
      'Scenario one',
      'Strongly product',
    ]);
  });

  it('gives the reason of the option chosen, in both persons, never that of another option on its side', () => {
    const strong = evaluateFixture({ s1: 'strong-product' }).reasons[0];
    const mild = evaluateFixture({ s1: 'mild-product' }).reasons[0];
    const inWords = (text: ReasonText | undefined) =>
      text && { you: translate(text.you), they: translate(text.they) };
    expect(inWords(strong?.text)).toEqual({
      you: 'You chose Strongly product.',
      they: 'They chose Strongly product.',
    });
    expect(inWords(mild?.text)).toEqual({
      you: 'You chose Mildly product.',
      they: 'They chose Mildly product.',
    });
  });

  it('quotes an interest item with the question it was rated under', () => {
    const [reason] = evaluateFixture({ p1: 'a-lot' }).reasons;
    expect(reason && translate(reason.prompt)).toBe('How much would you enjoy: Task p1?');
  });

  it('quotes the activity in the language the page reads, inside that language’s question', () => {
    const question = questionBank.questions.find((candidate) => candidate.kind === 'interest');
    const [reason] = question ? evaluate({ [question.id]: 'a-lot' }).reasons : [];
    if (!question || !reason) throw new Error('The bank has no interest item.');
    try {
      i18n.loadAndActivate({
        locale: 'es',
        messages: {
          [question.prompt.id]: ['Hablar con clientes'],
          [reason.prompt.id]: ['¿Cuánto disfrutarías: ', ['activity'], '?'],
        },
      });
      expect(translate(reason.prompt)).toBe('¿Cuánto disfrutarías: Hablar con clientes?');
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: englishCatalog });
    }
  });

  it('scores each theme from its own answers', () => {
    const result = evaluateFixture({ c1: 'product', s1: 'mild-project' });
    expect(result.dimensions.find((dimension) => dimension.id === 'direction')).toMatchObject({
      score: 1,
      answered: 1,
    });
    expect(result.dimensions.find((dimension) => dimension.id === 'compass')).toMatchObject({
      score: -0.5,
      answered: 1,
    });
  });

  it('shows the strongest reasons each way', () => {
    const result = evaluateFixture({
      p1: 'very-much',
      p2: 'a-lot',
      c1: 'product',
      s1: 'strong-product',
      c2: 'project',
    });
    const { supporting, opposing } = explainResult(result, { supporting: 2, opposing: 1 });
    expect(supporting.map((reason) => reason.questionId)).toEqual(['s1', 'c1']);
    expect(opposing.map((reason) => reason.questionId)).toEqual(['c2']);
  });
});

describe('small helpers', () => {
  it.each([
    { points: 12, reach: 30, share: 0.7 },
    { points: -30, reach: 30, share: 0 },
    { points: 0, reach: 0, share: 0.5 },
  ])('shareOf gives $share for $points points of $reach', ({ points, reach, share }) => {
    expect(shareOf(points, reach)).toBeCloseTo(share, 12);
  });

  it('questionReach is the weight times the strongest lean either way', () => {
    expect(questionReach(question('p1'))).toBe(4);
    expect(questionReach(question('c1'))).toBe(6);
    expect(questionReach(question('s2'))).toBe(8);
  });

  it.each([
    { share: 0.7, product: 70 },
    { share: 0.125, product: 13 },
    { share: 0.994, product: 99 },
  ])('splitPercentages splits $share as $product and the rest', ({ share, product }) => {
    expect(splitPercentages(share)).toEqual({ product, project: 100 - product });
  });

  it('otherTrack names the other track', () => {
    expect(otherTrack('product')).toBe('project');
    expect(otherTrack('project')).toBe('product');
  });

  const dimension = (score: number, answered = 2): DimensionScore => ({
    id: 'direction',
    name: words('Where you put your effort'),
    productPole: words('Deciding where to go'),
    projectPole: words('Getting there'),
    productLean: words('deciding where to go'),
    projectLean: words('Program Manager, PMO Director'),
    score,
    answered,
    total: 4,
  });

  it.each([
    { score: 1, answered: 0, toward: null, text: 'Not answered yet' },
    { score: 0.19, answered: 2, toward: null, text: 'Balanced between the two' },
    { score: 0.2, answered: 2, toward: 'product', text: 'Leans toward deciding where to go' },
    { score: -0.6, answered: 2, toward: 'project', text: 'Strongly toward Program Manager, PMO Director' },
    {
      score: -1,
      answered: 1,
      toward: 'project',
      text: 'Leans toward Program Manager, PMO Director, from 1 answer',
    },
    { score: 0, answered: 1, toward: null, text: 'Balanced between the two, from 1 answer' },
  ] as const)(
    'describeDimension reads $score over $answered answers as "$text"',
    ({ score, answered, toward, text }) => {
      const reading = describeDimension(dimension(score, answered));
      expect({ toward: reading.toward, text: translate(reading.text) }).toEqual({ toward, text });
      expect(dimensionBands).toEqual({ balanced: 0.2, strong: 0.6 });
    },
  );
});
