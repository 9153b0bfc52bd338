import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const host = '127.0.0.1';
const previewReadyTimeoutMs = 30_000;

/**
 * Builds the app once, serves dist/ with `vite preview` on a free port and provides its URL
 * as `baseUrl`. The returned teardown stops the preview server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail the browser project clearly (never skip) when there is no browser to drive.
  findChromium();

  const cwd = project.config.root;
  const env = childEnv();

  await build(cwd, env);

  const port = await freePort();
  const preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', host], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(preview);
  // If Vitest dies without running the teardown, do not leave a detached server behind.
  const killOnExit = (): void => signalGroup(preview, 'SIGKILL');
  process.once('exit', killOnExit);
  const stopPreview = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stop(preview);
  };
  const baseUrl = `http://${host}:${port}`;

  try {
    await waitForServer(baseUrl, preview, output);
  } catch (error) {
    await stopPreview();
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  return stopPreview;
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('Could not read the port of a probe server.'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(undefined));
  });
}

async function waitForServer(
  url: string,
  child: ChildProcess,
  output: { text: () => string },
): Promise<void> {
  const deadline = Date.now() + previewReadyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`\`vite preview\` exited before serving ${url}:\n${output.text()}`);
    }
    if ((await statusOf(url)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `\`vite preview\` did not answer 200 at ${url} within ${previewReadyTimeoutMs / 1000} s:\n${output.text()}`,
  );
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops the preview server and its children (npx → node vite): the whole process group. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  // npx may exit before its child does: make sure nothing of the group survives.
  signalGroup(child, 'SIGKILL');
}
