// The bench's command line: `npm run bench -- [--runs N] [--lang-runs N] [--inp-runs N] [--skip-lighthouse] [--skip-build]`.
import { parseArgs } from 'node:util';

const usage =
  'Usage: npm run bench -- [--runs N] [--lang-runs N] [--inp-runs N] [--skip-lighthouse] [--skip-build]';

/** A mistake in the command line: printed without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface BenchOptions {
  /** Lighthouse runs per page and preset. */
  lighthouseRuns: number;
  /** Lighthouse mobile runs on the start page of each language but English (English's are `lighthouseRuns`). */
  languageRuns: number;
  /** Runs through the whole quiz for the interaction figure. */
  inpRuns: number;
  skipLighthouse: boolean;
  skipBuild: boolean;
}

function positiveInteger(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`${flag} takes a whole number of runs, 1 or more.\n${usage}`);
  return Number(value);
}

function parseArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        runs: { type: 'string' },
        'lang-runs': { type: 'string' },
        'inp-runs': { type: 'string' },
        'skip-lighthouse': { type: 'boolean', default: false },
        'skip-build': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

export function readOptions(args: string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArguments(args);
  return {
    lighthouseRuns: positiveInteger(values.runs, 5, '--runs'),
    languageRuns: positiveInteger(values['lang-runs'], 1, '--lang-runs'),
    inpRuns: positiveInteger(values['inp-runs'], 5, '--inp-runs'),
    skipLighthouse: values['skip-lighthouse'] === true,
    skipBuild: values['skip-build'] === true,
  };
}
