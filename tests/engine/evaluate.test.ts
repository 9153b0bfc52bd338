import { describe, expect, it } from 'vitest';
import {
  evaluate,
  questionBank,
  reasonTexts,
  strengthBands,
  strengthOf,
  straightLining,
  UnknownOptionError,
  UnknownQuestionError,
} from '../../src/engine/index.ts';
import type { Answers } from '../../src/engine/index.ts';
import { recommendedTrack } from '../../src/engine/evaluate.ts';
import { answersToward, optionAt, questionById, strongestOption } from './answers.ts';

const total = questionBank.questions.length;

describe('evaluate: the split, track, strength and confidence', () => {
  it.each([
    {
      name: 'every answer fully product',
      answers: answersToward('product'),
      track: 'product',
      share: 1,
      strength: 'clear',
    },
    {
      name: 'every answer fully project',
      answers: answersToward('project'),
      track: 'project',
      share: 0,
      strength: 'clear',
    },
    { name: 'no answers', answers: {}, track: 'product', share: 0.5, strength: 'even' },
    {
      name: 'one full product choice',
      answers: { 'free-afternoon': 'sketch-future' },
      track: 'product',
      share: 1,
      strength: 'clear',
    },
    {
      name: 'one mild project scenario answer',
      answers: { 'shared-engineer': 'fit-both-plans' },
      track: 'project',
      share: 0.25,
      strength: 'clear',
    },
    {
      name: 'a neutral agreement answer',
      answers: { 'blank-page': 'neutral' },
      track: 'product',
      share: 0.5,
      strength: 'even',
    },
  ] as const)('$name gives $track at $share ($strength)', ({ answers, track, share, strength }) => {
    const result = evaluate(answers);
    expect(result.track).toBe(track);
    expect(result.productShare).toBeCloseTo(share, 10);
    expect(result.strength).toBe(strength);
  });

  it('weights each answer by its kind and normalises by what the answered questions could reach', () => {
    // agreement weight 2 x lean +1 = +2 of 4; choice weight 3 x lean -2 = -6 of 6. Sum -4 of 10 => 0.3.
    const result = evaluate({ 'support-tickets': 'agree', 'know-inside-out': 'team-capacity' });
    expect(result.productShare).toBeCloseTo(0.3, 10);
    expect(result.track).toBe('project');
  });

  it.each([
    { share: 0.5 + strengthBands.slight - 0.01, strength: 'slight' },
    { share: 0.5 + strengthBands.slight, strength: 'moderate' },
    { share: 0.5 + strengthBands.moderate, strength: 'clear' },
  ] as const)('bands a share of $share as $strength', ({ share, strength }) => {
    expect(strengthOf(share)).toBe(strength);
    expect(strengthOf(1 - share)).toBe(strength);
  });

  it('reports a summary in words for each kind of result', () => {
    expect(evaluate({}).summary).toBe('No answers yet');
    expect(evaluate({ 'blank-page': 'neutral' }).summary).toBe('An even balance between the two roles');
    expect(evaluate(answersToward('project')).summary).toBe('A clear lean toward Technical Project Manager');
  });

  it('gives full confidence when every answer points the same way, and none without answers', () => {
    expect(evaluate(answersToward('product')).confidence).toBe(1);
    expect(evaluate({}).confidence).toBe(0);
  });

  it('gives a middling confidence when the answers are split nearly evenly', () => {
    const half = questionBank.questions.slice(0, total / 2);
    const rest = questionBank.questions.slice(total / 2);
    const result = evaluate({ ...answersToward('product', half), ...answersToward('project', rest) });
    expect(result.confidence).toBeGreaterThan(0.3);
    expect(result.confidence).toBeLessThan(0.9);
  });
});

describe('evaluate: the tie rule', () => {
  // A choice (weight 3 x 2 = 6) on one side and a scenario mild answer plus an agreement on the other.
  it.each([
    {
      name: 'the direction dimension favours project',
      answers: { 'free-afternoon': 'untangle-schedule', 'know-inside-out': 'customer-pains' },
      track: 'project',
    },
    {
      name: 'the direction dimension favours product',
      answers: { 'free-afternoon': 'sketch-future', 'know-inside-out': 'team-capacity' },
      track: 'product',
    },
    {
      name: 'nothing favours either side',
      answers: { 'know-inside-out': 'team-capacity', 'lunch-meeting': 'design-and-marketing' },
      track: 'product',
    },
  ] as const)('an exact tie where $name goes to $track', ({ answers, track }) => {
    const result = evaluate(answers);
    expect(result.productShare).toBe(0.5);
    expect(result.strength).toBe('even');
    expect(result.track).toBe(track);
    expect(recommendedTrack(answers)).toBe(track);
  });
});

describe('evaluate: partial answers', () => {
  it('scores only what was answered and says how much that is', () => {
    const result = evaluate({ 'free-afternoon': 'sketch-future', 'promise-kept': 'strongly-agree' });
    expect(result.answered).toBe(2);
    expect(result.total).toBe(total);
    const direction = result.dimensions.find((dimension) => dimension.id === 'direction');
    const career = result.dimensions.find((dimension) => dimension.id === 'career');
    expect(direction).toMatchObject({ score: 1, answered: 1, total: 4 });
    expect(career).toMatchObject({ score: 0, answered: 0 });
  });
});

describe('evaluate: ids the bank does not hold', () => {
  it('names the unknown question', () => {
    expect(() => evaluate({ 'no-such-question': 'agree' })).toThrow(UnknownQuestionError);
    expect(() => evaluate({ 'no-such-question': 'agree' })).toThrow(/no-such-question/);
  });

  it('names the question and the unknown option', () => {
    const call = () => evaluate({ 'blank-page': 'sort-of' });
    expect(call).toThrow(UnknownOptionError);
    expect(call).toThrow(/"blank-page".*"sort-of"/);
  });

  it('does not treat inherited object keys as answers', () => {
    const answers = Object.create({ 'blank-page': 'agree' }) as Answers;
    expect(evaluate(answers).answered).toBe(0);
  });
});

describe('evaluate: reasons', () => {
  it('explains each answer that pushed one way, strongest first, in the second person', () => {
    const result = evaluate({
      'blank-page': 'agree',
      'free-afternoon': 'untangle-schedule',
      'payments-launch': 'find-need',
      'promise-kept': 'neutral',
    });
    expect(result.reasons.map((reason) => [reason.questionId, reason.toward, reason.size])).toEqual([
      ['payments-launch', 'product', 8],
      ['free-afternoon', 'project', 6],
      ['blank-page', 'product', 2],
    ]);
    const first = result.reasons[0];
    expect(first?.text).toBe(reasonTexts['payments-launch']?.product);
    expect(first?.answer).toBe('Finding out which customers need it most and what they would use it for');
    expect(first?.prompt).toBe(questionById('payments-launch').prompt);
  });
});

describe('evaluate: cautions', () => {
  const codes = (answers: Answers) => evaluate(answers).cautions.map((caution) => caution.code);

  it('flags an unfinished quiz, and not a finished one', () => {
    expect(codes({ 'blank-page': 'agree' })).toContain('incomplete');
    expect(codes(answersToward('product'))).not.toContain('incomplete');
    expect(evaluate({ 'blank-page': 'agree' }).cautions[0]?.message).toMatch(`1 of ${total}`);
  });

  it.each([
    { position: 'first', index: () => 0 },
    { position: 'last', index: (count: number) => count - 1 },
  ])('flags picking the $position option every time', ({ position, index }) => {
    const answers = Object.fromEntries(
      questionBank.questions.map((question) => [
        question.id,
        optionAt(question, index(question.options.length)),
      ]),
    );
    const caution = evaluate(answers).cautions.find((candidate) => candidate.code === 'straight-lining');
    expect(caution?.message).toMatch(`the ${position} option on ${total} of ${total}`);
  });

  it('does not flag a person whose answers lean consistently one way', () => {
    expect(codes(answersToward('product'))).not.toContain('straight-lining');
    expect(codes(answersToward('project'))).not.toContain('straight-lining');
  });

  it('needs enough answers before calling anything straight-lining', () => {
    const few = questionBank.questions.slice(0, straightLining.minimumAnswers - 1);
    expect(
      codes(Object.fromEntries(few.map((question) => [question.id, optionAt(question, 0)]))),
    ).not.toContain('straight-lining');
    const enough = questionBank.questions.slice(0, straightLining.minimumAnswers);
    expect(
      codes(Object.fromEntries(enough.map((question) => [question.id, optionAt(question, 0)]))),
    ).toContain('straight-lining');
  });

  it('flags full-strength answers in opposite directions within one dimension, naming the questions', () => {
    const caution = evaluate({
      'blank-page': 'strongly-agree',
      'goal-into-plan': 'strongly-agree',
    }).cautions.find((candidate) => candidate.code === 'inconsistent');
    expect(caution?.questionIds).toEqual(['blank-page', 'goal-into-plan']);
    expect(caution?.message).toMatch(/where you put your effort/);
  });

  it('does not count a forced choice, where every answer is full strength, nor milder answers', () => {
    expect(
      codes({ 'free-afternoon': 'sketch-future', 'payments-launch': 'plan-budget-risks' }),
    ).not.toContain('inconsistent');
    expect(codes({ 'payments-launch': 'find-need', 'goal-into-plan': 'strongly-agree' })).toContain(
      'inconsistent',
    );
    expect(codes({ 'blank-page': 'agree', 'goal-into-plan': 'strongly-agree' })).not.toContain(
      'inconsistent',
    );
    expect(codes({ 'free-afternoon': 'sketch-future', 'blank-page': 'strongly-disagree' })).not.toContain(
      'inconsistent',
    );
    expect(
      codes({
        'blank-page': strongestOption(questionById('blank-page'), 'product'),
        'watch-the-budget': 'strongly-agree',
      }),
    ).not.toContain('inconsistent');
  });
});
