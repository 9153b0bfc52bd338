import { describe, expect, it } from 'vitest';
import {
  confidenceBands,
  describeConfidence,
  describeDimension,
  dimensionBands,
  evaluate,
  explainResult,
  otherTrack,
  questionBank,
  questionReach,
  scoreAnswers,
  shareOf,
  splitPercentages,
  strengthOf,
  trackTitles,
  UnknownOptionError,
  UnknownQuestionError,
} from '../../src/engine/index.ts';
import type { Answers, DimensionScore, Question } from '../../src/engine/index.ts';
import { answersToward, optionAt, questionById } from './answers.ts';

const { questions } = questionBank;
const total = questions.length;

/** The worked example of docs/scoring.md. */
const workedExample: Answers = {
  'free-afternoon': 'sketch-future',
  'promise-kept': 'agree',
  'shared-engineer': 'ask-what-drops',
  'watch-the-budget': 'strongly-agree',
  'one-chart': 'weekly-users',
};

/** Every listed question answered with the option at `index(question)`. */
function answerAt(list: readonly Question[], index: (question: Question) => number): Record<string, string> {
  return Object.fromEntries(list.map((question) => [question.id, optionAt(question, index(question))]));
}

const cautionOf = (answers: Answers, code: string) =>
  evaluate(answers).cautions.find((caution) => caution.code === code);

describe('evaluate: the worked example of the scoring page', () => {
  it('gives 70% product, a clear lean, with confidence 0.873', () => {
    const result = evaluate(workedExample);
    expect(result.productShare).toBeCloseTo(0.7, 12);
    expect(result.track).toBe('product');
    expect(result.strength).toBe('clear');
    expect(result.confidence).toBe(0.873);
    expect(result.confidenceNote).toBe('Most of your answers point the same way');
    expect(result.summary).toBe('A clear lean toward Technical Product Manager');
    expect(result.answered).toBe(5);
    expect(result.total).toBe(total);
  });

  it('lists the reasons strongest first, keeping bank order between equal sizes', () => {
    const result = evaluate(workedExample);
    expect(result.reasons.map((reason) => [reason.questionId, reason.toward, reason.size])).toEqual([
      ['one-chart', 'product', 8],
      ['free-afternoon', 'product', 6],
      ['shared-engineer', 'product', 4],
      ['watch-the-budget', 'project', 4],
      ['promise-kept', 'project', 2],
    ]);
    expect(result.reasons[3]).toMatchObject({
      questionId: 'watch-the-budget',
      optionId: 'strongly-agree',
      dimension: 'compass',
      answer: 'Strongly agree',
      prompt: questionById('watch-the-budget').prompt,
    });
  });

  it('says how many questions were answered, and nothing else', () => {
    const result = evaluate(workedExample);
    expect(result.cautions).toEqual([
      {
        code: 'incomplete',
        message: `You answered 5 of ${total} questions. The result uses only those answers, so it is less certain than a full one.`,
      },
    ]);
  });

  it('scores each dimension from its own answers only', () => {
    const result = evaluate(workedExample);
    const byId = Object.fromEntries(result.dimensions.map((dimension) => [dimension.id, dimension]));
    expect(byId.direction).toMatchObject({ score: 1, answered: 1, total: 4 });
    // promise-kept: -2 of 4; one-chart: +8 of 8. (6) / 12 = 0.5.
    expect(byId.measure?.score).toBeCloseTo(0.5, 12);
    expect(byId.measure?.answered).toBe(2);
    expect(byId.compass?.score).toBe(-1);
    expect(byId.career).toMatchObject({ score: 0, answered: 0 });
    const compass = questionBank.dimensions.find((dimension) => dimension.id === 'compass');
    expect(byId.compass).toMatchObject({
      name: compass?.name,
      productPole: compass?.productPole,
      projectPole: compass?.projectPole,
    });
    expect(result.dimensions.map((dimension) => dimension.id)).toEqual(
      questionBank.dimensions.map((dimension) => dimension.id),
    );
    expect(result.dimensions.reduce((sum, dimension) => sum + dimension.total, 0)).toBe(total);
  });
});

describe('shareOf and questionReach', () => {
  it.each([
    { points: 12, reach: 30, share: 0.7 },
    { points: -30, reach: 30, share: 0 },
    { points: 30, reach: 30, share: 1 },
    { points: 0, reach: 8, share: 0.5 },
    { points: 0, reach: 0, share: 0.5 },
  ])('gives $share for $points points of $reach', ({ points, reach, share }) => {
    expect(shareOf(points, reach)).toBeCloseTo(share, 12);
  });

  it.each([
    { id: 'blank-page', reach: 4 },
    { id: 'free-afternoon', reach: 6 },
    { id: 'payments-launch', reach: 8 },
  ])('lets $id reach $reach points', ({ id, reach }) => {
    expect(questionReach(questionById(id))).toBe(reach);
  });

  it('reaches as far as the strongest lean in either direction', () => {
    const question: Question = {
      ...questionById('payments-launch'),
      options: [
        { id: 'a', label: 'A', lean: 1 },
        { id: 'b', label: 'B', lean: -2 },
      ],
    };
    expect(questionReach(question)).toBe(8);
  });
});

describe('scoreAnswers', () => {
  it('resolves answers in bank order with their position, points and reach', () => {
    expect(
      scoreAnswers({ 'one-chart': 'milestones-hit', 'free-afternoon': 'untangle-schedule' }).map(
        (answer) => ({
          id: answer.question.id,
          option: answer.option.id,
          optionIndex: answer.optionIndex,
          points: answer.points,
          reach: answer.reach,
        }),
      ),
    ).toEqual([
      { id: 'free-afternoon', option: 'untangle-schedule', optionIndex: 1, points: -6, reach: 6 },
      { id: 'one-chart', option: 'milestones-hit', optionIndex: 2, points: -4, reach: 8 },
    ]);
  });

  it('throws errors that name what the bank does not hold', () => {
    const question = new UnknownQuestionError('ghost');
    expect(question).toMatchObject({ name: 'UnknownQuestionError', questionId: 'ghost' });
    expect(question.message).toBe('No question with id "ghost" is in the question bank.');
    const option = new UnknownOptionError('blank-page', 'sort-of');
    expect(option).toMatchObject({
      name: 'UnknownOptionError',
      questionId: 'blank-page',
      optionId: 'sort-of',
    });
    expect(option.message).toBe('Question "blank-page" has no option with id "sort-of".');
    expect(() => scoreAnswers({ ghost: 'agree' })).toThrow(question);
    expect(() => scoreAnswers({ 'blank-page': 'sort-of' })).toThrow(option);
  });

  it('rejects an unknown option even when the other answers are sound', () => {
    expect(() => scoreAnswers({ 'free-afternoon': 'sketch-future', 'blank-page': 'sort-of' })).toThrow(
      UnknownOptionError,
    );
  });
});

describe('strengthOf: the bands', () => {
  it.each([
    { share: 0.5, strength: 'even' },
    { share: 0.5 + 1e-12, strength: 'even' },
    { share: 0.5 - 1e-12, strength: 'even' },
    { share: 0.5 + 1 / 336, strength: 'slight' },
    { share: 0.57, strength: 'slight' },
    { share: 0.5799, strength: 'slight' },
    // 0.58 - 0.5 is 0.07999999999999996 in floating point: a share shown as 58% is moderate.
    { share: 0.58, strength: 'moderate' },
    { share: 0.42, strength: 'moderate' },
    { share: 0.6799, strength: 'moderate' },
    { share: 0.68, strength: 'clear' },
    { share: 0.32, strength: 'clear' },
    { share: 1, strength: 'clear' },
    { share: 0, strength: 'clear' },
  ] as const)('calls a share of $share $strength', ({ share, strength }) => {
    expect(strengthOf(share)).toBe(strength);
  });

  it.each([
    {
      name: 'slight',
      answers: {
        'free-afternoon': 'sketch-future',
        'know-inside-out': 'team-capacity',
        'blank-page': 'agree',
      },
    },
    {
      name: 'moderate',
      answers: {
        'free-afternoon': 'sketch-future',
        'know-inside-out': 'team-capacity',
        'one-chart': 'satisfaction',
      },
    },
  ] as const)('words a $name lean in the summary', ({ name, answers }) => {
    const result = evaluate(answers);
    expect(result.strength).toBe(name);
    expect(result.summary).toBe(`A ${name} lean toward ${trackTitles[result.track]}`);
  });
});

describe('the tie rule', () => {
  it('goes by the direction answers even when other dimensions lean the other way', () => {
    // direction: -6 (free-afternoon) +2 (blank-page agree) = -4; compass +6, measure -2 => 0 overall.
    const result = evaluate({
      'free-afternoon': 'untangle-schedule',
      'blank-page': 'agree',
      'know-inside-out': 'customer-pains',
      'promise-kept': 'agree',
    });
    expect(result.productShare).toBe(0.5);
    expect(result.track).toBe('project');
    expect(result.summary).toBe('An even balance between the two roles');
  });

  it('goes to product when the direction answers cancel out', () => {
    const result = evaluate({
      'blank-page': 'agree',
      'goal-into-plan': 'agree',
      'know-inside-out': 'team-capacity',
      'proudest-line': 'used-and-sold',
    });
    expect(result.productShare).toBe(0.5);
    expect(result.track).toBe('product');
  });
});

describe('confidence', () => {
  it.each([
    { name: 'every answer fully project', answers: answersToward('project'), confidence: 1 },
    { name: 'a single answer', answers: { 'one-chart': 'milestones-hit' }, confidence: 1 },
    {
      name: 'a single neutral answer (every resample ties)',
      answers: { 'blank-page': 'neutral' },
      confidence: 0.5,
    },
    {
      name: 'only neutral answers',
      answers: { 'blank-page': 'neutral', 'promise-kept': 'neutral', 'say-not-yet': 'neutral' },
      confidence: 0.5,
    },
  ])('is $confidence for $name', ({ answers, confidence }) => {
    expect(evaluate(answers).confidence).toBe(confidence);
  });

  it('counts resamples that tie as half, and those that disagree as nothing', () => {
    // Two opposite answers of equal size: a resample of two ties half the time.
    const result = evaluate({ 'free-afternoon': 'sketch-future', 'know-inside-out': 'team-capacity' });
    expect(result.productShare).toBe(0.5);
    expect(result.confidence).toBe(0.4995);
  });

  it('agrees with the recommended track, whichever it is', () => {
    const project = evaluate({
      ...workedExample,
      'one-chart': 'budget-burn',
      'free-afternoon': 'untangle-schedule',
    });
    expect(project.track).toBe('project');
    expect(project.confidence).toBe(0.9415);
  });
});

describe('describeConfidence', () => {
  it.each([
    { confidence: 1, answered: 0, text: 'Answer a few questions to see where you lean' },
    { confidence: 1, answered: 3, text: 'Your answers agree with each other strongly' },
    { confidence: confidenceBands.high, answered: 3, text: 'Your answers agree with each other strongly' },
    { confidence: 0.9499, answered: 3, text: 'Most of your answers point the same way' },
    { confidence: confidenceBands.fair, answered: 3, text: 'Most of your answers point the same way' },
    { confidence: 0.7999, answered: 3, text: 'A close call: your answers pull both ways' },
    { confidence: 0, answered: 1, text: 'A close call: your answers pull both ways' },
  ])('says "$text" for $confidence over $answered answers', ({ confidence, answered, text }) => {
    expect(describeConfidence(confidence, answered)).toBe(text);
  });

  it('is 0.95 and 0.8 at the band edges', () => {
    expect(confidenceBands).toEqual({ fair: 0.8, high: 0.95 });
  });
});

describe('describeDimension', () => {
  const dimension = (score: number, answered = 2): DimensionScore => ({
    id: 'direction',
    name: 'Where you put your effort',
    productPole: 'Deciding where to go: Vision',
    projectPole: 'Getting there: Planning',
    score,
    answered,
    total: 4,
  });

  it.each([
    { score: 0, answered: 0, toward: null, text: 'Not answered yet' },
    { score: 1, answered: 0, toward: null, text: 'Not answered yet' },
    { score: 0, answered: 2, toward: null, text: 'Balanced between the two' },
    { score: 0.19, answered: 2, toward: null, text: 'Balanced between the two' },
    { score: -0.19, answered: 2, toward: null, text: 'Balanced between the two' },
    { score: 0.2, answered: 2, toward: 'product', text: 'Leans toward deciding where to go: Vision' },
    { score: -0.2, answered: 2, toward: 'project', text: 'Leans toward getting there: Planning' },
    { score: 0.59, answered: 2, toward: 'product', text: 'Leans toward deciding where to go: Vision' },
    { score: 0.6, answered: 2, toward: 'product', text: 'Strongly toward deciding where to go: Vision' },
    { score: -1, answered: 2, toward: 'project', text: 'Strongly toward getting there: Planning' },
  ] as const)(
    'reads a score of $score over $answered answers as "$text"',
    ({ score, answered, toward, text }) => {
      expect(describeDimension(dimension(score, answered))).toEqual({ toward, text });
    },
  );

  it('uses bands of 0.2 and 0.6', () => {
    expect(dimensionBands).toEqual({ balanced: 0.2, strong: 0.6 });
  });
});

describe('explainResult', () => {
  const mostlyProduct = () =>
    evaluate({
      ...answersToward('product', questions.slice(0, 20)),
      ...answersToward('project', questions.slice(20)),
    });

  it('shows the four strongest reasons for the track and the three strongest against it', () => {
    const many = mostlyProduct();
    expect(many.track).toBe('product');
    const { supporting, opposing } = explainResult(many);
    expect(supporting).toEqual(many.reasons.filter((reason) => reason.toward === 'product').slice(0, 4));
    expect(opposing).toEqual(many.reasons.filter((reason) => reason.toward === 'project').slice(0, 3));
    expect(supporting).toHaveLength(4);
    expect(opposing).toHaveLength(3);
  });

  it('takes other limits', () => {
    const { supporting, opposing } = explainResult(mostlyProduct(), { supporting: 1, opposing: 2 });
    expect(supporting.map((reason) => reason.toward)).toEqual(['product']);
    expect(opposing.map((reason) => reason.toward)).toEqual(['project', 'project']);
    expect(supporting[0]?.size).toBe(8);
  });

  it('sorts a project result the other way round', () => {
    const result = evaluate(workedExample);
    const flipped = { ...result, track: otherTrack(result.track) };
    expect(explainResult(flipped).supporting.map((reason) => reason.questionId)).toEqual([
      'watch-the-budget',
      'promise-kept',
    ]);
    expect(explainResult(flipped).opposing.map((reason) => reason.questionId)).toEqual([
      'one-chart',
      'free-afternoon',
      'shared-engineer',
    ]);
  });
});

describe('splitPercentages and otherTrack', () => {
  it.each([
    { share: 0.7, product: 70 },
    { share: 0.125, product: 13 },
    { share: 0.994, product: 99 },
    { share: 1, product: 100 },
    { share: 0, product: 0 },
  ])('splits $share as $product / rest', ({ share, product }) => {
    expect(splitPercentages(share)).toEqual({ product, project: 100 - product });
  });

  it('names the other track', () => {
    expect(otherTrack('product')).toBe('project');
    expect(otherTrack('project')).toBe('product');
  });
});

describe('reasons', () => {
  it('leaves the text empty where the texts hold none for an answer', () => {
    const result = evaluate({ 'blank-page': 'agree' }, questionBank, {});
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]?.text).toBe('');
  });

  it('skips answers that moved nothing', () => {
    expect(
      evaluate({ 'blank-page': 'neutral', 'promise-kept': 'agree' }).reasons.map((r) => r.questionId),
    ).toEqual(['promise-kept']);
  });
});

describe('cautions: straight-lining', () => {
  const graded = questions.filter((question) => question.options.length > 2);

  it('flags straight-lining at exactly 80%, with the count in the message', () => {
    // 24 of 30 on the first option; the other 6 on the second.
    const answers = answerAt(questions, (question) => (questions.indexOf(question) < 6 ? 1 : 0));
    expect(cautionOf(answers, 'straight-lining')).toEqual({
      code: 'straight-lining',
      message: `You picked the first option on 24 of ${total} questions. If you were clicking through quickly, the result may say more about the order of the options than about you.`,
    });
  });

  it('does not flag 23 of 30 in one place', () => {
    const answers = answerAt(questions, (question) => (questions.indexOf(question) < 7 ? 1 : 0));
    expect(cautionOf(answers, 'straight-lining')).toBeUndefined();
  });

  it.each([
    { answered: 10, same: 8, flagged: true },
    { answered: 10, same: 7, flagged: false },
    { answered: 6, same: 5, flagged: true },
    { answered: 6, same: 4, flagged: false },
  ])('with $same of $answered in the last place, flags: $flagged', ({ answered, same, flagged }) => {
    const list = questions.slice(0, answered);
    const answers = answerAt(list, (question) =>
      list.indexOf(question) < answered - same ? 0 : question.options.length - 1,
    );
    const caution = cautionOf(answers, 'straight-lining');
    expect(
      caution?.message.startsWith(`You picked the last option on ${same} of ${answered} questions.`) ?? false,
    ).toBe(flagged);
  });

  it('flags the same middle place every time', () => {
    const answers = answerAt(graded, () => 1);
    expect(cautionOf(answers, 'straight-lining')?.message).toMatch(
      `You picked the same option on ${graded.length} of ${graded.length} questions.`,
    );
  });

  it('does not count different middle places as the same place', () => {
    const answers = answerAt(graded, (question) => (graded.indexOf(question) % 2 ? 1 : 2));
    expect(cautionOf(answers, 'straight-lining')).toBeUndefined();
  });

  it('counts the second of two options as the last', () => {
    const choices = questions.filter((question) => question.kind === 'choice');
    const agreements = questions.filter((question) => question.kind === 'agreement').slice(0, 2);
    const answers = answerAt([...choices, ...agreements], (question) => question.options.length - 1);
    expect(cautionOf(answers, 'straight-lining')?.message).toMatch(
      `the last option on ${choices.length + 2} of ${choices.length + 2}`,
    );
  });
});

describe('cautions: inconsistent answers', () => {
  it('names every dimension with clashing full-strength answers, product answers first', () => {
    const caution = cautionOf(
      {
        'goal-into-plan': 'strongly-agree',
        'blank-page': 'strongly-agree',
        'payments-launch': 'find-need',
        'support-tickets': 'strongly-disagree',
        'watch-the-budget': 'strongly-disagree',
        'rival-feature': 'protect-date',
      },
      'inconsistent',
    );
    expect(caution).toEqual({
      code: 'inconsistent',
      message:
        'Some of your strongest answers about “where you put your effort”, “what you steer by” point in opposite directions. The score there may not describe you well; it can help to read those questions again.',
      questionIds: [
        'payments-launch',
        'blank-page',
        'goal-into-plan',
        'watch-the-budget',
        'support-tickets',
        'rival-feature',
      ],
    });
  });

  it('needs a full-strength answer each way, not two the same way', () => {
    expect(
      cautionOf({ 'blank-page': 'strongly-agree', 'payments-launch': 'find-need' }, 'inconsistent'),
    ).toBe(undefined);
    expect(
      cautionOf(
        { 'goal-into-plan': 'strongly-agree', 'payments-launch': 'plan-budget-risks' },
        'inconsistent',
      ),
    ).toBeUndefined();
  });

  it('lists the cautions in a fixed order: incomplete, straight-lining, inconsistent', () => {
    const list = questions.slice(0, 10);
    const answers = {
      ...answerAt(list, () => 0),
      'goal-into-plan': 'strongly-agree',
      'blank-page': 'strongly-agree',
    };
    expect(evaluate(answers).cautions.map((caution) => caution.code)).toEqual([
      'incomplete',
      'straight-lining',
      'inconsistent',
    ]);
  });

  it('raises none for a complete, consistent set of answers', () => {
    expect(evaluate(answersToward('project')).cautions).toEqual([]);
  });
});
