// How fast the scoring engine runs in Node: evaluate() on one full set of answers, and the bank audit.
import { createRandom, evaluate, isScored, questionBank } from '../../src/engine/index.ts';
import { auditBank } from '../../src/engine/tooling/audit.ts';
import { translate } from '../../src/lib/translate.ts';
import { drawPerson, populationStyle, sitQuiz } from '../../src/engine/tooling/simulate.ts';
import { median } from './figures.ts';

export interface EngineResult {
  questions: number;
  evaluationsPerSecond: number;
  evaluateCalls: number;
  evaluateMs: number;
  auditBankMs: number;
  auditBankRuns: number[];
}

export function engineSpeed(): EngineResult {
  const random = createRandom(1);
  const answers = sitQuiz(drawPerson(populationStyle, random), populationStyle, random);
  const questions = questionBank.questions.filter(isScored).length;
  if (Object.keys(answers).length !== questions)
    throw new Error('The simulated respondent skipped questions.');
  let sink = 0;
  const callFor = (budgetMs: number) => {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      for (let index = 0; index < 50; index++) sink += evaluate(answers).productShare;
      calls += 50;
      elapsed = performance.now() - started;
    } while (elapsed < budgetMs);
    return { calls, elapsed };
  };
  callFor(500); // Warm up: let V8 optimise evaluate before timing it.
  const timed = callFor(2000);
  if (!Number.isFinite(sink)) throw new Error('evaluate returned a non-finite product share.');
  const auditBankRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    auditBank(translate);
    auditBankRuns.push(performance.now() - started);
  }
  return {
    questions,
    evaluationsPerSecond: timed.calls / (timed.elapsed / 1000),
    evaluateCalls: timed.calls,
    evaluateMs: timed.elapsed,
    auditBankMs: median(auditBankRuns),
    auditBankRuns,
  };
}
