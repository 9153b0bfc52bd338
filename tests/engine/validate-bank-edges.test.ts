import { describe, expect, it } from 'vitest';
import {
  allAttributes,
  bankReach,
  coverageOf,
  findBankProblems,
  kindWeights,
  productOptionPositions,
  questionBank,
} from '../../src/engine/index.ts';
import type {
  Dimension,
  DimensionId,
  Lean,
  Option,
  Question,
  QuestionBank,
  QuestionKind,
  ReasonTexts,
} from '../../src/engine/index.ts';

const dimensionIds: readonly DimensionId[] = [
  'direction',
  'compass',
  'uncertainty',
  'measure',
  'ownership',
  'people',
  'toolkit',
  'career',
];

const agreementSteps = ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'] as const;

function options(leans: readonly Lean[]): Option[] {
  return leans.map((lean, index) => ({ id: `option-${index}`, label: `Option ${index}`, lean }));
}

/**
 * A small sound bank: `size` questions spread round-robin over `dimensions` dimensions, the three kinds
 * in turn, agreement keying and the product option's position alternating, every attribute covered
 * at least twice (from 12 questions up).
 */
function soundBank(size = 24, dimensionCount = 6): { bank: QuestionBank; reasons: ReasonTexts } {
  const dimensions: Dimension[] = dimensionIds.slice(0, dimensionCount).map((id) => ({
    id,
    name: `Dimension ${id}`,
    productPole: 'Product pole',
    projectPole: 'Project pole',
  }));
  const kinds: readonly QuestionKind[] = ['agreement', 'choice', 'scenario'];
  const perKind = new Map<QuestionKind, number>();
  const questions: Question[] = Array.from({ length: size }, (_, index) => {
    const kind = kinds[index % kinds.length] ?? 'choice';
    const turn = perKind.get(kind) ?? 0;
    perKind.set(kind, turn + 1);
    const productFirst = turn % 2 === 0;
    const base = {
      id: `question-${index}`,
      dimension: dimensions[index % dimensions.length]?.id ?? 'direction',
      prompt: `Prompt ${index}`,
      covers: [
        allAttributes[index % allAttributes.length] ?? 'focus',
        allAttributes[(index + 1) % allAttributes.length] ?? 'focus',
      ],
      weight: kindWeights[kind],
    };
    if (kind === 'agreement') {
      const sign = productFirst ? -1 : 1;
      return {
        ...base,
        kind,
        keyedToward: productFirst ? 'project' : 'product',
        options: agreementSteps.map((id, step) => ({
          id,
          label: id,
          lean: (((step - 2) * sign) | 0) as Lean,
        })),
      };
    }
    const leans: Lean[] = kind === 'choice' ? [2, -2] : [2, 1, -1, -2];
    return { ...base, kind, options: options(productFirst ? leans : [...leans].reverse()) };
  });
  const reasons: ReasonTexts = Object.fromEntries(
    questions.map((question) => [
      question.id,
      { product: 'You lean to product here.', project: 'Your answer leans to project.' },
    ]),
  );
  return { bank: { id: 'synthetic', version: 1, dimensions, questions }, reasons };
}

/** The first `count` statements keyed toward `from`, keyed the other way instead (scale flipped). */
function rekeyed(questions: readonly Question[], from: 'product' | 'project', count: number): Question[] {
  let left = count;
  return questions.map((question) => {
    if (question.kind !== 'agreement' || question.keyedToward !== from || left === 0) return question;
    left--;
    return {
      ...question,
      keyedToward: from === 'product' ? 'project' : 'product',
      options: question.options.map((option) => ({ ...option, lean: (-option.lean | 0) as Lean })),
    };
  });
}

/** The sound bank with question `index` changed. */
function changed(index: number, change: (question: Question) => Question) {
  const { bank, reasons } = soundBank();
  const questions = bank.questions.map((question, at) => (at === index ? change(question) : question));
  return { bank: { ...bank, questions }, reasons };
}

// Question 0 is an agreement keyed toward project, 1 a choice, 2 a scenario (product option first).
const agreementIndex = 0;
const choiceIndex = 1;
const scenarioIndex = 2;

describe('findBankProblems on a sound bank', () => {
  it.each([
    { size: 24, dimensions: 5 },
    { size: 24, dimensions: 8 },
    { size: 36, dimensions: 6 },
  ])('finds nothing wrong with $size questions over $dimensions dimensions', ({ size, dimensions }) => {
    const { bank, reasons } = soundBank(size, dimensions);
    expect(findBankProblems(bank, reasons)).toEqual([]);
  });
});

describe('findBankProblems reports each rule with its own message', () => {
  it.each([
    { name: 'version 0', version: 0 },
    { name: 'a fractional version', version: 1.5 },
    { name: 'a negative version', version: -1 },
  ])('rejects $name', ({ version }) => {
    const { bank, reasons } = soundBank();
    expect(findBankProblems({ ...bank, version }, reasons)).toEqual([
      'The bank version must be a whole number from 1.',
    ]);
  });

  it('accepts any whole version from 1', () => {
    const { bank, reasons } = soundBank();
    expect(findBankProblems({ ...bank, version: 2 }, reasons)).toEqual([]);
  });

  it.each([
    { size: 23, message: 'The bank has 23 questions; it needs 24 to 36.' },
    { size: 37, message: 'The bank has 37 questions; it needs 24 to 36.' },
  ])('rejects a bank of $size questions', ({ size, message }) => {
    const { bank, reasons } = soundBank(size, 5);
    expect(findBankProblems(bank, reasons)).toEqual([message]);
  });

  it('rejects a bank of 4 dimensions, and of 9', () => {
    const { bank, reasons } = soundBank(24, 4);
    expect(findBankProblems(bank, reasons)).toEqual(['The bank has 4 dimensions; it needs 5 to 8.']);
    const [extra] = bank.dimensions;
    const nine = soundBank(36, 8);
    const dimensions = [...nine.bank.dimensions, { ...(extra as Dimension), id: 'extra' as DimensionId }];
    const problems = findBankProblems({ ...nine.bank, dimensions }, nine.reasons);
    expect(problems).toContain('The bank has 9 dimensions; it needs 5 to 8.');
  });

  it('names a duplicated dimension id', () => {
    const { bank, reasons } = soundBank();
    const [first, second, ...rest] = bank.dimensions;
    const dimensions = [first, { ...(second as Dimension), id: first?.id ?? 'direction' }, ...rest];
    const problems = findBankProblems({ ...bank, dimensions: dimensions as Dimension[] }, reasons);
    expect(problems).toContain(`Dimension id "${first?.id}" is used twice.`);
  });

  it('names a duplicated question id once per extra use', () => {
    const { bank, reasons } = changed(3, (question) => ({ ...question, id: 'question-0' }));
    expect(findBankProblems(bank, reasons)).toEqual(['Question id "question-0" is used twice.']);
  });

  it.each([
    {
      name: 'an unknown dimension',
      change: (question: Question): Question => ({ ...question, dimension: 'nowhere' as DimensionId }),
      message: 'Question "question-2" names an unknown dimension "nowhere".',
    },
    {
      name: 'a blank prompt',
      change: (question: Question): Question => ({ ...question, prompt: '  ' }),
      message: 'Question "question-2" has no prompt.',
    },
    {
      name: 'an option without a label',
      change: (question: Question): Question => ({
        ...question,
        options: question.options.map((option, index) => (index === 1 ? { ...option, label: ' ' } : option)),
      }),
      message: 'Question "question-2" has an option without a label.',
    },
    {
      name: 'a repeated option id',
      change: (question: Question): Question => ({
        ...question,
        options: question.options.map((option, index) =>
          index === 1 ? { ...option, id: 'option-0' } : option,
        ),
      }),
      message: 'Question "question-2" uses option id "option-0" twice.',
    },
    {
      name: 'a repeated label',
      change: (question: Question): Question => ({
        ...question,
        options: question.options.map((option, index) =>
          index === 1 ? { ...option, label: 'Option 0' } : option,
        ),
      }),
      message: 'Question "question-2" shows the label "Option 0" twice, so one of them cannot be told apart.',
    },
    {
      name: 'a fifth scenario option',
      change: (question: Question): Question => ({
        ...question,
        options: [...question.options, { id: 'option-4', label: 'Option 4', lean: 0 }],
      }),
      message: 'Question "question-2" is a scenario with 5 options; it needs 3 to 4.',
    },
    {
      name: 'a scenario of two options',
      change: (question: Question): Question => ({ ...question, options: options([2, -2]) }),
      message: 'Question "question-2" is a scenario with 2 options; it needs 3 to 4.',
    },
  ])('reports $name', ({ change, message }) => {
    const { bank, reasons } = changed(scenarioIndex, change);
    expect(findBankProblems(bank, reasons)).toEqual([message]);
  });

  it('accepts a scenario of three options', () => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({
      ...question,
      options: options([2, 0, -2]),
    }));
    expect(findBankProblems(bank, reasons)).toEqual([]);
  });

  it.each([
    { name: 'a third option on a forced choice', leans: [2, 0, -2] as Lean[], count: 3 },
    { name: 'a single option on a forced choice', leans: [2] as Lean[], count: 1 },
  ])('reports $name', ({ leans, count }) => {
    const { bank, reasons } = changed(choiceIndex, (question) => ({ ...question, options: options(leans) }));
    expect(findBankProblems(bank, reasons)).toContain(
      `Question "question-1" is a choice with ${count} options; it needs 2 to 2.`,
    );
  });

  it('reports an agreement scale of four steps', () => {
    const { bank, reasons } = changed(agreementIndex, (question) => ({
      ...question,
      options: question.options.slice(1),
    }));
    expect(findBankProblems(bank, reasons)).toContain(
      'Question "question-0" is an agreement with 4 options; it needs 5 to 5.',
    );
  });

  it.each([
    { name: 'zero', weight: 0 },
    { name: 'negative', weight: -2 },
  ])('reports a $name weight', ({ weight }) => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({ ...question, weight }));
    expect(findBankProblems(bank, reasons)).toContain('Question "question-2" needs a positive weight.');
  });

  it('reports a weight that is not a number', () => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({ ...question, weight: Number.NaN }));
    expect(findBankProblems(bank, reasons)).toContain('Question "question-2" needs a positive weight.');
  });

  it('reports a question that covers no attribute', () => {
    const { bank, reasons } = soundBank(36, 6);
    const questions = bank.questions.map((question, index) =>
      index === 2 ? { ...question, covers: [] } : question,
    );
    expect(findBankProblems({ ...bank, questions }, reasons)).toEqual([
      'Question "question-2" covers no attribute.',
    ]);
  });

  it.each([
    { name: 'a lean of 3', lean: 3 },
    { name: 'a lean of -3', lean: -3 },
    { name: 'a fractional lean', lean: 0.5 },
  ])('reports $name', ({ lean }) => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({
      ...question,
      options: question.options.map((option, index) =>
        index === 1 ? { ...option, lean: lean as Lean } : option,
      ),
    }));
    expect(findBankProblems(bank, reasons)).toContain(
      'Question "question-2" option "option-1" has a lean outside -2..2.',
    );
  });

  it.each([
    { name: 'no full-strength product option', leans: [1, 1, -1, -2] as Lean[] },
    { name: 'no full-strength project option', leans: [2, 1, -1, -1] as Lean[] },
  ])('reports $name', ({ leans }) => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({
      ...question,
      options: options(leans),
    }));
    expect(findBankProblems(bank, reasons)).toContain(
      'Question "question-2" must offer a full-strength option toward each role, so neither pole can score higher.',
    );
  });

  it.each([
    {
      name: 'a statement without keying',
      change: (question: Question): Question => {
        const unkeyed: Question = { ...question };
        delete unkeyed.keyedToward;
        return unkeyed;
      },
    },
    {
      name: 'a statement keyed against its scale',
      change: (question: Question): Question => ({ ...question, keyedToward: 'product' }),
    },
  ])('reports $name', ({ change }) => {
    const { bank, reasons } = changed(agreementIndex, change);
    expect(findBankProblems(bank, reasons)).toContain(
      'Question "question-0" must say which role agreeing points to, and its scale must agree.',
    );
  });

  it.each([
    { keyedToward: 'project', index: agreementIndex },
    { keyedToward: 'product', index: 3 },
  ] as const)(
    'reports a statement keyed toward $keyedToward whose strongest agreement leans neither way',
    ({ keyedToward, index }) => {
      const { bank, reasons } = changed(index, (question) => ({
        ...question,
        options: question.options.map((option, at) => (at === 4 ? { ...option, lean: 0 } : option)),
      }));
      expect(bank.questions[index]?.keyedToward).toBe(keyedToward);
      expect(findBankProblems(bank, reasons)).toContain(
        `Question "question-${index}" must say which role agreeing points to, and its scale must agree.`,
      );
    },
  );

  it('reports a statement with no options at all, without failing', () => {
    const { bank, reasons } = changed(agreementIndex, (question) => ({ ...question, options: [] }));
    const problems = findBankProblems(bank, reasons);
    expect(problems).toContain('Question "question-0" is an agreement with 0 options; it needs 5 to 5.');
    expect(problems).toContain(
      'Question "question-0" must say which role agreeing points to, and its scale must agree.',
    );
  });

  it('does not ask a forced choice or a scenario which role agreeing points to', () => {
    const { bank, reasons } = changed(choiceIndex, (question) => ({ ...question, keyedToward: 'project' }));
    expect(findBankProblems(bank, reasons)).toEqual([]);
  });

  it.each([
    {
      name: 'a missing product reason',
      texts: { project: 'You plan.' },
      message: 'Question "question-2" has no reason text for product.',
    },
    {
      name: 'a blank project reason',
      texts: { product: 'You explore.', project: '   ' },
      message: 'Question "question-2" has no reason text for project.',
    },
    {
      name: 'a product reason not written to the person',
      texts: { product: 'Youth explores.', project: 'You plan.' },
      message: 'Question "question-2"\'s product reason is not written to the person ("you").',
    },
    {
      name: 'a project reason not written to the person',
      texts: { product: 'You explore.', project: 'People plan.' },
      message: 'Question "question-2"\'s project reason is not written to the person ("you").',
    },
  ])('reports $name', ({ texts, message }) => {
    const { bank, reasons } = soundBank();
    const problems = findBankProblems(bank, { ...reasons, 'question-2': texts } as ReasonTexts);
    expect(problems).toEqual([message]);
  });

  it.each([
    { name: '“you” in any case', text: 'YOU would.' },
    { name: '“your”', text: 'It is your call.' },
  ])('accepts a reason written with $name', ({ text }) => {
    const { bank, reasons } = soundBank();
    expect(findBankProblems(bank, { ...reasons, 'question-2': { product: text, project: text } })).toEqual(
      [],
    );
  });

  it('reports a question with no reason texts at all', () => {
    const { bank, reasons } = soundBank();
    const rest = Object.fromEntries(Object.entries(reasons).filter(([id]) => id !== 'question-2'));
    expect(findBankProblems(bank, rest)).toEqual([
      'Question "question-2" has no reason text for product.',
      'Question "question-2" has no reason text for project.',
    ]);
  });

  it('reports a dimension measured by fewer than three questions, and accepts three', () => {
    const { bank, reasons } = soundBank(24, 8);
    expect(findBankProblems(bank, reasons)).toEqual([]);
    const questions = bank.questions.map((question, index) =>
      index === 7 ? { ...question, dimension: 'direction' as DimensionId } : question,
    );
    expect(findBankProblems({ ...bank, questions }, reasons)).toEqual([
      'Dimension "career" has 2 questions; it needs at least 3.',
    ]);
  });

  it('reports an attribute covered by a single question, and accepts two', () => {
    const { bank, reasons } = soundBank(24, 6);
    // "focus" is covered by questions 0, 11, 12 and 23.
    const coverage = coverageOf(bank);
    expect(coverage.get('focus')).toEqual(['question-0', 'question-11', 'question-12', 'question-23']);
    const drop = new Set(['question-11', 'question-12']);
    const questions = bank.questions.map((question) =>
      drop.has(question.id)
        ? { ...question, covers: question.covers.filter((a) => a !== 'focus') }
        : question,
    );
    expect(findBankProblems({ ...bank, questions }, reasons)).toEqual([]);
    const fewer = questions.map((question) =>
      question.id === 'question-23'
        ? { ...question, covers: question.covers.filter((a) => a !== 'focus') }
        : question,
    );
    expect(findBankProblems({ ...bank, questions: fewer }, reasons)).toEqual([
      'Attribute "focus" is covered by 1 questions; it needs at least 2.',
    ]);
  });

  it.each(['agreement', 'choice', 'scenario'] as const)('reports a bank without %s questions', (kind) => {
    const { bank, reasons } = soundBank(36, 6);
    const questions = bank.questions.filter((question) => question.kind !== kind);
    expect(findBankProblems({ ...bank, questions }, reasons)).toContain(`The bank has no ${kind} questions.`);
  });

  it('accepts options that repeat a lean, as long as both poles are reached fully', () => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({
      ...question,
      options: options([2, 2, 0, -2]),
    }));
    expect(findBankProblems(bank, reasons)).toEqual([]);
  });

  it('reports poles the bank can reach unequally', () => {
    const { bank, reasons } = changed(scenarioIndex, (question) => ({
      ...question,
      options: options([3 as Lean, 1, -1, -2]),
    }));
    expect(bankReach(bank)).toEqual({ product: 148, project: 144 });
    expect(findBankProblems(bank, reasons)).toContain(
      'The most product points (148) and project points (144) differ.',
    );
  });

  it('reports a question reaching one pole further even when the totals balance', () => {
    const { bank, reasons } = soundBank();
    // Two scenarios, one reaching product further and one project further: the totals still match.
    const questions = bank.questions.map((question, index) => {
      if (index === 2) return { ...question, options: options([3 as Lean, 1, -1, -2]) };
      if (index === 5) return { ...question, options: options([-3 as Lean, -1, 1, 2]) };
      return question;
    });
    const problems = findBankProblems({ ...bank, questions }, reasons);
    expect(bankReach({ ...bank, questions })).toEqual({ product: 148, project: 148 });
    expect(problems).toContain('Some question can reach one pole further than the other.');
    expect(problems.join('\n')).not.toMatch(/differ/);
  });

  it('accepts exactly 40% of the statements keyed toward one pole, and reports fewer', () => {
    // 30 questions hold 10 statements, 5 keyed each way. Rekeying one toward product leaves project 4 of
    // 10 (40%); rekeying two leaves 3. Rekeying moves product options about, so only keying is checked.
    const { bank, reasons } = soundBank(30, 6);
    const problemsAt = (count: number) =>
      findBankProblems({ ...bank, questions: rekeyed(bank.questions, 'project', count) }, reasons).filter(
        (problem) => problem.startsWith('Only'),
      );
    expect(problemsAt(1)).toEqual([]);
    expect(problemsAt(2)).toEqual(['Only 3 of 10 agreement statements are keyed toward project.']);
  });

  it('reports statements keyed mostly toward project by name', () => {
    const { bank, reasons } = soundBank(36, 6);
    const questions = rekeyed(bank.questions, 'product', 3);
    expect(findBankProblems({ ...bank, questions }, reasons)).toContain(
      'Only 3 of 12 agreement statements are keyed toward product.',
    );
  });

  it('keeps the product option first and last within two of each other', () => {
    const { bank, reasons } = soundBank(24, 6);
    expect(productOptionPositions(bank)).toEqual({ first: 12, last: 12 });
    const reverse = (indexes: readonly number[]) =>
      bank.questions.map((question, index) =>
        indexes.includes(index) && question.kind !== 'agreement'
          ? { ...question, options: [...question.options].reverse() }
          : question,
      );
    // Questions 1 and 2 put the product option first; reversing one moves 1 from first to last.
    const one = reverse([1]);
    expect(productOptionPositions({ ...bank, questions: one })).toEqual({ first: 11, last: 13 });
    expect(findBankProblems({ ...bank, questions: one }, reasons)).toEqual([]);
    const two = reverse([1, 2]);
    expect(productOptionPositions({ ...bank, questions: two })).toEqual({ first: 10, last: 14 });
    expect(findBankProblems({ ...bank, questions: two }, reasons)).toEqual([
      'The product-leaning option is first 10 times and last 14 times; keep them within 2.',
    ]);
  });
});

describe('productOptionPositions', () => {
  it('counts a product option shown in the middle as neither first nor last', () => {
    const { bank } = changed(scenarioIndex, (question) => ({
      ...question,
      options: options([1, 2, -1, -2]),
    }));
    expect(productOptionPositions(bank)).toEqual({ first: 11, last: 12 });
  });

  it('counts the shipped bank within the limit', () => {
    const { first, last } = productOptionPositions(questionBank);
    expect(first + last).toBe(questionBank.questions.length);
  });
});

describe('bankReach', () => {
  it('sums each question’s weight times its strongest lean toward each pole', () => {
    const { bank } = soundBank(24, 6);
    // 8 statements x 2 x 2, 8 choices x 3 x 2, 8 scenarios x 4 x 2 = 32 + 48 + 64 toward each pole.
    expect(bankReach(bank)).toEqual({ product: 144, project: 144 });
    expect(bankReach(questionBank)).toEqual({ product: 168, project: 168 });
  });
});
