// npm run validate -- [--bank PATH] FILE...: reads "Download my answers" files (JSON or CSV) from a pilot
// and prints the figures docs/validity.md explains. A file it cannot use is reported and passed over.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { questionBank as appBank, readAnswerExport } from '../src/engine/index.ts';
import type { AnswerExport, QuestionBank } from '../src/engine/index.ts';
import { pilotReport, pilotTargets } from '../src/engine/tooling/pilot-statistics.ts';
import type { PilotReport } from '../src/engine/tooling/pilot-statistics.ts';

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

const usage = `Usage: npm run validate -- [--bank PATH] [--retest-days DAYS] FILE...

Reads answer files that people downloaded from the result screen (JSON or CSV) and prints, for the
question bank (the app's, or the module at PATH that exports questionBank): each interest scale's
Cronbach's alpha and item-rest correlations, how often people who enjoy their product or project role
are recommended it, and the retest correlation (with --retest-days, only attempts at least DAYS apart
count as a retest). See docs/validity.md.`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const figure = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value * 100)}%`);
const verdict = (value: number | null, floor: number) =>
  value === null ? '' : value >= floor ? 'meets the usual floor' : 'below the usual floor';

interface Arguments {
  bankPath: string | null;
  retestDays: number;
  files: string[];
}

function parseArguments(args: readonly string[]): Arguments | string {
  const parsed: Arguments = { bankPath: null, retestDays: 0, files: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--bank') {
      const path = args[++index];
      if (!path) return '--bank needs a path to a module that exports questionBank.';
      parsed.bankPath = path;
    } else if (arg.startsWith('--bank=')) parsed.bankPath = arg.slice('--bank='.length);
    else if (arg === '--retest-days') {
      const days = Number(args[++index]);
      if (!Number.isFinite(days) || days < 0) return '--retest-days needs a number of days, 0 or more.';
      parsed.retestDays = days;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else parsed.files.push(arg);
  }
  return parsed.files.length === 0 ? 'Name at least one answer file.' : parsed;
}

function isBank(value: unknown): value is QuestionBank {
  if (typeof value !== 'object' || value === null) return false;
  const bank = value as Partial<QuestionBank>;
  return typeof bank.id === 'string' && typeof bank.version === 'number' && Array.isArray(bank.questions);
}

async function loadBank(path: string | null): Promise<QuestionBank | string> {
  if (path === null) return appBank;
  try {
    const module = (await import(pathToFileURL(resolve(path)).href)) as { questionBank?: unknown };
    if (isBank(module.questionBank)) return module.questionBank;
    return `${path} does not export a questionBank with an id, a version and questions.`;
  } catch (error) {
    return `Cannot load the bank from ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Reads every file it can; says why it passes over the others. */
async function readExports(files: readonly string[], bank: QuestionBank, output: Output) {
  const exports: AnswerExport[] = [];
  const seen = new Map<string, string>();
  let readable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      output.error(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      continue;
    }
    const result = readAnswerExport(text);
    if (!result.ok) {
      output.error(`${file}: not used. ${result.error}`);
      continue;
    }
    readable++;
    const { value } = result;
    if (value.bankVersion !== bank.version || (value.bankId !== null && value.bankId !== bank.id)) {
      const made = `${value.bankId ?? 'a bank'} version ${value.bankVersion}`;
      output.error(
        `${file}: skipped, made with ${made}; this report is for ${bank.id} version ${bank.version}.`,
      );
      continue;
    }
    // The CSV and the JSON of one download hold the same attempts: count that person once.
    const key = JSON.stringify(value.attempts);
    const twin = seen.get(key);
    if (twin !== undefined) {
      output.error(`${file}: skipped, the same attempts as ${twin} (one person's download in two formats).`);
      continue;
    }
    seen.set(key, file);
    exports.push(value);
  }
  return { exports, readable };
}

function print(report: PilotReport, bank: QuestionBank, output: Output): void {
  const { log } = output;
  log(`Pilot report for question bank "${bank.id}" version ${bank.version}`);
  log(`${count(report.people, 'person', 'people')}, ${count(report.attempts, 'attempt', 'attempts')}.`);
  if (report.unknownAnswers > 0) {
    log(`${report.unknownAnswers} answers name a question or option this bank does not hold: left out.`);
  }
  const notes = (...list: (string | null)[]) =>
    list.filter((note) => note !== null).forEach((note) => log(note));

  log('\nInterest scales (item score: 0 "not at all" to 4 "very much")');
  log(
    table(
      ['scale', 'people', 'alpha', `floor ${pilotTargets.alpha.toFixed(2)}`],
      report.scales.map((scale) => [
        scale.role,
        String(scale.n),
        figure(scale.alpha),
        verdict(scale.alpha, pilotTargets.alpha),
      ]),
    ),
  );
  log('\nItem-rest correlations');
  log(
    table(
      ['scale', 'item', 'item-rest', `floor ${pilotTargets.itemRest.toFixed(2)}`],
      report.scales.flatMap((scale) =>
        scale.items.map((item) => [
          scale.role,
          item.questionId,
          figure(item.correlation),
          verdict(item.correlation, pilotTargets.itemRest),
        ]),
      ),
    ),
  );
  notes(...new Set(report.scales.map((scale) => scale.note)));

  const { roleMatch } = report;
  log('\nPeople who enjoy their current role ("a lot" or "very much"): recommended that role?');
  log(
    table(
      ['current role', 'people', 'recommended it', 'share'],
      [
        ...(['product', 'project'] as const).map((track) => {
          const { n, matched } = roleMatch.byRole[track];
          return [`${track} manager`, String(n), String(matched), percent(n === 0 ? null : matched / n)];
        }),
        ['both', String(roleMatch.n), String(roleMatch.matched), percent(roleMatch.share)],
      ],
    ),
  );
  notes(roleMatch.note);

  const { retest } = report;
  log("\nRetest: productShare in each person's newest full attempt and the one before it");
  log(
    table(
      ['people', 'median days apart', 'correlation', 'same track', `floor ${pilotTargets.retest.toFixed(2)}`],
      [
        [
          String(retest.n),
          retest.medianDaysApart === null ? 'n/a' : retest.medianDaysApart.toFixed(1),
          figure(retest.correlation),
          `${retest.sameTrack} of ${retest.n}`,
          verdict(retest.correlation, pilotTargets.retest),
        ],
      ],
    ),
  );
  notes(retest.note);
}

/**
 * Runs the validation on command-line arguments and returns the exit code: 1 when no file could be read
 * or none held an attempt for this bank (or the arguments or bank are wrong), 0 otherwise.
 */
export async function main(args: readonly string[], output: Output = console): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    output.error(`${parsed}\n\n${usage}`);
    return 1;
  }
  const bank = await loadBank(parsed.bankPath);
  if (typeof bank === 'string') {
    output.error(bank);
    return 1;
  }
  const { exports, readable } = await readExports(parsed.files, bank, output);
  if (readable === 0) {
    output.error('No file could be read: nothing to report.');
    return 1;
  }
  if (exports.length === 0) {
    output.error('No file held an attempt to report on.');
    return 1;
  }
  print(pilotReport(exports, bank, { minimumDaysApart: parsed.retestDays }), bank, output);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
