// `vite preview` on a free loopback port, for the browser tests and the benchmark: started in its own
// process group, waited for until it answers 200, and stopped with everything it spawned.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const loopback = '127.0.0.1';
const readyTimeoutMs = 30_000;

export interface PreviewOptions {
  /** The project folder (where vite.config.ts is); default the current directory. */
  cwd?: string;
  /** The environment for vite; default this process's. */
  env?: NodeJS.ProcessEnv;
  /** The built site to serve; default vite's (dist/). The no-JavaScript copy of the bench lives elsewhere. */
  outDir?: string;
  /** The path the site is served under (Vite's `base`), with a trailing slash; default "/". */
  base?: string;
  /** The port to listen on, to serve another build at the same origin; default a free one. */
  port?: number;
}

export interface PreviewServer {
  /** The site's address, base path included, with a trailing slash. */
  url: string;
  /** Stops the server and its whole process group; safe to call twice. */
  stop: () => Promise<void>;
}

/** A TCP port nothing listens on right now. */
export function freePort(host = loopback): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('Could not read a free port.'))));
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Serves a build with `vite preview` and resolves once it answers 200 at its base path. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const port = options.port ?? (await freePort());
  const base = options.base ?? '/';
  const url = `http://${loopback}:${port}${base}`;
  const args = ['vite', 'preview', '--host', loopback, '--port', String(port), '--strictPort'];
  if (options.outDir !== undefined) args.push('--outDir', options.outDir);
  // Its own process group, so the whole tree (npx, node vite) can be stopped at once.
  const child = spawn('npx', args, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // The group does not get this process's Ctrl-C, so stop it when this process ends, however it ends.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals) => {
    signalGroup(child, 'SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(child, 'SIGTERM');
      const ended = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!ended) signalGroup(child, 'SIGKILL');
    }
    // npx may exit before its child does: make sure nothing of the group survives.
    signalGroup(child, 'SIGKILL');
    process.off('exit', killOnExit);
    process.off('SIGINT', killOnSignal);
    process.off('SIGTERM', killOnSignal);
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`\`vite preview\` stopped before it served ${url}:\n${output}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `\`vite preview\` did not answer 200 at ${url} within ${readyTimeoutMs / 1000} s:\n${output}`,
      );
    }
    await sleep(200);
  }
}
