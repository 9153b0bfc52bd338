import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run audit', () => {
  it('prints every figure the bank is held to, names them as reliability, and passes for the shipped bank', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/audit-bank.ts'], { cwd: process.cwd() });
    expect(stdout).toMatch(/Coverage of the seeds' attributes/);
    expect(stdout).toMatch(/decision-authority\s+\d/);
    expect(stdout).toMatch(/Uniformly random respondents \(10000\)/);
    expect(stdout).toMatch(/went Technical Product Manager\s+(4[7-9]|5[0-3])\.\d%/);
    expect(stdout).toMatch(
      /Simulated retakes \(\d+ people, each taking the quiz twice\): reliability, not validity/,
    );
    expect(stdout).toMatch(/^clear\s+\d+\s+(9[7-9]|100)\.\d%/m);
    expect(stdout).toMatch(/Calibration: predicted stability against the observed same-track share/);
    expect(stdout.match(/^(10|[1-9])\s+\d+\s+\d+\.\d%\s+\d+\.\d%\s+-?\d\.\d pts$/gm)).toHaveLength(10);
    expect(stdout).toMatch(/Reading level/);
    expect(stdout).toMatch(/scored options with evidence\s+100\.0%/);
    expect(stdout).toMatch(/Audit passed\./);
  }, 120_000);
});
