import { reasonTexts } from './bank/reasons.ts';
import { questionReach } from './evaluate.ts';
import type { Attribute, QuestionBank, ReasonTexts, Track } from './types.ts';

export const allAttributes: readonly Attribute[] = [
  'focus',
  'skills',
  'tools',
  'responsibilities',
  'stakeholders',
  'deliverables',
  'goal',
  'decision-authority',
  'success-metrics',
  'career-path',
  'methods',
  'collaboration',
];

export const bankLimits = {
  questions: { min: 24, max: 36 },
  dimensions: { min: 5, max: 8 },
  questionsPerDimension: 3,
  questionsPerAttribute: 2,
  /** Each pole's minimum share of the agreement statements. */
  keyingShare: 0.4,
  /** Most the product-leaning option may sit first more (or less) often than last. */
  positionImbalance: 2,
  optionCounts: {
    interest: [5, 5],
    agreement: [5, 5],
    choice: [2, 2],
    scenario: [3, 4],
    background: [2, 12],
  },
} as const;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Which questions cover each attribute. */
export function coverageOf(bank: QuestionBank): Map<Attribute, string[]> {
  return new Map(
    allAttributes.map((attribute) => [
      attribute,
      bank.questions.filter((question) => question.covers.includes(attribute)).map((question) => question.id),
    ]),
  );
}

/** The most points the whole bank can give toward each pole. */
export function bankReach(bank: QuestionBank): Record<Track, number> {
  const reachToward = (sign: 1 | -1) =>
    bank.questions.reduce(
      (sum, question) =>
        sum + question.weight * Math.max(...question.options.map((option) => sign * option.lean)),
      0,
    );
  return { product: reachToward(1), project: reachToward(-1) };
}

/** How often the most product-leaning option is shown first, and how often last. */
export function productOptionPositions(bank: QuestionBank): { first: number; last: number } {
  let first = 0;
  let last = 0;
  for (const question of bank.questions) {
    const leans = question.options.map((option) => option.lean);
    const top = leans.indexOf(Math.max(...leans) as (typeof leans)[number]);
    if (top === 0) first++;
    else if (top === leans.length - 1) last++;
  }
  return { first, last };
}

/**
 * Checks the bank's own invariants: ids, sizes, balance, keying, coverage and texts.
 * @returns one plain sentence per problem; an empty list means the bank is sound
 */
export function findBankProblems(bank: QuestionBank, reasons: ReasonTexts = reasonTexts): string[] {
  const problems: string[] = [];
  const { questions, dimensions } = bank;
  const limits = bankLimits;

  if (!Number.isInteger(bank.version) || bank.version < 1)
    problems.push('The bank version must be a whole number from 1.');
  if (questions.length < limits.questions.min || questions.length > limits.questions.max) {
    problems.push(
      `The bank has ${questions.length} questions; it needs ${limits.questions.min} to ${limits.questions.max}.`,
    );
  }
  if (dimensions.length < limits.dimensions.min || dimensions.length > limits.dimensions.max) {
    problems.push(
      `The bank has ${dimensions.length} dimensions; it needs ${limits.dimensions.min} to ${limits.dimensions.max}.`,
    );
  }
  for (const id of duplicates(questions.map((question) => question.id)))
    problems.push(`Question id "${id}" is used twice.`);
  for (const id of duplicates(dimensions.map((dimension) => dimension.id)))
    problems.push(`Dimension id "${id}" is used twice.`);

  const dimensionIds = new Set(dimensions.map((dimension) => dimension.id));
  for (const question of questions) {
    const where = `Question "${question.id}"`;
    if (!dimensionIds.has(question.dimension))
      problems.push(`${where} names an unknown dimension "${question.dimension}".`);
    if (question.prompt.trim() === '') problems.push(`${where} has no prompt.`);
    if (!(question.weight > 0)) problems.push(`${where} needs a positive weight.`);
    if (question.covers.length === 0) problems.push(`${where} covers no attribute.`);
    const [fewest, most] = limits.optionCounts[question.kind];
    if (question.options.length < fewest || question.options.length > most) {
      problems.push(
        `${where} is ${question.kind === 'agreement' ? 'an' : 'a'} ${question.kind} with ${question.options.length} options; it needs ${fewest} to ${most}.`,
      );
    }
    for (const id of duplicates(question.options.map((option) => option.id)))
      problems.push(`${where} uses option id "${id}" twice.`);
    for (const label of duplicates(question.options.map((option) => option.label))) {
      problems.push(`${where} shows the label "${label}" twice, so one of them cannot be told apart.`);
    }
    for (const option of question.options) {
      if (option.label.trim() === '') problems.push(`${where} has an option without a label.`);
      if (!Number.isInteger(option.lean) || Math.abs(option.lean) > 2)
        problems.push(`${where} option "${option.id}" has a lean outside -2..2.`);
    }
    const leans = question.options.map((option) => option.lean);
    if (Math.max(...leans) !== 2 || Math.min(...leans) !== -2) {
      problems.push(
        `${where} must offer a full-strength option toward each role, so neither pole can score higher.`,
      );
    }
    if (question.kind === 'agreement') {
      const agreeLean = question.options.at(-1)?.lean ?? 0;
      const keyedToward: Track | undefined =
        agreeLean > 0 ? 'product' : agreeLean < 0 ? 'project' : undefined;
      if (!question.keyedToward || keyedToward !== question.keyedToward) {
        problems.push(`${where} must say which role agreeing points to, and its scale must agree.`);
      }
    }
    for (const track of ['product', 'project'] as const) {
      const text = (reasons[question.id]?.[track] ?? '').trim();
      if (text === '') problems.push(`${where} has no reason text for ${track}.`);
      else if (!/\byou(r)?\b/i.test(text))
        problems.push(`${where}'s ${track} reason is not written to the person ("you").`);
    }
  }

  for (const dimension of dimensions) {
    const count = questions.filter((question) => question.dimension === dimension.id).length;
    if (count < limits.questionsPerDimension) {
      problems.push(
        `Dimension "${dimension.id}" has ${count} questions; it needs at least ${limits.questionsPerDimension}.`,
      );
    }
  }
  for (const [attribute, ids] of coverageOf(bank)) {
    if (ids.length < limits.questionsPerAttribute) {
      problems.push(
        `Attribute "${attribute}" is covered by ${ids.length} questions; it needs at least ${limits.questionsPerAttribute}.`,
      );
    }
  }
  for (const kind of ['agreement', 'choice', 'scenario'] as const) {
    if (!questions.some((question) => question.kind === kind))
      problems.push(`The bank has no ${kind} questions.`);
  }

  const reach = bankReach(bank);
  if (reach.product !== reach.project) {
    problems.push(`The most product points (${reach.product}) and project points (${reach.project}) differ.`);
  }
  const questionReachTotal = questions.reduce((sum, question) => sum + questionReach(question), 0);
  if (questionReachTotal !== reach.product)
    problems.push('Some question can reach one pole further than the other.');

  const statements = questions.filter((question) => question.kind === 'agreement');
  for (const track of ['product', 'project'] as const) {
    const keyed = statements.filter((question) => question.keyedToward === track).length;
    if (statements.length > 0 && keyed / statements.length < limits.keyingShare) {
      problems.push(`Only ${keyed} of ${statements.length} agreement statements are keyed toward ${track}.`);
    }
  }
  const positions = productOptionPositions(bank);
  if (Math.abs(positions.first - positions.last) > limits.positionImbalance) {
    problems.push(
      `The product-leaning option is first ${positions.first} times and last ${positions.last} times; keep them within ${limits.positionImbalance}.`,
    );
  }
  return problems;
}
