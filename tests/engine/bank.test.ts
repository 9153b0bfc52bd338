import { describe, expect, it } from 'vitest';
import {
  allAttributes,
  bankLimits,
  bankReach,
  coverageOf,
  evaluate,
  findBankProblems,
  productOptionPositions,
  questionBank,
  reasonTexts,
} from '../../src/engine/index.ts';
import type { Question, QuestionBank, ReasonTexts } from '../../src/engine/index.ts';

const { questions, dimensions } = questionBank;

/** A copy of the reason texts with one question's sentences changed. */
function withReason(index: number, change: Partial<Record<'product' | 'project', string>>): ReasonTexts {
  const id = questions[index]?.id ?? '';
  const current = reasonTexts[id] ?? { product: '', project: '' };
  return { ...reasonTexts, [id]: { ...current, ...change } };
}

/** A copy of the bank with one question changed. */
function withQuestion(index: number, change: (question: Question) => Question): QuestionBank {
  return {
    ...questionBank,
    questions: questions.map((question, at) => (at === index ? change(question) : question)),
  };
}

describe('the question bank', () => {
  it('has no problems by its own invariants', () => {
    expect(findBankProblems(questionBank)).toEqual([]);
  });

  it('has 24 to 36 questions over 5 to 8 dimensions, each measured by at least 3', () => {
    expect(questions.length).toBeGreaterThanOrEqual(24);
    expect(questions.length).toBeLessThanOrEqual(36);
    expect(dimensions.length).toBeGreaterThanOrEqual(5);
    expect(dimensions.length).toBeLessThanOrEqual(8);
    for (const dimension of dimensions) {
      expect(
        questions.filter((question) => question.dimension === dimension.id).length,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses unique, stable, kebab-case ids', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of questions) {
      expect(question.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size).toBe(optionIds.length);
      for (const id of optionIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('asks in all three ways: agreement statements, forced choices and scenarios', () => {
    const kinds = new Set(questions.map((question) => question.kind));
    expect([...kinds].sort()).toEqual(['agreement', 'choice', 'scenario']);
    for (const question of questions.filter((candidate) => candidate.kind === 'scenario')) {
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      expect(question.options.length).toBeLessThanOrEqual(4);
    }
  });

  it("covers every attribute of the seeds' comparison tables with at least two questions", () => {
    const coverage = coverageOf(questionBank);
    for (const attribute of allAttributes) expect(coverage.get(attribute)?.length).toBeGreaterThanOrEqual(2);
  });

  it('lets neither pole score higher than the other', () => {
    const reach = bankReach(questionBank);
    expect(reach.product).toBe(reach.project);
    expect(
      evaluate(Object.fromEntries(questions.map((question) => [question.id, question.options[0]?.id ?? ''])))
        .productShare,
    ).not.toBeNaN();
  });

  it('keys at least 40% of the agreement statements toward each pole', () => {
    const statements = questions.filter((question) => question.kind === 'agreement');
    for (const track of ['product', 'project'] as const) {
      const keyed = statements.filter((question) => question.keyedToward === track).length;
      expect(keyed / statements.length).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('puts the product-leaning option first about as often as last', () => {
    const { first, last } = productOptionPositions(questionBank);
    expect(first + last).toBe(questions.length);
    expect(Math.abs(first - last)).toBeLessThanOrEqual(bankLimits.positionImbalance);
  });

  it('makes every option reachable, and every option that leans gives a reason pointing its way', () => {
    for (const question of questions) {
      for (const option of question.options) {
        const result = evaluate({ [question.id]: option.id });
        expect(result.answered).toBe(1);
        if (option.lean === 0) {
          expect(result.reasons).toEqual([]);
        } else {
          expect(result.reasons[0]?.toward).toBe(option.lean > 0 ? 'product' : 'project');
          expect(result.reasons[0]?.text.length).toBeGreaterThan(20);
        }
      }
    }
  });

  it('has reason texts for both directions, written to the person, and none for questions it lacks', () => {
    expect(Object.keys(reasonTexts).sort()).toEqual(questions.map((question) => question.id).sort());
    for (const question of questions) {
      const reasons = reasonTexts[question.id];
      expect(reasons?.product).toMatch(/\byou/i);
      expect(reasons?.project).toMatch(/\byou/i);
      expect(reasons?.product).not.toBe(reasons?.project);
    }
  });

  it('never gives the answer away by naming either role in a prompt or an option', () => {
    for (const question of questions) {
      const shown = [question.prompt, ...question.options.map((option) => option.label)].join(' ');
      expect(shown).not.toMatch(/product manag|project manag/i);
    }
  });

  it('keeps prompts short enough to read at a glance', () => {
    for (const question of questions) expect(question.prompt.split(/\s+/).length).toBeLessThanOrEqual(30);
  });
});

describe('findBankProblems catches a broken bank', () => {
  it.each([
    {
      name: 'a duplicated question id',
      bank: withQuestion(1, (question) => ({ ...question, id: questions[0]?.id ?? '' })),
      problem: /used twice/,
    },
    {
      name: 'a question that leans further one way',
      bank: withQuestion(0, (question) => ({
        ...question,
        options: question.options.map((option) =>
          option.lean < 0 ? { ...option, lean: -1 as const } : option,
        ),
      })),
      problem: /full-strength option toward each role/,
    },
    {
      name: 'a missing reason text',
      bank: questionBank,
      reasons: withReason(3, { project: ' ' }),
      problem: /no reason text for project/,
    },
    {
      name: 'a reason not written to the person',
      bank: questionBank,
      reasons: withReason(3, { product: 'Nice.' }),
      problem: /not written to the person/,
    },
    {
      name: 'an agreement scale that contradicts its keying',
      bank: withQuestion(
        questions.findIndex((question) => question.kind === 'agreement'),
        (question) => ({
          ...question,
          keyedToward: question.keyedToward === 'product' ? 'project' : 'product',
        }),
      ),
      problem: /which role agreeing points to/,
    },
    {
      name: 'too few questions',
      bank: { ...questionBank, questions: questions.slice(0, 10) },
      problem: /it needs 24 to 36/,
    },
    {
      name: 'an attribute left uncovered',
      bank: {
        ...questionBank,
        questions: questions.map((question) => ({
          ...question,
          covers: question.covers
            .filter((attribute) => attribute !== 'tools')
            .concat(question.covers.length === 1 && question.covers[0] === 'tools' ? ['methods'] : []),
        })),
      },
      problem: /Attribute "tools" is covered by 0/,
    },
    {
      name: 'agreement statements all keyed one way',
      bank: {
        ...questionBank,
        questions: questions.filter(
          (question) => question.kind !== 'agreement' || question.keyedToward === 'product',
        ),
      },
      problem: /keyed toward project/,
    },
    {
      name: 'the product option always shown first',
      bank: {
        ...questionBank,
        questions: questions.map((question) => ({
          ...question,
          options: [...question.options].sort((first, second) => second.lean - first.lean),
        })),
      },
      problem: /first \d+ times and last 0 times/,
    },
    {
      name: 'two options with the same label',
      bank: withQuestion(0, (question) => ({
        ...question,
        options: question.options.map((option) => ({ ...option, label: 'Same' })),
      })),
      problem: /cannot be told apart/,
    },
  ] as { name: string; bank: QuestionBank; reasons?: ReasonTexts; problem: RegExp }[])(
    'reports $name',
    ({ bank, reasons, problem }) => {
      expect(findBankProblems(bank, reasons).join('\n')).toMatch(problem);
    },
  );
  it('is satisfied by the shipped reasons alone', () => {
    expect(findBankProblems(questionBank, reasonTexts)).toEqual([]);
  });
});
