// Lighthouse 12 on the start page, through its Node API, in a fresh headless Chromium for every run:
// the mobile preset (a mid-range phone, CPU 4x slower, slow 4G, simulated) and the desktop one.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../find-chromium.ts';
import { log, median, ms, seconds } from './figures.ts';

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categoryIds)[number];
export const metricIds = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
} as const;
export type MetricName = keyof typeof metricIds;

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

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
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

export interface LighthousePreset {
  version: string;
  runs: number;
  median: { scores: Record<CategoryId, number>; metrics: Record<MetricName, number> };
  each: LighthouseRun[];
  /** Each audit that cost points, with the number of runs in which it did and its value in each. */
  lostPoints: { category: CategoryId; audit: string; title: string; runs: number; values: string[] }[];
  warnings: string[];
}

export async function lighthouseRun(url: string, preset: Preset, chromePath: string): Promise<LighthouseRun> {
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

/** One page under one preset: what the bench measures with Lighthouse. */
export interface LighthouseSubject {
  /** How the log and the report name it: "mobile", "desktop", "mobile, no JavaScript". */
  label: string;
  url: string;
  preset: Preset;
}

/**
 * Runs Lighthouse `runs` times on each subject, taking the subjects in turn (A, B, A, B...), so a
 * machine that gets busier or quieter during the bench weighs on all of them alike.
 */
export async function lighthouseInTurn(
  subjects: readonly LighthouseSubject[],
  runs: number,
  chromePath: string,
): Promise<LighthousePreset[]> {
  const each = subjects.map((): LighthouseRun[] => []);
  for (let run = 1; run <= runs; run++) {
    for (const [index, subject] of subjects.entries()) {
      const result = await lighthouseRun(subject.url, subject.preset, chromePath);
      each[index]?.push(result);
      const { scores, metrics } = result;
      log(
        `lighthouse ${subject.label} ${run}/${runs}: perf ${scores.performance}, a11y ${scores.accessibility}, ` +
          `bp ${scores['best-practices']}, seo ${scores.seo}; LCP ${seconds(metrics.lcp)}, TBT ${ms(metrics.tbt)}, ` +
          `CLS ${metrics.cls.toFixed(3)}`,
      );
    }
  }
  return each.map(summarise);
}

/** The medians of a subject's runs, and every audit that cost points in any of them. */
function summarise(each: LighthouseRun[]): LighthousePreset {
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
