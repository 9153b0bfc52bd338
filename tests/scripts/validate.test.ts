import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/validate.ts';
import {
  buildAnswerExport,
  evaluate,
  questionBank as appBank,
  readAnswerExport,
} from '../../src/engine/index.ts';
import type { AnswerExport } from '../../src/engine/index.ts';
import { pearson } from '../../src/engine/tooling/pilot-statistics.ts';
import { fixtureBank, questionBank } from '../fixtures/pilot/fixture-bank.ts';

const fixtureDir = 'tests/fixtures/pilot';
const bankArgs = ['--bank', join(fixtureDir, 'fixture-bank.ts')];
const firstQuestion = questionBank.questions.find((question) => question.kind !== 'background');
const oneAnswer = firstQuestion?.options[0] ? { [firstQuestion.id]: firstQuestion.options[0].id } : {};
let fixtureFiles: string[] = [];
let scratch = '';

async function run(args: readonly string[]) {
  const out: string[] = [];
  const errors: string[] = [];
  const code = await main(args, { log: (line) => out.push(line), error: (line) => errors.push(line) });
  return { code, out: out.join('\n'), errors: errors.join('\n') };
}

async function readExport(path: string): Promise<AnswerExport> {
  const result = readAnswerExport(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

beforeAll(async () => {
  fixtureFiles = (await readdir(fixtureDir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(fixtureDir, name));
  scratch = await mkdtemp(join(tmpdir(), 'which-tpm-validate-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run validate', () => {
  it('prints the interest scales, item-rest correlations, role match and retest for the made-up fixture', async () => {
    const { code, out, errors } = await run([...bankArgs, ...fixtureFiles]);
    expect(errors).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^13 people, 20 attempts\.$/m);
    // Alpha and item-rest checked with an independent computation (numpy) on the same files.
    expect(out).toMatch(/^product\s+13\s+0\.89\s+meets the usual floor$/m);
    expect(out).toMatch(/^project\s+13\s+0\.91\s+meets the usual floor$/m);
    expect(out).toMatch(/^product\s+talk-to-customers\s+0\.69\s+meets the usual floor$/m);
    expect(out).toMatch(/^project\s+warn-about-dates\s+0\.92\s+meets the usual floor$/m);
    expect(out).toMatch(/^Only 13 people answered every item of this scale: too few to read this figure/m);
    // Four product managers and three project managers enjoy their role (one more does "somewhat");
    // one product manager answered like a project manager.
    expect(out).toMatch(/^product manager\s+4\s+3\s+75%$/m);
    expect(out).toMatch(/^project manager\s+3\s+3\s+100%$/m);
    expect(out).toMatch(/^both\s+7\s+6\s+86%$/m);
  });

  it('correlates productShare over the newest two full attempts of the five people who took it twice', async () => {
    const older: number[] = [];
    const newer: number[] = [];
    let sameTrack = 0;
    for (const person of ['01', '03', '05', '09', '11']) {
      const { attempts } = await readExport(join(fixtureDir, `person-${person}.json`));
      const [latest, previous] = attempts.filter((attempt) => attempt.mode === 'full');
      if (!latest || !previous) throw new Error(`person-${person} should have two full attempts`);
      const [first, second] = [
        evaluate(previous.answers, questionBank),
        evaluate(latest.answers, questionBank),
      ];
      older.push(first.productShare);
      newer.push(second.productShare);
      if (first.track === second.track) sameTrack++;
    }
    const { out } = await run([...bankArgs, ...fixtureFiles]);
    const correlation = pearson(older, newer)?.toFixed(2) ?? 'n/a';
    // The fixture's retakes are two weeks apart.
    expect(out).toMatch(
      new RegExp(`^5\\s+14\\.0\\s+${correlation.replace('.', '\\.')}\\s+${sameTrack} of 5\\s`, 'm'),
    );
    expect(out).toMatch(/^Only 5 people took the full quiz twice/m);
  });

  it('reports files it cannot use, goes on with the rest, and counts a CSV and JSON of one download once', async () => {
    const broken = join(scratch, 'broken.json');
    await writeFile(broken, '{"format": "which-tpm-answers",');
    const older = join(scratch, 'older-bank.json');
    const olderBank = fixtureBank(questionBank.questions, 1);
    await writeFile(
      older,
      buildAnswerExport({
        attempts: [{ takenAt: 0, mode: 'full', answers: oneAnswer }],
        bank: olderBank,
        exportedAt: 0,
      }).json,
    );
    // person-01 again, as the CSV of the same download.
    const person = await readExport(join(fixtureDir, 'person-01.json'));
    const twin = join(scratch, 'person-01.csv');
    const attempts = person.attempts.map((attempt) => ({
      ...attempt,
      answers: {
        ...attempt.answers,
        ...(attempt.background.currentRole ? { 'current-role': attempt.background.currentRole } : {}),
        ...(attempt.background.currentEnjoyment
          ? { 'current-enjoyment': attempt.background.currentEnjoyment }
          : {}),
      },
    }));
    await writeFile(twin, buildAnswerExport({ attempts, bank: questionBank, exportedAt: 0 }).csv);
    const missing = join(scratch, 'missing.csv');

    const { code, out, errors } = await run([...bankArgs, broken, missing, older, twin, ...fixtureFiles]);
    expect(code).toBe(0);
    expect(errors).toContain(`${broken}: not used. The file starts like JSON but is not valid JSON`);
    expect(errors).toContain(`${missing}: cannot read it (ENOENT).`);
    expect(errors).toContain(
      `${older}: skipped, made with which-tpm version 1; this report is for which-tpm version 2.`,
    );
    expect(errors).toContain(`${join(fixtureDir, 'person-01.json')}: skipped, the same attempts as ${twin}`);
    expect(out).toMatch(/^13 people, 20 attempts\.$/m);
  });

  it('counts as a retest only attempts at least --retest-days apart', async () => {
    const { out } = await run([...bankArgs, '--retest-days', '15', ...fixtureFiles]);
    expect(out).toMatch(/^0\s+n\/a\s+n\/a\s+0 of 0\s*$/m);
    const wrong = await run([...bankArgs, '--retest-days', 'soon', ...fixtureFiles]);
    expect(wrong.code).toBe(1);
    expect(wrong.errors).toMatch(/^--retest-days needs a number of days, 0 or more\./);
  });

  it('exits with 1 when no file could be read', async () => {
    const { code, out, errors } = await run([...bankArgs, join(scratch, 'nothing-here.json')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(errors).toMatch(/No file could be read: nothing to report\.$/);
  });

  it('refuses a file with no attempts, and exits with 1 when no file holds one', async () => {
    const file = join(scratch, 'no-attempts.json');
    const empty = JSON.parse(
      buildAnswerExport({ attempts: [], bank: questionBank, exportedAt: 0 }).json,
    ) as AnswerExport;
    expect(empty.attempts).toEqual([]);
    await writeFile(file, JSON.stringify(empty));
    const { code, out, errors } = await run([...bankArgs, file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(errors).toContain(`${file}: not used. The file holds no attempts`);
    expect(errors).toMatch(/No file could be read: nothing to report\.$/);
  });

  it('exits with 1 when every readable file was made with another bank', async () => {
    const file = join(scratch, 'other-version.json');
    const made = JSON.parse(
      buildAnswerExport({
        attempts: [{ takenAt: 0, mode: 'full', answers: oneAnswer }],
        bank: questionBank,
        exportedAt: 0,
      }).json,
    ) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...made, bankVersion: 99 }));
    const { code, out, errors } = await run([...bankArgs, file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(errors).toMatch(/skipped, made with .* version 99/);
    expect(errors).toMatch(/No file held an attempt to report on\.$/);
  });

  it('explains its usage when no file is named, and refuses a bank module without a questionBank', async () => {
    const bare = await run([]);
    expect(bare.code).toBe(1);
    expect(bare.errors).toMatch(
      /^Name at least one answer file\.\n\nUsage: npm run validate -- \[--bank PATH\] \[--retest-days DAYS\] FILE/,
    );
    const wrongBank = await run(['--bank', 'src/engine/random.ts', ...fixtureFiles]);
    expect(wrongBank.code).toBe(1);
    expect(wrongBank.errors).toBe(
      'src/engine/random.ts does not export a questionBank with an id, a version and questions.',
    );
  });

  it("uses the app's own bank when no --bank is given", async () => {
    const [question] = appBank.questions;
    const answers = question?.options[0] ? { [question.id]: question.options[0].id } : {};
    const file = join(scratch, 'app-bank.json');
    await writeFile(
      file,
      buildAnswerExport({ attempts: [{ takenAt: 0, mode: 'full', answers }], bank: appBank, exportedAt: 0 })
        .json,
    );
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toContain(
      `Pilot report for question bank "${appBank.id}" version ${appBank.version}\n1 person, 1 attempt.`,
    );
  });
});
