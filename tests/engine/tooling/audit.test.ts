import { describe, expect, it } from 'vitest';
import { auditBank } from '../../../src/engine/tooling/audit.ts';
import { translate } from '../../../src/lib/translate.ts';
import { samplingAllowance } from '../../../src/engine/tooling/audit-targets.ts';
import type { AuditSize } from '../../../src/engine/tooling/audit.ts';
import { responseProcess, responseProcesses } from '../../../src/engine/tooling/response-processes.ts';
import type { ResponseProcess } from '../../../src/engine/tooling/response-processes.ts';
import { populationStyle } from '../../../src/engine/tooling/simulate.ts';
import type { QuestionBank } from '../../../src/engine/index.ts';
import { fixtureBank } from '../fixture-bank.ts';

const small: AuditSize = {
  randomRespondents: 400,
  population: 400,
  profileRespondents: 50,
  quickRespondents: 40,
  seed: 3,
};
const generator = [responseProcess('generator')];

describe('auditBank', () => {
  const report = auditBank(translate, fixtureBank, small, generator);

  it('runs six named response processes by default, the audit’s own first', () => {
    expect(responseProcesses.map((process) => process.id)).toEqual([
      'generator',
      'clustered-near-even',
      'unequal-items',
      'acquiescent-extreme',
      'interests-apart',
      'item-error',
    ]);
  });

  it('checks calibration decile by decile over the whole simulated population', () => {
    const [row] = report.processes;
    expect(row?.calibration.map((decile) => decile.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(row?.calibration.reduce((sum, decile) => sum + decile.respondents, 0)).toBe(small.population);
    const predicted = row?.calibration.map((decile) => decile.predicted) ?? [];
    expect(predicted).toEqual([...predicted].sort((a, b) => a - b));
  });

  it('reports the same-track share on a retake for each label', () => {
    const [row] = report.processes;
    expect(row?.byStrength.map((label) => label.strength)).toEqual(['clear', 'moderate', 'close']);
    expect(row?.byStrength.reduce((sum, label) => sum + label.respondents, 0)).toBe(small.population);
  });

  it('allows a small decile more sampling error than a large one', () => {
    const decile = { decile: 1, predicted: 0.7, observed: 0.7 };
    expect(samplingAllowance({ ...decile, respondents: 100 })).toBeGreaterThan(
      samplingAllowance({ ...decile, respondents: 1000 }),
    );
  });

  it('runs the two profiles: top of every task with choices split evenly, and bottom of every task', () => {
    const [both, neither] = report.profiles;
    expect(both).toMatchObject({ name: 'likes both', lowestInterest: 1, close: 1 });
    expect(neither).toMatchObject({ name: 'likes neither', highestInterest: 0 });
  });

  it('fails a bank that favours one track', () => {
    // Every project option pulled halfway to neutral: random answers now lean product.
    const tilted: QuestionBank = {
      ...fixtureBank,
      questions: fixtureBank.questions.map((question) => ({
        ...question,
        options: question.options.map((option) =>
          option.lean === -2 ? { ...option, lean: -1 as const } : option,
        ),
      })),
    };
    expect(auditBank(translate, tilted, small, generator).failures.join('\n')).toMatch(
      /Random respondents went product/,
    );
  });

  it('fails, naming the process, when people answer far less steadily than the retake model assumes', () => {
    // A deliberately broken fit: each sitting shifts the lean by as much as the whole population spreads,
    // so labels the model calls clear or moderate do not hold on a retake.
    const moody: ResponseProcess = {
      ...responseProcess('generator'),
      id: 'item-error',
      name: 'moody',
      style: () => ({ ...populationStyle, occasion: 1.2 }),
    };
    const failures = auditBank(translate, fixtureBank, small, [moody]).failures.join('\n');
    expect(failures).toMatch(/^moody: people labelled (clear|moderate) got the same track on a retake/m);
    expect(failures).toMatch(/^moody: people with no real preference were labelled moderate or clear/m);
  });
});
