// npm run bench: builds the app, serves the build on loopback and measures it: bytes, Lighthouse
// (mobile and desktop), interaction latency while answering the whole quiz, and engine speed.
// Prints a table, writes bench/latest.json, and exits non-zero only when something failed to run.
// Flags: --runs N (Lighthouse runs per preset, default 5), --inp-runs N (default 3),
// --skip-lighthouse, --skip-build (measure the existing dist/). See docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { createRandom, evaluate, isScored, questionBank } from '../src/engine/index.ts';
import { auditBank } from '../src/engine/tooling/audit.ts';
import { drawPerson, populationStyle, sitQuiz } from '../src/engine/tooling/simulate.ts';
import { countBytes, measureBuild } from './build-size.ts';
import type { BuildSize, ByteCount } from './build-size.ts';
import { chromiumArgs, findChromium } from './find-chromium.ts';

// ---------------------------------------------------------------------------------------------------
// Options

const usage = 'Usage: npm run bench -- [--runs N] [--inp-runs N] [--skip-lighthouse] [--skip-build]';

/** A mistake in the command line: printed without a stack trace. */
class UsageError extends Error {
  override name = 'UsageError';
}

function positiveInteger(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`${flag} takes a whole number of runs, 1 or more.\n${usage}`);
  return Number(value);
}

function readOptions() {
  const { values } = parseArguments();
  return {
    lighthouseRuns: positiveInteger(values.runs, 5, '--runs'),
    inpRuns: positiveInteger(values['inp-runs'], 3, '--inp-runs'),
    skipLighthouse: values['skip-lighthouse'] === true,
    skipBuild: values['skip-build'] === true,
  };
}

function parseArguments() {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string' },
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

// ---------------------------------------------------------------------------------------------------
// Small helpers

function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const grouped = (value: number) => Math.round(value).toLocaleString('en-US');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${grouped(value)} ms`;
const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(2)} s`;

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: number[],
): string {
  const cells = [headers, ...rows];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function log(message: string) {
  console.log(`[bench] ${message}`);
}

// ---------------------------------------------------------------------------------------------------
// Targets

interface TargetCheck {
  figure: string;
  value: number;
  unit: string;
  /** The figure must be at most (≤) or exactly (=) the target. */
  comparison: '<=' | '=';
  target: number;
  met: boolean;
  /** How far the figure is from the target, in its unit; 0 when met. */
  missBy: number;
}

function check(
  figure: string,
  value: number,
  comparison: '<=' | '=',
  target: number,
  unit: string,
): TargetCheck {
  const missBy = comparison === '<=' ? Math.max(0, value - target) : Math.abs(value - target);
  return { figure, value, unit, comparison, target, met: missBy === 0, missBy };
}

function status(result: TargetCheck | undefined, format: (value: number) => string): string {
  if (result === undefined) return '';
  return result.met ? 'ok' : `MISS by ${format(result.missBy)}`;
}

// ---------------------------------------------------------------------------------------------------
// Build and server

function build() {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}).`);
}

function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const server = createServer();
    server.unref();
    server.on('error', failed);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? found(port) : failed(new Error('No free port.'))));
    });
  });
}

interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function startPreview(base: string): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${base}`;
  log(`vite preview on ${url}`);
  // Its own process group, so the whole tree (npx, node) can be stopped at once.
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Stop it even when this script is stopped: it runs in its own group, so Ctrl-C does not reach it.
  const killOnExit = () => killGroup(child, 'SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals) => {
    killGroup(child, 'SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!stopped) killGroup(child, 'SIGKILL');
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', killOnSignal);
    process.removeListener('SIGTERM', killOnSignal);
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview stopped before it answered:\n${output}`);
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
      throw new Error(`vite preview did not answer at ${url} within 30 s:\n${output}`);
    }
    await sleep(200);
  }
}

// ---------------------------------------------------------------------------------------------------
// Lighthouse

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof categoryIds)[number];
const metricIds = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
} as const;
type MetricName = keyof typeof metricIds;

/** The parts of a Lighthouse result this script reads. */
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
  >;
  audits: Record<
    string,
    | {
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        numericValue?: number;
        displayValue?: string;
        details?: { items?: Record<string, unknown>[] };
      }
    | undefined
  >;
}

type Preset = 'mobile' | 'desktop';

interface LighthouseRun {
  version: string;
  scores: Record<CategoryId, number>;
  /** Milliseconds, except CLS (unitless). */
  metrics: Record<MetricName, number>;
  /** What the trace showed, before Lighthouse simulated the slow network and CPU (mobile) — ms. */
  observed: { fcp: number | null; lcp: number | null };
  /** The weighted audits that scored below 1. */
  lostPoints: LostPoint[];
  warnings: string[];
}

interface LostPoint {
  category: CategoryId;
  audit: string;
  title: string;
  score: number;
  displayValue: string;
}

interface LighthousePreset {
  version: string;
  runs: number;
  median: { scores: Record<CategoryId, number>; metrics: Record<MetricName, number> };
  each: LighthouseRun[];
  /** Each audit that cost points, with the number of runs in which it did and its value in each. */
  lostPoints: { category: CategoryId; audit: string; title: string; runs: number; values: string[] }[];
  warnings: string[];
}

async function lighthouseRun(url: string, preset: Preset, chromePath: string): Promise<LighthouseRun> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categoryIds] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result.');
    const lhr = result.lhr as unknown as Lhr;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = {} as Record<CategoryId, number>;
    const lostPoints: LostPoint[] = [];
    for (const id of categoryIds) {
      const category = lhr.categories[id];
      if (category?.score === null || category?.score === undefined)
        throw new Error(`Lighthouse gave no ${id} score.`);
      scores[id] = Math.round(category.score * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          lostPoints.push({
            category: id,
            audit: ref.id,
            title: audit.title,
            score: audit.score,
            displayValue: audit.displayValue ?? '',
          });
        }
      }
    }
    const metrics = {} as Record<MetricName, number>;
    for (const [name, id] of Object.entries(metricIds) as [MetricName, string][]) {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse gave no ${id}.`);
      metrics[name] = value;
    }
    const observedItem = lhr.audits.metrics?.details?.items?.[0] ?? {};
    const observedValue = (key: string) => {
      const value = observedItem[key];
      return typeof value === 'number' ? value : null;
    };
    return {
      version: lhr.lighthouseVersion,
      scores,
      metrics,
      observed: {
        fcp: observedValue('observedFirstContentfulPaint'),
        lcp: observedValue('observedLargestContentfulPaint'),
      },
      lostPoints,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}

async function lighthousePreset(
  url: string,
  preset: Preset,
  runs: number,
  chromePath: string,
): Promise<LighthousePreset> {
  const each: LighthouseRun[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouseRun(url, preset, chromePath);
    each.push(result);
    const { scores, metrics } = result;
    log(
      `lighthouse ${preset} ${run}/${runs}: perf ${scores.performance}, a11y ${scores.accessibility}, ` +
        `bp ${scores['best-practices']}, seo ${scores.seo}; LCP ${seconds(metrics.lcp)}, TBT ${ms(metrics.tbt)}, ` +
        `CLS ${metrics.cls.toFixed(3)}`,
    );
  }
  const scores = {} as Record<CategoryId, number>;
  for (const id of categoryIds) scores[id] = median(each.map((run) => run.scores[id]));
  const metrics = {} as Record<MetricName, number>;
  for (const name of Object.keys(metricIds) as MetricName[])
    metrics[name] = median(each.map((run) => run.metrics[name]));
  const lost = new Map<string, LighthousePreset['lostPoints'][number]>();
  for (const run of each) {
    for (const point of run.lostPoints) {
      const key = `${point.category}:${point.audit}`;
      const seen = lost.get(key) ?? { ...point, runs: 0, values: [] };
      seen.runs++;
      if (point.displayValue !== '') seen.values.push(point.displayValue);
      lost.set(key, seen);
    }
  }
  return {
    version: each[0]?.version ?? '',
    runs: each.length,
    median: { scores, metrics },
    each,
    lostPoints: [...lost.values()]
      .map(({ category, audit, title, runs: count, values }) => ({
        category,
        audit,
        title,
        runs: count,
        values,
      }))
      .sort((a, b) => b.runs - a.runs),
    warnings: [...new Set(each.flatMap((run) => run.warnings))],
  };
}

// ---------------------------------------------------------------------------------------------------
// Interaction latency

/**
 * Installed before any page script: reports each Event Timing entry of 16 ms or more to Node as it is
 * observed (so none is lost if a click loads a new document), and hands over the queued ones on flush.
 */
const eventTimingObserver = `(() => {
  const describe = (node) => {
    if (!node || !node.tagName) return '';
    const text = (node.getAttribute('aria-label') || node.textContent || node.value || '').trim().slice(0, 30);
    return node.tagName.toLowerCase() + (node.type ? '[' + node.type + ']' : '') + (text ? ' "' + text + '"' : '');
  };
  const toRecord = (entry) => ({
    name: entry.name,
    duration: entry.duration,
    interactionId: entry.interactionId || 0,
    target: describe(entry.target),
    path: location.pathname,
  });
  const unsent = [];
  const report = (entries) => {
    for (const entry of entries) {
      if (typeof window.__benchEvent === 'function') window.__benchEvent(toRecord(entry));
      else unsent.push(toRecord(entry));
    }
  };
  const observer = new PerformanceObserver((list) => report(list.getEntries()));
  observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.__benchFlush = () => unsent.splice(0).concat(observer.takeRecords().map(toRecord));
})();`;

interface EventEntry {
  /** The event type: click, pointerdown, keydown... */
  name: string;
  /** From the event's time stamp to the next paint after its handlers ran, ms (rounded to 8 ms by Chromium). */
  duration: number;
  /** Non-zero for the events of a discrete interaction (what INP counts): pointerdown, pointerup, click, key events. */
  interactionId: number;
  target: string;
  /** The page's path when the entry was observed. */
  path: string;
}

interface InteractionRun {
  /** The slowest Event Timing duration of any event, ms: the figure with the target. */
  maxDuration: number;
  /** The slowest duration among the events that belong to an interaction (interactionId > 0), ms. */
  maxInteractionDuration: number;
  /**
   * INP as Chrome reports it: interactions grouped by interactionId, the slowest of each, and one
   * ignored for every 50 (only interactions with an entry of 16 ms or more are seen).
   */
  inp: number;
  /** Interactions with at least one entry of 16 ms or more. */
  interactions: number;
  /** Interactions slower than the 50 ms target. */
  interactionsOver50: number;
  /** The five slowest entries. */
  slowest: EventEntry[];
  /** Event entries of 16 ms or more. */
  entries: number;
  questionsAnswered: number;
  /** Documents loaded: 1 when every step after the first page was a client-side navigation. */
  documentLoads: number;
  wallMs: number;
}

interface InteractionResult {
  runs: number;
  cpuSlowdown: number;
  questions: number;
  /** Median over runs of maxDuration. */
  median: number;
  /** Median over runs of maxInteractionDuration. */
  medianInteraction: number;
  /** Median over runs of inp. */
  medianInp: number;
  each: InteractionRun[];
}

async function answerQuiz(page: Page, baseUrl: string, questions: number): Promise<number> {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  let answered = 0;
  for (let position = 1; position <= questions; position++) {
    await page.waitForURL((url) => url.pathname.endsWith(`/quiz/${position}`));
    await page.getByRole('radio').first().click();
    const isLast = position === questions;
    await page.getByRole('button', { name: isLast ? 'See my result' : 'Next', exact: true }).click();
    answered++;
  }
  await page.waitForURL((url) => url.pathname.endsWith('/result'));
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
  return answered;
}

function describeEntry(entry: EventEntry): string {
  return `${entry.name} on ${entry.target || '?'} at ${entry.path}`;
}

async function interactionLatency(
  baseUrl: string,
  runs: number,
  chromePath: string,
): Promise<InteractionResult> {
  const questions = questionBank.questions.length;
  const cpuSlowdown = 4;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  const each: InteractionRun[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      // A new context each run: no saved answers, no service worker, a cold HTTP cache.
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const entries: EventEntry[] = [];
        let documentLoads = 0;
        page.on('load', () => documentLoads++);
        await page.exposeFunction('__benchEvent', (entry: EventEntry) => void entries.push(entry));
        await page.addInitScript(eventTimingObserver);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        const started = performance.now();
        const answered = await answerQuiz(page, baseUrl, questions);
        const wallMs = performance.now() - started;
        // Let the last interaction's entry be dispatched, then take whatever is still queued.
        const queued = (await page.evaluate(
          'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 250))).then(() => window.__benchFlush())',
        )) as EventEntry[];
        await sleep(100);
        entries.push(...queued);
        const slowest = [...entries].sort((a, b) => b.duration - a.duration);
        const byInteraction = new Map<number, number>();
        for (const entry of entries) {
          if (entry.interactionId === 0) continue;
          byInteraction.set(
            entry.interactionId,
            Math.max(entry.duration, byInteraction.get(entry.interactionId) ?? 0),
          );
        }
        const interactions = [...byInteraction.values()].sort((a, b) => b - a);
        const result: InteractionRun = {
          maxDuration: slowest[0]?.duration ?? 0,
          maxInteractionDuration: slowest.find((entry) => entry.interactionId > 0)?.duration ?? 0,
          inp: interactions[Math.min(Math.floor(interactions.length / 50), interactions.length - 1)] ?? 0,
          interactions: interactions.length,
          interactionsOver50: interactions.filter((duration) => duration > 50).length,
          slowest: slowest.slice(0, 5),
          entries: entries.length,
          questionsAnswered: answered,
          documentLoads,
          wallMs,
        };
        each.push(result);
        log(
          `interaction ${run}/${runs}: slowest ${ms(result.maxDuration)}` +
            (slowest[0] ? ` (${describeEntry(slowest[0])})` : '') +
            `, slowest in an interaction ${ms(result.maxInteractionDuration)}, ` +
            `${result.interactionsOver50} of ${result.interactions} interactions over 50 ms; ${entries.length} entries ≥ 16 ms, ` +
            `${answered} questions in ${seconds(wallMs)}, ${documentLoads} document load(s)`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    runs: each.length,
    cpuSlowdown,
    questions,
    median: median(each.map((run) => run.maxDuration)),
    medianInteraction: median(each.map((run) => run.maxInteractionDuration)),
    medianInp: median(each.map((run) => run.inp)),
    each,
  };
}

// ---------------------------------------------------------------------------------------------------
// What the start page really loads

interface LoadedBytes {
  js: ByteCount;
  css: ByteCount;
}

/**
 * The JavaScript and CSS Chromium fetches for the start page until the network is quiet, lazy chunks
 * included (the service worker is blocked, or its install would fetch every file).
 */
async function startPageAsLoaded(baseUrl: string, chromePath: string): Promise<LoadedBytes> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const base = new URL(baseUrl);
    const files = { js: new Set<string>(), css: new Set<string>() };
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
      const file = decodeURIComponent(url.pathname.slice(base.pathname.length));
      if (/\.m?js$/.test(file)) files.js.add(file);
      else if (file.endsWith('.css')) files.css.add(file);
    });
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await sleep(500);
    return { js: countBytes('dist', files.js), css: countBytes('dist', files.css) };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Engine

interface EngineResult {
  questions: number;
  evaluationsPerSecond: number;
  evaluateCalls: number;
  evaluateMs: number;
  auditBankMs: number;
  auditBankRuns: number[];
}

function engineSpeed(): EngineResult {
  const random = createRandom(1);
  const answers = sitQuiz(drawPerson(populationStyle, random), populationStyle, random);
  const questions = questionBank.questions.filter(isScored).length;
  if (Object.keys(answers).length !== questions)
    throw new Error('The simulated respondent skipped questions.');
  let sink = 0;
  const callFor = (budgetMs: number) => {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      for (let index = 0; index < 50; index++) sink += evaluate(answers).productShare;
      calls += 50;
      elapsed = performance.now() - started;
    } while (elapsed < budgetMs);
    return { calls, elapsed };
  };
  callFor(500); // Warm up: let V8 optimise evaluate before timing it.
  const timed = callFor(2000);
  if (!Number.isFinite(sink)) throw new Error('evaluate returned a non-finite product share.');
  const auditBankRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    auditBank();
    auditBankRuns.push(performance.now() - started);
  }
  return {
    questions,
    evaluationsPerSecond: timed.calls / (timed.elapsed / 1000),
    evaluateCalls: timed.calls,
    evaluateMs: timed.elapsed,
    auditBankMs: median(auditBankRuns),
    auditBankRuns,
  };
}

// ---------------------------------------------------------------------------------------------------
// Versions

async function chromiumVersion(chromePath: string): Promise<string> {
  const result = spawnSync(chromePath, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const printed = /\d+\.\d+\.\d+\.\d+/.exec(result.stdout ?? '')?.[0];
  if (printed !== undefined) return printed;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Report

function bytesRows(size: BuildSize, loaded: LoadedBytes, startCheck: TargetCheck): string[][] {
  const row = (label: string, count: ByteCount, target = '', result = ''): string[] => [
    label,
    String(count.files.length),
    grouped(count.raw),
    grouped(count.gzip),
    target,
    result,
  ];
  const rows = [
    row('start page JS', size.startPage.js, `≤ ${kB(startCheck.target)} gzip`, status(startCheck, kB)),
    row('start page CSS', size.startPage.css),
    row('start page JS incl. lazy', loaded.js),
    row('start page CSS incl. lazy', loaded.css),
    row('all JS (no service worker)', size.total.js),
    row('all CSS', size.total.css),
  ];
  if (size.serviceWorker) rows.push(row('service worker', size.serviceWorker));
  return rows;
}

const metricLabels: Record<MetricName, string> = {
  fcp: 'First Contentful Paint',
  lcp: 'Largest Contentful Paint',
  tbt: 'Total Blocking Time',
  cls: 'Cumulative Layout Shift',
  speedIndex: 'Speed Index',
};
const categoryLabels: Record<CategoryId, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

function formatMetric(name: MetricName, value: number): string {
  if (name === 'cls') return value.toFixed(3);
  if (name === 'tbt') return ms(value);
  return seconds(value);
}

async function main() {
  const options = readOptions();
  const began = performance.now();
  const date = new Date().toISOString();
  const loadAtStart = loadavg()[0] ?? 0;
  const chromePath = findChromium();
  let base = process.env.BASE_PATH ?? '/';
  if (!base.endsWith('/')) base = `${base}/`;

  if (options.skipBuild) log('--skip-build: measuring the existing dist/');
  else build();

  log('measuring build sizes');
  const size = measureBuild('dist');

  log('timing the engine');
  const engine = engineSpeed();
  log(`evaluate: ${grouped(engine.evaluationsPerSecond)}/s; auditBank: ${ms(engine.auditBankMs)}`);

  let lighthouseResults: { version: string; mobile: LighthousePreset; desktop: LighthousePreset } | null =
    null;
  let interaction: InteractionResult;
  let loaded: LoadedBytes;
  const server = await startPreview(base);
  try {
    log('loading the start page to see what it fetches');
    loaded = await startPageAsLoaded(server.url, chromePath);
    if (!options.skipLighthouse) {
      const mobile = await lighthousePreset(server.url, 'mobile', options.lighthouseRuns, chromePath);
      const desktop = await lighthousePreset(server.url, 'desktop', options.lighthouseRuns, chromePath);
      lighthouseResults = { version: mobile.version, mobile, desktop };
    }
    interaction = await interactionLatency(server.url, options.inpRuns, chromePath);
  } finally {
    await server.stop();
  }

  const browserVersion = await chromiumVersion(chromePath);
  const startCheck = check('start page JS, gzip', size.startPage.js.gzip, '<=', 90_000, 'bytes');
  const checks: TargetCheck[] = [startCheck];
  const mobile = lighthouseResults?.mobile;
  const lighthouseChecks = new Map<string, TargetCheck>();
  if (mobile) {
    for (const id of categoryIds) {
      lighthouseChecks.set(
        id,
        check(`Lighthouse mobile ${id}`, mobile.median.scores[id], '=', 100, 'points'),
      );
    }
    lighthouseChecks.set('lcp', check('Lighthouse mobile LCP', mobile.median.metrics.lcp, '<=', 1200, 'ms'));
    lighthouseChecks.set('tbt', check('Lighthouse mobile TBT', mobile.median.metrics.tbt, '<=', 50, 'ms'));
    lighthouseChecks.set('cls', check('Lighthouse mobile CLS', mobile.median.metrics.cls, '<=', 0.01, ''));
    checks.push(...lighthouseChecks.values());
  }
  const inpCheck = check('slowest event duration, CPU 4x slower', interaction.median, '<=', 50, 'ms');
  checks.push(inpCheck);
  const durationSeconds = (performance.now() - began) / 1000;
  const loadAtEnd = loadavg()[0] ?? 0;
  const busy = Math.max(loadAtStart, loadAtEnd) > cpus().length;

  // The table.
  const out: string[] = [];
  out.push(
    `Which TPM? benchmark, ${date}`,
    `node ${process.version}, Chromium ${browserVersion}, ${cpus().length} CPUs; took ${Math.round(durationSeconds)} s`,
    `Load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end` +
      (busy ? ': the machine was busy with other work, so times are slower and noisier than usual.' : '.'),
    '',
    'Bytes (gzip: level 9, each file)',
    table(['', 'files', 'raw', 'gzip', 'target', 'status'], bytesRows(size, loaded, startCheck), [1, 2, 3]),
  );
  if (lighthouseResults) {
    const { mobile: m, desktop: d, version } = lighthouseResults;
    const rows: string[][] = [];
    for (const id of categoryIds) {
      const result = lighthouseChecks.get(id);
      rows.push([
        categoryLabels[id],
        String(m.median.scores[id]),
        String(d.median.scores[id]),
        '100',
        status(result, (points) => `${points} point${points === 1 ? '' : 's'}`),
      ]);
    }
    for (const name of Object.keys(metricIds) as MetricName[]) {
      const result = lighthouseChecks.get(name);
      const target = result ? `≤ ${formatMetric(name, result.target)}` : '';
      rows.push([
        metricLabels[name],
        formatMetric(name, m.median.metrics[name]),
        formatMetric(name, d.median.metrics[name]),
        target,
        status(result, (value) => formatMetric(name, value)),
      ]);
    }
    out.push(
      '',
      `Lighthouse ${version}, median of ${m.runs} mobile and ${d.runs} desktop runs`,
      table(['', 'mobile', 'desktop', 'target (mobile)', 'status'], rows, [1, 2]),
    );
    for (const [preset, result] of [
      ['mobile', m],
      ['desktop', d],
    ] as const) {
      if (result.lostPoints.length === 0) continue;
      out.push(`Audits that cost points (${preset}):`);
      for (const lost of result.lostPoints) {
        const values = lost.values.length > 0 ? ` (${lost.values.join(', ')})` : '';
        out.push(
          `  ${categoryLabels[lost.category]}: ${lost.title}, in ${lost.runs} of ${result.runs} runs${values}`,
        );
      }
    }
  } else {
    out.push('', 'Lighthouse: skipped (--skip-lighthouse)');
  }
  const slowestEntry = interaction.each
    .flatMap((run) => run.slowest.slice(0, 1))
    .sort((a, b) => b.duration - a.duration)[0];
  out.push(
    '',
    `Interaction: answering all ${interaction.questions} questions, CPU ${interaction.cpuSlowdown}x slower, median of ${interaction.runs} runs`,
    table(
      ['', 'value', 'target', 'status'],
      [
        ['slowest event (INP-like)', ms(interaction.median), '≤ 50 ms', status(inpCheck, ms)],
        ['slowest event of an interaction', ms(interaction.medianInteraction), '', ''],
        ['INP (Chrome rule: 1 in 50 ignored)', ms(interaction.medianInp), '', ''],
      ],
      [1],
    ),
    `Runs: ${interaction.each.map((run) => ms(run.maxDuration)).join(', ')}; interactions over 50 ms: ` +
      interaction.each.map((run) => `${run.interactionsOver50} of ${run.interactions}`).join(', ') +
      (slowestEntry ? `; slowest of all: ${describeEntry(slowestEntry)}` : ''),
    '',
    `Engine (node ${process.version})`,
    table(
      ['', 'value'],
      [
        [`evaluate() of ${engine.questions} answers`, `${grouped(engine.evaluationsPerSecond)} / s`],
        ['auditBank(), median of 3', ms(engine.auditBankMs)],
      ],
      [1],
    ),
    '',
    checks.every((result) => result.met)
      ? 'All targets met.'
      : `Targets missed: ${checks.filter((result) => !result.met).length} of ${checks.length}.`,
  );
  console.log(`\n${out.join('\n')}`);

  const report = {
    date,
    durationSeconds,
    node: process.version,
    chromium: browserVersion,
    chromiumPath: chromePath,
    cpus: cpus().length,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    options,
    runs: {
      lighthouse: lighthouseResults
        ? {
            requested: options.lighthouseRuns,
            mobile: lighthouseResults.mobile.runs,
            desktop: lighthouseResults.desktop.runs,
          }
        : null,
      interaction: { requested: options.inpRuns, ran: interaction.runs },
      auditBank: engine.auditBankRuns.length,
    },
    bytes: { ...size, startPageAsLoaded: loaded },
    lighthouse: lighthouseResults,
    interaction,
    engine,
    targets: checks,
  };
  const file = resolve('bench/latest.json');
  mkdirSync(resolve('bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote bench/latest.json`);
}

try {
  await main();
} catch (error) {
  const detail =
    error instanceof UsageError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`\n[bench] failed: ${detail}`);
  process.exitCode = 1;
}
