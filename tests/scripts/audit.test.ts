import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run audit', () => {
  it('prints every figure the bank is held to, names them as reliability, and passes for the shipped bank', async () => {
    const { stdout } = await run(
      'npx',
      ['tsx', '--import', './scripts/lingui/register-macros.ts', 'scripts/audit-bank.ts'],
      { cwd: process.cwd() },
    );
    expect(stdout).toMatch(/Coverage of the seeds' attributes/);
    expect(stdout).toMatch(/decision-authority\s+\d/);
    expect(stdout).toMatch(/Uniformly random respondents \(\d+ whole quizzes, \d+ quick checks\)/);
    expect(stdout).toMatch(/whole quiz: went Technical Product Manager\s+(4[7-9]|5[0-3])\.\d%/);
    expect(stdout).toMatch(/Simulated retakes: reliability, not validity/);
    // One table per response process, each with every figure of the targets table.
    for (const name of [
      'the audit’s own population',
      'clustered near an even split',
      'items of unequal strength',
      'acquiescence with extreme responding',
      'interests only partly tied to choices',
      'more error on each answer',
    ]) {
      expect(stdout).toContain(`Response process: ${name} (`);
    }
    for (const figure of [
      /retake: same track when labelled clear \(\d+ people\)\s+\d+\.\d%\s+≥ 95\.0%/g,
      /retake: same track when labelled moderate \(\d+ people\)\s+\d+\.\d%\s+≥ 80\.0%/g,
      /no real preference, labelled moderate or clear\s+\d+\.\d%\s+≤ 10\.0%/g,
      /quick label stronger than the whole quiz’s\s+\d+\.\d%\s+≤ 5\.0%/g,
      /quick "clear" that is clear on the whole quiz/g,
      /quick check: mean questions\s+\d+\.\d\s+≤ 18/g,
      /careful people given a careless-answer caution\s+\d+\.\d%\s+≤ 3\.0%/g,
    ]) {
      expect(stdout.match(figure)).toHaveLength(6);
    }
    expect(stdout.match(/^(10|[1-9])\s+\d+\s+\d+\.\d%\s+\d+\.\d%\s+-?\d+\.\d pts$/gm)).toHaveLength(60);
    expect(stdout).toMatch(/quick check: a lean with no caution\s+\d+\.\d%\s+≤ 10\.0%/);
    expect(stdout).toMatch(/Reading level/);
    expect(stdout).toMatch(/scored options with evidence\s+100\.0%/);
    expect(stdout).toMatch(/Audit passed\./);
  }, 120_000);
});
