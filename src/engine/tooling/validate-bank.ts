import { isScored } from '../answers-input.ts';
import { enjoymentScale } from '../bank/build.ts';
import { bankReach, questionReach } from '../evaluate.ts';
import type { Attribute, Option, Question, QuestionBank, SeedFile, Track } from '../types.ts';
import { englishOf } from './english.ts';

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

/**
 * Every limit the bank is held to, stated once: the validator checks them and the tests read them, so a
 * bank of any size inside them is legal (36, 37 or 38 scored questions alike).
 */
export const bankLimits = {
  /** All questions, the unscored background ones included: at most about eight minutes. */
  questions: { min: 30, max: 40 },
  dimensions: { min: 8, max: 9 },
  /** Scored questions each dimension needs. */
  questionsPerDimension: 3,
  /** Scored questions each seed attribute needs. */
  questionsPerAttribute: 2,
  /** Each pole's minimum share of the agreement statements. */
  keyingShare: 0.4,
  /** Most the product-leaning option may sit first more (or less) often than last, among choices and scenarios. */
  positionImbalance: 1,
  /** Pairs of statements that ask the same thing in opposite words, to catch careless answers. */
  mirrorPairs: { min: 2, max: 3 },
  /** Fewest places between the two statements of a mirrored pair, so the second does not read as a repeat. */
  mirrorGap: 10,
  /** Fewest places between two questions of one dimension, so no stretch of the quiz dwells on one theme. */
  sameDimensionGap: 3,
  /** Most scored questions of one kind in a row. */
  longestKindRun: 2,
  optionCounts: {
    interest: [5, 5],
    agreement: [5, 5],
    choice: [2, 2],
    scenario: [3, 4],
    background: [2, 12],
  },
} as const;

/** Seed file -> its text, for checking that every quote is really there. */
export type SeedTexts = Readonly<Partial<Record<SeedFile, string>>>;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Which scored questions cover each attribute. */
export function coverageOf(bank: QuestionBank): Map<Attribute, string[]> {
  const scored = bank.questions.filter(isScored);
  return new Map(
    allAttributes.map((attribute) => [
      attribute,
      scored.filter((question) => question.covers.includes(attribute)).map((question) => question.id),
    ]),
  );
}

/**
 * How often the most product-leaning option is shown first, and how often last, among forced choices
 * and scenarios. Interest items and statements are balanced by their own rules (roles and keying).
 */
export function productOptionPositions(bank: QuestionBank): { first: number; last: number } {
  let first = 0;
  let last = 0;
  for (const question of bank.questions) {
    if (question.kind !== 'choice' && question.kind !== 'scenario') continue;
    const leans = question.options.map((option) => option.lean);
    const top = leans.indexOf(Math.max(...leans) as (typeof leans)[number]);
    if (top === 0) first++;
    else if (top === leans.length - 1) last++;
  }
  return { first, last };
}

const enjoymentIds = enjoymentScale.map((step) => step.id).join(',');

function evidenceProblems(where: string, option: Option, seedTexts: SeedTexts | undefined): string[] {
  const problems: string[] = [];
  const { evidence } = option;
  if (!evidence) {
    problems.push(`${where} option "${option.id}" leans but cites no evidence.`);
  } else if ('seed' in evidence) {
    const text = seedTexts?.[evidence.seed];
    if (evidence.quote.trim() === '') problems.push(`${where} option "${option.id}" cites an empty quote.`);
    else if (seedTexts && text === undefined)
      problems.push(`${where} option "${option.id}" cites an unknown seed "${evidence.seed}".`);
    else if (text !== undefined && !text.includes(evidence.quote))
      problems.push(`${where} option "${option.id}" quotes words that are not in ${evidence.seed}.`);
  } else if (evidence.part.trim() === '') {
    problems.push(`${where} option "${option.id}" names ${evidence.framework} but not which part.`);
  }
  // A translator translates the message, so its English must be the very words the page shows in English.
  const cited = evidence && ('seed' in evidence ? evidence.quote : evidence.part);
  if (evidence && englishOf(evidence.translation) !== cited)
    problems.push(`${where} option "${option.id}" has a translation whose English is not what it cites.`);
  if ((option.why ? englishOf(option.why) : '').trim() === '')
    problems.push(`${where} option "${option.id}" leans but does not say why.`);
  problems.push(...reasonProblems(where, option));
  return problems;
}

const speaksToThePerson = /\byou(rs?)?\b/i;
const speaksOfThem = /\b(they|them|their|theirs|themselves)\b/i;

/**
 * An option that leans gives its own reason in both persons: to the person ("you") on their own result,
 * and about them ("they") on a result they shared, never speaking to the reader there.
 */
function reasonProblems(where: string, option: Option): string[] {
  const you = option.reason ? englishOf(option.reason.you).trim() : '';
  const they = option.reason ? englishOf(option.reason.they).trim() : '';
  const at = `${where} option "${option.id}"`;
  if (you === '' && they === '') return [`${at} leans but gives no reason.`];
  const problems: string[] = [];
  if (you === '') problems.push(`${at} has no reason for the person's own result.`);
  else if (!speaksToThePerson.test(you))
    problems.push(`${at}'s own-result reason is not written to the person ("you").`);
  if (they === '') problems.push(`${at} has no reason for a shared result.`);
  else if (speaksToThePerson.test(they) || !speaksOfThem.test(they))
    problems.push(`${at}'s shared-result reason must speak of them ("they"), not to the reader.`);
  return problems;
}

function interestProblems(where: string, question: Question): string[] {
  const problems: string[] = [];
  if (!question.role) return [`${where} is an interest item without a role.`];
  if (question.options.map((option) => option.id).join(',') !== enjoymentIds)
    problems.push(`${where} must list the enjoyment scale in order, from least to most.`);
  const sign = question.role === 'product' ? 1 : -1;
  const rising = question.options.every((option, index) => option.lean === ((index - 2) * sign || 0));
  if (!rising) problems.push(`${where} must lean further toward ${question.role} the more it is enjoyed.`);
  return problems;
}

function mirrorProblems(questions: readonly Question[], minimumGap: number): string[] {
  const problems: string[] = [];
  const positions = new Map(questions.map((question, index) => [question.id, index]));
  for (const [index, question] of questions.entries()) {
    if (question.mirrorOf === undefined) continue;
    const where = `Question "${question.id}"`;
    const mirror = questions.find((candidate) => candidate.id === question.mirrorOf);
    if (!mirror) {
      problems.push(`${where} mirrors "${question.mirrorOf}", which the bank does not hold.`);
      continue;
    }
    if (question.kind !== 'agreement' || mirror.kind !== 'agreement')
      problems.push(`${where} and its mirror must both be agreement statements.`);
    if (mirror.mirrorOf !== question.id)
      problems.push(`${where} mirrors "${mirror.id}", which does not mirror it back.`);
    if (mirror.mirrorOf === question.id && question.id < mirror.id) {
      if (question.keyedToward === mirror.keyedToward)
        problems.push(`${where} and "${mirror.id}" must be keyed toward opposite roles.`);
      if (question.dimension !== mirror.dimension)
        problems.push(`${where} and "${mirror.id}" must measure the same dimension.`);
      if (Math.abs((positions.get(mirror.id) ?? index) - index) < minimumGap)
        problems.push(`${where} and "${mirror.id}" must sit at least ${minimumGap} questions apart.`);
    }
  }
  return problems;
}

function orderProblems(questions: readonly Question[], limits: typeof bankLimits): string[] {
  const problems: string[] = [];
  const first = questions[0];
  if (first && first.kind !== 'interest' && first.kind !== 'choice')
    problems.push(`The quiz opens with a ${first.kind}; open it with an interest item or a forced choice.`);
  const lastScored = questions.findLastIndex(isScored);
  for (const question of questions.slice(0, lastScored)) {
    if (!isScored(question))
      problems.push(`Background question "${question.id}" must come after every scored question.`);
  }
  const scored = questions.filter(isScored);
  const lastSeen = new Map<string, number>();
  for (const [index, question] of scored.entries()) {
    const before = lastSeen.get(question.dimension);
    if (before !== undefined && index - before < limits.sameDimensionGap) {
      problems.push(
        `Questions "${scored[before]?.id}" and "${question.id}" are within ${limits.sameDimensionGap} places of each other on the same dimension.`,
      );
    }
    lastSeen.set(question.dimension, index);
  }
  let run = 0;
  for (const [index, question] of scored.entries()) {
    run = index > 0 && scored[index - 1]?.kind === question.kind ? run + 1 : 1;
    if (run === limits.longestKindRun + 1)
      problems.push(
        `More than ${limits.longestKindRun} ${question.kind} questions in a row end at "${question.id}".`,
      );
  }
  const interests = scored.filter((question) => question.kind === 'interest');
  for (const [index, question] of interests.entries()) {
    const previous = interests[index - 1];
    if (previous && previous.role === question.role)
      problems.push(
        `Interest items "${previous.id}" and "${question.id}" follow each other with the same role.`,
      );
  }
  return problems;
}

/**
 * Checks the bank's own invariants: ids, sizes, balance, keying, evidence, mirrored pairs, order,
 * coverage and texts. Pass `seedTexts` to check that every quote is really in its seed.
 * @returns one plain sentence per problem; an empty list means the bank is sound
 */
export function findBankProblems(bank: QuestionBank, seedTexts?: SeedTexts): string[] {
  const problems: string[] = [];
  const { questions, dimensions } = bank;
  const limits = bankLimits;
  const scored = questions.filter(isScored);

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
    if (englishOf(question.prompt).trim() === '') problems.push(`${where} has no prompt.`);
    const [fewest, most] = limits.optionCounts[question.kind];
    if (question.options.length < fewest || question.options.length > most) {
      problems.push(
        `${where} is ${question.kind === 'agreement' || question.kind === 'interest' ? 'an' : 'a'} ${question.kind} with ${question.options.length} options; it needs ${fewest} to ${most}.`,
      );
    }
    for (const id of duplicates(question.options.map((option) => option.id)))
      problems.push(`${where} uses option id "${id}" twice.`);
    const labels = question.options.map((option) => englishOf(option.label));
    for (const label of duplicates(labels)) {
      problems.push(`${where} shows the label "${label}" twice, so one of them cannot be told apart.`);
    }
    for (const [index, option] of question.options.entries()) {
      if (labels[index]?.trim() === '') problems.push(`${where} has an option without a label.`);
      if (!Number.isInteger(option.lean) || Math.abs(option.lean) > 2)
        problems.push(`${where} option "${option.id}" has a lean outside -2..2.`);
    }

    if (!isScored(question)) {
      if (question.weight !== 0 || question.options.some((option) => option.lean !== 0))
        problems.push(
          `${where} is a background question, so it must have weight 0 and no option that leans.`,
        );
      continue;
    }
    if (!(question.weight > 0)) problems.push(`${where} needs a positive weight.`);
    if (question.covers.length === 0) problems.push(`${where} covers no attribute.`);
    const leans = question.options.map((option) => option.lean);
    if (Math.max(...leans) !== 2 || Math.min(...leans) !== -2) {
      problems.push(
        `${where} must offer a full-strength option toward each role, so neither pole can score higher.`,
      );
    }
    for (const option of question.options) {
      if (option.lean !== 0) problems.push(...evidenceProblems(where, option, seedTexts));
    }
    if (question.kind === 'agreement') {
      const agreeLean = question.options.at(-1)?.lean ?? 0;
      const keyedToward: Track | undefined =
        agreeLean > 0 ? 'product' : agreeLean < 0 ? 'project' : undefined;
      if (!question.keyedToward || keyedToward !== question.keyedToward) {
        problems.push(`${where} must say which role agreeing points to, and its scale must agree.`);
      }
    }
    if (question.kind === 'interest') problems.push(...interestProblems(where, question));
  }

  for (const dimension of dimensions) {
    const count = scored.filter((question) => question.dimension === dimension.id).length;
    if (count < limits.questionsPerDimension) {
      problems.push(
        `Dimension "${dimension.id}" has ${count} scored questions; it needs at least ${limits.questionsPerDimension}.`,
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
  for (const kind of ['interest', 'agreement', 'choice', 'scenario'] as const) {
    if (!questions.some((question) => question.kind === kind))
      problems.push(`The bank has no ${kind} questions.`);
  }

  const interests = scored.filter((question) => question.kind === 'interest');
  const productInterests = interests.filter((question) => question.role === 'product').length;
  const projectInterests = interests.filter((question) => question.role === 'project').length;
  if (productInterests !== projectInterests) {
    problems.push(
      `The bank has ${productInterests} product and ${projectInterests} project interest items; they must be equal.`,
    );
  }

  const mirrored = questions.filter((question) => question.mirrorOf !== undefined).length;
  const pairs = Math.floor(mirrored / 2);
  if (pairs < limits.mirrorPairs.min || pairs > limits.mirrorPairs.max) {
    problems.push(
      `The bank has ${pairs} mirrored pairs of statements; it needs ${limits.mirrorPairs.min} to ${limits.mirrorPairs.max}.`,
    );
  }
  problems.push(...mirrorProblems(questions, limits.mirrorGap));

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
      `Among choices and scenarios, the product-leaning option is first ${positions.first} times and last ${positions.last} times; keep them within ${limits.positionImbalance}.`,
    );
  }
  problems.push(...orderProblems(questions, limits));
  return problems;
}
