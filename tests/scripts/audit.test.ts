import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auditBank, questionBank } from '../../src/engine/index.ts';

const run = promisify(execFile);

describe('npm run audit', () => {
  it('prints the coverage, balance and simulation figures and passes for the shipped bank', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/audit-bank.ts'], { cwd: process.cwd() });
    expect(stdout).toMatch(/Coverage of the seeds' attributes/);
    expect(stdout).toMatch(/decision-authority\s+\d/);
    expect(stdout).toMatch(/Balance per dimension/);
    expect(stdout).toMatch(/product share of 10000 uniformly random respondents\s+(4[5-9]|5[0-5])\.\d%/);
    expect(stdout).toMatch(/clear product lean, 20% noise \(2000\)\s+(9[5-9]|100)\.\d%/);
    expect(stdout).toMatch(/Quick check against the full quiz/);
    expect(stdout).toMatch(/^clearProduct\s+(99|100)\.\d%\s+\d+\.\d\s+\d+$/m);
    expect(stdout).toMatch(/^all\s+(9[5-9]|100)\.\d%\s+(\d|1[0-5])\.\d\s+\d+$/m);
    expect(stdout).toMatch(/Audit passed\./);
  }, 60_000);

  it('fails a bank that favours one track', () => {
    // Every question's project options pulled halfway to neutral: random answers now lean product.
    const tilted = {
      ...questionBank,
      questions: questionBank.questions.map((question) => ({
        ...question,
        options: question.options.map((option) =>
          option.lean === -2 ? { ...option, lean: -1 as const } : option,
        ),
      })),
    };
    const report = auditBank(tilted, {
      randomRespondents: 400,
      noisyRespondents: 50,
      quickRespondents: 20,
      seed: 3,
    });
    expect(report.failures.join('\n')).toMatch(/Random respondents went product/);
    expect(report.failures.join('\n')).toMatch(/full-strength option toward each role/);
  });
});
