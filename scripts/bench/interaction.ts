// Interaction latency: Chromium, its CPU 4x slower, answers the whole quiz the way a person does
// (tests/browser/quiz-driver.ts), while an observer records every Event Timing entry of 16 ms or more.
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { answerByMouse, optionalCount, total } from '../../tests/browser/quiz-driver.ts';
import { chromiumArgs } from '../find-chromium.ts';
import { log, median, ms, seconds, sleep } from './figures.ts';

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

export interface EventEntry {
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

export interface InteractionRun {
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

export interface InteractionResult {
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

/** From the start page through every scored question and past the optional ones, to the result. */
async function answerQuiz(page: Page, baseUrl: string): Promise<number> {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await answerByMouse(page, 'product');
  await page.waitForURL((url) => url.pathname.endsWith('/result'));
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
  return total + optionalCount;
}

export function describeEntry(entry: EventEntry): string {
  return `${entry.name} on ${entry.target || '?'} at ${entry.path}`;
}

/**
 * Answers the quiz `runs` times, each in a fresh context, and hands the first run's finished
 * context to `afterFirstRun` (the bench measures the result route's JavaScript with its answers).
 */
export async function interactionLatency(
  baseUrl: string,
  runs: number,
  chromePath: string,
  afterFirstRun: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<InteractionResult> {
  const questions = total + optionalCount;
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
        const answered = await answerQuiz(page, baseUrl);
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
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        if (run === 1) await afterFirstRun(context);
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
