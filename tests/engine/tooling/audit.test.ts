import { describe, expect, it } from 'vitest';
import { auditBank } from '../../../src/engine/tooling/audit.ts';
import type { AuditSize } from '../../../src/engine/tooling/audit.ts';
import type { QuestionBank } from '../../../src/engine/index.ts';
import { fixtureBank } from '../fixture-bank.ts';

const small: AuditSize = {
  randomRespondents: 400,
  population: 500,
  profileRespondents: 50,
  quickRespondents: 60,
  seed: 3,
};

describe('auditBank', () => {
  const report = auditBank(fixtureBank, small);

  it('checks calibration decile by decile over the whole simulated population', () => {
    expect(report.retakes.calibration.map((row) => row.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(report.retakes.calibration.reduce((sum, row) => sum + row.respondents, 0)).toBe(small.population);
    const predicted = report.retakes.calibration.map((row) => row.predicted);
    expect(predicted).toEqual([...predicted].sort((a, b) => a - b));
  });

  it('reports the same-track share on a retake for each label', () => {
    expect(report.retakes.byStrength.map((row) => row.strength)).toEqual(['clear', 'moderate', 'close']);
    expect(report.retakes.byStrength.reduce((sum, row) => sum + row.respondents, 0)).toBe(small.population);
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
    expect(auditBank(tilted, small).failures.join('\n')).toMatch(/Random respondents went product/);
  });

  it('fails when the simulated population does not fit the retake model', () => {
    // The fixture bank is far shorter than the real one, so the model sized for the real bank misjudges it.
    expect(report.failures.join('\n')).toMatch(
      /The simulated retest correlation is 0\.\d+; the retake model assumes 0\.86/,
    );
    expect(report.failures.join('\n')).toMatch(/Calibration decile \d+: predicted/);
  });

  it('fails a bank with no mirrored statements: random answers then go unflagged', () => {
    const unpaired: QuestionBank = {
      ...fixtureBank,
      questions: fixtureBank.questions.map((question) => {
        const unpairedQuestion = { ...question };
        delete unpairedQuestion.mirrorOf;
        return unpairedQuestion;
      }),
    };
    expect(auditBank(unpaired, small).failures.join('\n')).toMatch(
      /Random respondents got a careless-answer caution/,
    );
  });
});
