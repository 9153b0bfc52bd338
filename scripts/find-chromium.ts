import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What findChromium looks at; injectable so the fallbacks can be tested without touching the machine. */
export interface FindChromiumDeps {
  env: Record<string, string | undefined>;
  /** True when `path` is an executable file. */
  exists: (path: string) => boolean;
  /** The full path of the executable `name` on PATH, or undefined. */
  which: (name: string) => string | undefined;
}

export const usualChromiumPaths: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const chromiumNamesOnPath: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome'];

export const noChromiumMessage =
  'No Chromium found: set CHROME_PATH to a Chromium or Chrome binary, or install one (Debian/Ubuntu: apt-get install chromium).';

/**
 * Flags for Chromium in tests. Headless mode is set by Playwright itself.
 * --no-sandbox is needed when running as root (containers, CI).
 */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function whichOn(pathVariable: string | undefined, name: string): string | undefined {
  for (const directory of (pathVariable ?? '').split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

const defaultDeps: FindChromiumDeps = {
  env: process.env,
  exists: isExecutableFile,
  which: (name) => whichOn(process.env.PATH, name),
};

/**
 * The path of a Chromium (or Chrome) executable: CHROME_PATH if it exists, then the usual
 * install locations, then chromium / chromium-browser / google-chrome on PATH.
 * Throws a one-line Error saying how to get one when there is none.
 */
export function findChromium(deps: Partial<FindChromiumDeps> = {}): string {
  const { env, exists, which } = { ...defaultDeps, ...deps };

  const fromEnv = env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && exists(fromEnv)) return fromEnv;

  for (const path of usualChromiumPaths) {
    if (exists(path)) return path;
  }

  for (const name of chromiumNamesOnPath) {
    const path = which(name);
    if (path !== undefined) return path;
  }

  throw new Error(noChromiumMessage);
}
