import { defaultClientConditions } from 'vite';
import type { TestSequencer, TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Files whose tests are slow under Stryker's instrumentation (property runs, repeated evaluations). */
const slowFiles = ['simulate', 'adaptive', 'flip', 'properties'];

function rank(specification: TestSpecification): number {
  const name = /([^/]+)\.test\.ts$/.exec(specification.moduleId)?.[1] ?? '';
  if (name.endsWith('-edges')) return 0;
  return slowFiles.indexOf(name) + 2;
}

/**
 * Stryker stops at a mutant's first failing test, so the quick, targeted tests run first and the
 * slow ones last: a mutant the quick tests kill never waits for the slow ones.
 */
class QuickFirst implements TestSequencer {
  shard(files: TestSpecification[]): TestSpecification[] {
    return files;
  }

  sort(files: TestSpecification[]): TestSpecification[] {
    return [...files].sort((first, second) => rank(first) - rank(second));
  }
}

/**
 * The tests Stryker runs against each mutant of src/engine (see docs/mutation.md): only the fast, pure
 * engine tests, in Node. Nothing that spawns processes, runs ESLint, starts a browser or renders screens.
 */
export default defineConfig({
  resolve: {
    // The same resolution as vite.config.ts, so the engine is loaded exactly as the unit tests load it.
    conditions: ['module-sync', ...defaultClientConditions],
  },
  test: {
    include: ['tests/engine/**/*.test.ts'],
    environment: 'node',
    sequence: { sequencer: QuickFirst },
    // Instrumented code runs many times slower; Stryker applies its own timeout to each mutant.
    testTimeout: 60_000,
  },
});
