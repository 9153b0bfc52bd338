import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/find-chromium.ts';
import { startPreview } from '../../scripts/preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the app once, serves dist/ with `vite preview` on a free port and provides its origin
 * as `baseUrl`. The returned teardown stops the preview server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail the browser project clearly (never skip) when there is no browser to drive.
  findChromium();

  const cwd = project.config.root;
  const env = childEnv();

  await build(cwd, env);

  const preview = await startPreview({ cwd, env });
  project.provide('baseUrl', new URL(preview.url).origin);
  return preview.stop;
}

const testOnlyVariables = new Set(['TEST', 'VITEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/**
 * The environment for vite: Vitest sets test-only variables (NODE_ENV=test, MODE, DEV...)
 * that must not leak into a production build.
 */
function childEnv(): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([name]) => !testOnlyVariables.has(name) && !name.startsWith('VITEST_'),
  );
  return { ...Object.fromEntries(kept), NODE_ENV: 'production' };
}

function collect(child: ChildProcess): { text: () => string } {
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { text: () => Buffer.concat(chunks).toString('utf8') };
}

async function build(cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn('npm', ['run', 'build:app'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collect(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`\`npm run build:app\` failed (exit code ${String(code)}):\n${output.text()}`);
  }
}
