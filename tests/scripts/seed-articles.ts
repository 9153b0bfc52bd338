import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SeedFile } from '../../src/engine/index.ts';
import { seedFiles } from '../../src/content/sources.ts';

/**
 * The seed articles the role facts quote are not ours to copy, so they are not in the repository. A check
 * that needs them reads them from the folder this variable names (`.ci/run` points it at them).
 */
export const seedsFolderVariable = 'WHICH_TPM_SEEDS_DIR';

export type SeedArticles =
  | { readonly found: true; readonly texts: Readonly<Record<SeedFile, string>> }
  | { readonly found: false; readonly why: string };

/**
 * The seed articles' texts, or why they are not here. A folder that is named but lacks an article is an
 * error, not a skip: someone asked for the check.
 */
export function readSeedArticles(environment: NodeJS.ProcessEnv = process.env): SeedArticles {
  const folder = environment[seedsFolderVariable];
  if (folder === undefined || folder === '') {
    return {
      found: false,
      why: `the seed articles are not in the repository; set ${seedsFolderVariable} to their folder to check the quotes`,
    };
  }
  const missing = seedFiles.filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) {
    throw new Error(`${seedsFolderVariable} is ${resolve(folder)}, which has no ${missing.join(' or ')}.`);
  }
  const entries = seedFiles.map((file) => [file, readFileSync(join(folder, file), 'utf8')] as const);
  return { found: true, texts: Object.fromEntries(entries) as Record<SeedFile, string> };
}
