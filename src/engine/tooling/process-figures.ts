// The audit's simulated figures under one response process: retakes, calibration, people with no real
// preference, careless-answer cautions for careful people, and the quick check against the whole quiz.
// Every figure is about reliability (the same answer again), never validity (the right answer).
import { nextQuestion } from '../adaptive.ts';
import { isScored } from '../answers-input.ts';
import { evaluate } from '../evaluate.ts';
import type { Answers, Evaluation, QuestionBank, Strength } from '../types.ts';
import type { ResponseProcess } from './response-processes.ts';
import { randomRespondent, sitQuiz } from './simulate.ts';

/** How many simulated people each part of the audit uses (their margins: docs/validity.md). */
export interface AuditSize {
  /** Uniformly random respondents taking the whole quiz; as many again, over 4, take the quick check. */
  randomRespondents: number;
  /** People in each process's population, each taking the quiz twice. */
  population: number;
  /** People with no real preference in each process, and respondents in each special profile. */
  profileRespondents: number;
  /** People from each process's population who also take the quick check. */
  quickRespondents: number;
  seed: number;
}

export const defaultAuditSize: AuditSize = {
  randomRespondents: 6_000,
  population: 2_500,
  profileRespondents: 1_000,
  quickRespondents: 1_000,
  seed: 7,
};

export interface CalibrationRow {
  decile: number;
  respondents: number;
  predicted: number;
  observed: number;
}

export interface QuickFigures {
  respondents: number;
  /** Quick label stronger than the whole quiz's label on the same answers. */
  stronger: number;
  /** Quick checks labelled clear, and the share of them clear on the whole quiz. */
  quickClear: number;
  clearHolds: number;
  /** Same track as the whole quiz, among quick results that name a role (a close call names none)... */
  sameTrack: number;
  namedRespondents: number;
  /** ...and among every quick result, close calls included (their tilt), for information. */
  sameTilt: number;
  meanQuestions: number;
  p90Questions: number;
  /** People whose whole quiz is a close call, and how many questions the quick check asked them. */
  closeRespondents: number;
  closeMeanQuestions: number;
}

export interface ProcessFigures {
  id: string;
  name: string;
  respondents: number;
  retestCorrelation: number;
  spread: number;
  /** One sitting's error among people within 0.08 of an even split. */
  errorNearEven: number;
  byStrength: { strength: Strength; respondents: number; sameTrack: number }[];
  calibration: CalibrationRow[];
  /** People with no real preference labelled moderate or clear (whole quiz). */
  undecided: { respondents: number; labelled: number };
  /** Careful people given a careless-answer caution. */
  careless: number;
  /** Careful people told they answered both sides of a pair alike: named, not counted as careless. */
  bothSides: number;
  /** Careful people read as liking both roles' work. */
  likesBoth: number;
  quick: QuickFigures;
}

export interface RandomFigures {
  respondents: number;
  productShare: number;
  clear: number;
  close: number;
  /** Random whole quizzes with any caution about the way of answering. */
  anyCaution: number;
  quick: { respondents: number; clear: number; leanWithoutCaution: number; meanQuestions: number };
}

const strengthRank: Readonly<Record<Strength, number>> = { close: 0, moderate: 1, clear: 2 };

/** Cautions that say answers may have been given carelessly (clicking the same place every time). */
export const hasCarelessCaution = (evaluation: Evaluation) =>
  evaluation.cautions.some((caution) => caution.code === 'straight-lining');

/** Any caution about the way of answering: careless ones, and response styles the result names. */
const hasAnswerCaution = (evaluation: Evaluation) =>
  evaluation.cautions.some((caution) => caution.code !== 'incomplete');

function pearson(first: readonly number[], second: readonly number[]): number {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [meanFirst, meanSecond] = [mean(first), mean(second)];
  let product = 0;
  let firstSquares = 0;
  let secondSquares = 0;
  first.forEach((value, index) => {
    const a = value - meanFirst;
    const b = (second[index] ?? 0) - meanSecond;
    product += a * b;
    firstSquares += a * a;
    secondSquares += b * b;
  });
  return product / Math.sqrt(firstSquares * secondSquares);
}

const share = (count: number, of: number) => count / Math.max(of, 1);

/** The quick check as it would run for someone whose whole answers are `full`. */
export function runQuickCheck(full: Answers, bank: QuestionBank): Record<string, string> {
  const quick: Record<string, string> = {};
  for (let id = nextQuestion(quick, bank); id !== null; id = nextQuestion(quick, bank)) {
    quick[id] = full[id] ?? '';
  }
  return quick;
}

function calibrationOf(first: readonly Evaluation[], sameTrack: readonly boolean[]): CalibrationRow[] {
  const order = first
    .map((_, index) => index)
    .sort((a, b) => (first[a]?.stability ?? 0) - (first[b]?.stability ?? 0));
  const rows: CalibrationRow[] = [];
  for (let decile = 0; decile < 10; decile++) {
    const indices = order.slice(
      Math.floor((decile * order.length) / 10),
      Math.floor(((decile + 1) * order.length) / 10),
    );
    rows.push({
      decile: decile + 1,
      respondents: indices.length,
      predicted: share(
        indices.reduce((sum, index) => sum + (first[index]?.stability ?? 0), 0),
        indices.length,
      ),
      observed: share(indices.filter((index) => sameTrack[index]).length, indices.length),
    });
  }
  return rows;
}

function quickFigures(
  process: ResponseProcess,
  size: AuditSize,
  random: () => number,
  bank: QuestionBank,
): QuickFigures {
  const style = process.style(bank, random);
  const runs = Array.from({ length: size.quickRespondents }, () => {
    const full = sitQuiz(process.drawPerson(style, random, bank), style, random, bank);
    const quick = evaluate(runQuickCheck(full, bank), bank);
    const whole = evaluate(full, bank);
    return { quick, whole, asked: quick.answered };
  });
  const asked = runs.map((run) => run.asked).sort((a, b) => a - b);
  const mean = (values: readonly number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  const quickClear = runs.filter((run) => run.quick.strength === 'clear');
  const closeRuns = runs.filter((run) => run.whole.strength === 'close');
  const named = runs.filter((run) => run.quick.strength !== 'close');
  return {
    respondents: runs.length,
    stronger: share(
      runs.filter((run) => strengthRank[run.quick.strength] > strengthRank[run.whole.strength]).length,
      runs.length,
    ),
    quickClear: quickClear.length,
    clearHolds: quickClear.length
      ? share(quickClear.filter((run) => run.whole.strength === 'clear').length, quickClear.length)
      : 1,
    sameTrack: named.length
      ? share(named.filter((run) => run.quick.track === run.whole.track).length, named.length)
      : 1,
    namedRespondents: named.length,
    sameTilt: share(runs.filter((run) => run.quick.track === run.whole.track).length, runs.length),
    meanQuestions: mean(asked),
    p90Questions: asked[Math.ceil(asked.length * 0.9) - 1] ?? 0,
    closeRespondents: closeRuns.length,
    closeMeanQuestions: mean(closeRuns.map((run) => run.asked)),
  };
}

/** Every simulated figure of one response process. */
export function processFigures(
  process: ResponseProcess,
  size: AuditSize,
  random: () => number,
  bank: QuestionBank,
): ProcessFigures {
  const style = process.style(bank, random);
  const first: Evaluation[] = [];
  const secondShares: number[] = [];
  const sameTrack: boolean[] = [];
  for (let index = 0; index < size.population; index++) {
    const person = process.drawPerson(style, random, bank);
    const one = evaluate(sitQuiz(person, style, random, bank), bank);
    const two = evaluate(sitQuiz(person, style, random, bank), bank);
    first.push(one);
    secondShares.push(two.productShare);
    sameTrack.push(one.track === two.track);
  }
  const firstShares = first.map((evaluation) => evaluation.productShare);
  const nearEven = firstShares.flatMap((value, index) =>
    Math.abs(value - 0.5) < 0.08 ? [((secondShares[index] ?? 0) - value) ** 2 / 2] : [],
  );
  const undecided = Array.from({ length: size.profileRespondents }, () =>
    evaluate(sitQuiz(process.drawUndecided(style, random, bank), style, random, bank), bank),
  );
  return {
    id: process.id,
    name: process.name,
    respondents: size.population,
    retestCorrelation: pearson(firstShares, secondShares),
    spread: Math.sqrt(
      share(
        firstShares.reduce((sum, value) => sum + (value - 0.5) ** 2, 0),
        first.length,
      ),
    ),
    errorNearEven: Math.sqrt(
      share(
        nearEven.reduce((sum, value) => sum + value, 0),
        nearEven.length,
      ),
    ),
    byStrength: (['clear', 'moderate', 'close'] as const).map((strength) => {
      const indices = first.flatMap((evaluation, index) => (evaluation.strength === strength ? [index] : []));
      return {
        strength,
        respondents: indices.length,
        sameTrack: share(indices.filter((index) => sameTrack[index]).length, indices.length),
      };
    }),
    calibration: calibrationOf(first, sameTrack),
    undecided: {
      respondents: undecided.length,
      labelled: share(
        undecided.filter((evaluation) => evaluation.strength !== 'close').length,
        undecided.length,
      ),
    },
    careless: share(first.filter(hasCarelessCaution).length, first.length),
    bothSides: share(
      first.filter((evaluation) => evaluation.cautions.some((caution) => caution.code === 'inconsistent'))
        .length,
      first.length,
    ),
    likesBoth: share(
      first.filter((evaluation) => evaluation.interestPattern === 'both').length,
      first.length,
    ),
    quick: quickFigures(process, size, random, bank),
  };
}

/** Uniformly random respondents: the whole quiz, and the quick check. */
export function randomFigures(size: AuditSize, random: () => number, bank: QuestionBank): RandomFigures {
  let product = 0;
  let clear = 0;
  let close = 0;
  let anyCaution = 0;
  for (let index = 0; index < size.randomRespondents; index++) {
    const evaluation = evaluate(randomRespondent(random, bank), bank);
    if (evaluation.track === 'product') product++;
    if (evaluation.strength === 'clear') clear++;
    if (evaluation.strength === 'close') close++;
    if (hasAnswerCaution(evaluation)) anyCaution++;
  }
  const quickRuns = Array.from({ length: Math.ceil(size.randomRespondents / 4) }, () =>
    evaluate(runQuickCheck(randomRespondent(random, bank), bank), bank),
  );
  const scoredCount = bank.questions.filter(isScored).length;
  return {
    respondents: size.randomRespondents,
    productShare: share(product, size.randomRespondents),
    clear: share(clear, size.randomRespondents),
    close: share(close, size.randomRespondents),
    anyCaution: share(anyCaution, size.randomRespondents),
    quick: {
      respondents: quickRuns.length,
      clear: share(quickRuns.filter((run) => run.strength === 'clear').length, quickRuns.length),
      leanWithoutCaution: share(
        quickRuns.filter((run) => run.strength !== 'close' && !hasAnswerCaution(run)).length,
        quickRuns.length,
      ),
      meanQuestions: Math.min(
        scoredCount,
        share(
          quickRuns.reduce((sum, run) => sum + run.answered, 0),
          quickRuns.length,
        ),
      ),
    },
  };
}
