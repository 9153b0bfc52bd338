// The bench's targets, its printed table and bench/latest.json: everything it says about a run.
import type { BuildSize, ByteCount } from '../build-size.ts';
import type { LoadedBytes } from './bytes.ts';
import type { EngineResult } from './engine-speed.ts';
import { check, grouped, kB, ms, percent, seconds, status, table } from './figures.ts';
import type { TargetCheck } from './figures.ts';
import { describeEntry } from './interaction.ts';
import type { InteractionResult } from './interaction.ts';
import { categoryIds, metricIds } from './lighthouse.ts';
import type { CategoryId, LighthousePreset, MetricName } from './lighthouse.ts';

/** Every figure is at most this many gzip bytes of JavaScript on the start page. */
export const startPageBudget = 90_000;
/** The most JavaScript /result may fetch: the path's content and code belong to the path's page. */
export const resultRouteBudget = 115_000;
/** The start page's LCP may be at most this much later than the same page without JavaScript. */
export const lcpAllowance = 1.05;

export interface LighthouseResults {
  version: string;
  mobile: LighthousePreset;
  /** The prerendered start page with its scripts removed, mobile preset. */
  mobileNoJs: LighthousePreset;
  desktop: LighthousePreset;
}

export interface BenchResults {
  date: string;
  durationSeconds: number;
  browserVersion: string;
  cpus: number;
  loadAverage: { start: number; end: number };
  size: BuildSize;
  startPageLoaded: LoadedBytes;
  returnVisitLoaded: LoadedBytes;
  resultRouteLoaded: LoadedBytes;
  lighthouse: LighthouseResults | null;
  interaction: InteractionResult;
  engine: EngineResult;
}

export interface Targets {
  startPage: TargetCheck;
  startPageLoaded: TargetCheck;
  resultRouteLoaded: TargetCheck;
  lighthouse: Map<string, TargetCheck>;
  interaction: TargetCheck;
  all: TargetCheck[];
}

export function checkTargets(results: BenchResults): Targets {
  const startPage = check(
    'start page JS at most, before a click (its entry and the app), gzip',
    results.size.startPage.js.gzip,
    '<=',
    startPageBudget,
    'bytes',
  );
  const startPageLoaded = check(
    'start page JS fetched on a first visit until the network is idle, gzip',
    results.startPageLoaded.js.gzip,
    '<=',
    startPageBudget,
    'bytes',
  );
  const resultRouteLoaded = check(
    '/result JS fetched until the network is idle, gzip',
    results.resultRouteLoaded.js.gzip,
    '<=',
    resultRouteBudget,
    'bytes',
  );
  const lighthouse = new Map<string, TargetCheck>();
  const mobile = results.lighthouse?.mobile;
  const noJs = results.lighthouse?.mobileNoJs;
  if (mobile && noJs) {
    for (const id of categoryIds)
      lighthouse.set(id, check(`Lighthouse mobile ${id}`, mobile.median.scores[id], '=', 100, 'points'));
    lighthouse.set('lcp', check('Lighthouse mobile LCP', mobile.median.metrics.lcp, '<=', 1200, 'ms'));
    lighthouse.set(
      'lcpRatio',
      check('Lighthouse mobile LCP / LCP without JavaScript', lcpRatio(mobile, noJs), '<=', lcpAllowance, ''),
    );
    lighthouse.set('tbt', check('Lighthouse mobile TBT', mobile.median.metrics.tbt, '<=', 50, 'ms'));
    lighthouse.set('cls', check('Lighthouse mobile CLS', mobile.median.metrics.cls, '<=', 0.01, ''));
  }
  const interaction = check(
    'slowest event duration, CPU 4x slower',
    results.interaction.median,
    '<=',
    50,
    'ms',
  );
  return {
    startPage,
    startPageLoaded,
    resultRouteLoaded,
    lighthouse,
    interaction,
    all: [startPage, startPageLoaded, resultRouteLoaded, ...lighthouse.values(), interaction],
  };
}

function lcpRatio(mobile: LighthousePreset, noJs: LighthousePreset): number {
  return mobile.median.metrics.lcp / noJs.median.metrics.lcp;
}

function bytesRows(results: BenchResults, targets: Targets): string[][] {
  const { size } = results;
  const row = (label: string, count: ByteCount, target = '', result = ''): string[] => [
    label,
    String(count.files.length),
    grouped(count.raw),
    grouped(count.gzip),
    target,
    result,
  ];
  const budget = `≤ ${kB(startPageBudget)} gzip`;
  const rows = [
    row('start page JS, as loaded', results.startPageLoaded.js, budget, status(targets.startPageLoaded, kB)),
    row('start page JS, at most before a click', size.startPage.js, budget, status(targets.startPage, kB)),
    row('start page CSS, as loaded', results.startPageLoaded.css),
    row('start page JS, return visit, as loaded', results.returnVisitLoaded.js),
    row(
      '/result JS, as loaded',
      results.resultRouteLoaded.js,
      `≤ ${kB(resultRouteBudget)} gzip`,
      status(targets.resultRouteLoaded, kB),
    ),
    row('/result CSS, as loaded', results.resultRouteLoaded.css),
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

function lighthouseSection(lighthouse: LighthouseResults, targets: Targets): string[] {
  const { mobile: m, mobileNoJs: n, desktop: d, version } = lighthouse;
  const rows: string[][] = [];
  for (const id of categoryIds) {
    rows.push([
      categoryLabels[id],
      String(m.median.scores[id]),
      String(n.median.scores[id]),
      String(d.median.scores[id]),
      '100',
      status(targets.lighthouse.get(id), (points) => `${points} point${points === 1 ? '' : 's'}`),
    ]);
  }
  for (const name of Object.keys(metricIds) as MetricName[]) {
    const result = targets.lighthouse.get(name);
    rows.push([
      metricLabels[name],
      formatMetric(name, m.median.metrics[name]),
      formatMetric(name, n.median.metrics[name]),
      formatMetric(name, d.median.metrics[name]),
      result ? `≤ ${formatMetric(name, result.target)}` : '',
      status(result, (value) => formatMetric(name, value)),
    ]);
  }
  const ratio = targets.lighthouse.get('lcpRatio');
  if (ratio) {
    rows.push([
      'LCP against the page without JS',
      percent(ratio.value),
      '100.0%',
      '',
      `≤ ${percent(lcpAllowance)}`,
      status(ratio, percent),
    ]);
  }
  const out = [
    '',
    `Lighthouse ${version}, start page, median of ${m.runs} runs each (mobile runs taken in turn with the page without JS)`,
    table(['', 'mobile', 'mobile, no JS', 'desktop', 'target (mobile)', 'status'], rows, [1, 2, 3]),
  ];
  for (const [label, result] of [
    ['mobile', m],
    ['mobile, no JS', n],
    ['desktop', d],
  ] as const) {
    if (result.lostPoints.length === 0) continue;
    out.push(`Audits that cost points (${label}):`);
    for (const lost of result.lostPoints) {
      const values = lost.values.length > 0 ? ` (${lost.values.join(', ')})` : '';
      out.push(
        `  ${categoryLabels[lost.category]}: ${lost.title}, in ${lost.runs} of ${result.runs} runs${values}`,
      );
    }
  }
  return out;
}

function interactionSection(interaction: InteractionResult, target: TargetCheck): string[] {
  const slowestEntry = interaction.each
    .flatMap((run) => run.slowest.slice(0, 1))
    .sort((a, b) => b.duration - a.duration)[0];
  return [
    '',
    `Interaction: answering all ${interaction.questions} questions, CPU ${interaction.cpuSlowdown}x slower, median of ${interaction.runs} runs`,
    table(
      ['', 'value', 'target', 'status'],
      [
        ['slowest event (INP-like)', ms(interaction.median), '≤ 50 ms', status(target, ms)],
        ['slowest event of an interaction', ms(interaction.medianInteraction), '', ''],
        ['INP (Chrome rule: 1 in 50 ignored)', ms(interaction.medianInp), '', ''],
      ],
      [1],
    ),
    `Runs: ${interaction.each.map((run) => ms(run.maxDuration)).join(', ')}; interactions over 50 ms: ` +
      interaction.each.map((run) => `${run.interactionsOver50} of ${run.interactions}`).join(', ') +
      (slowestEntry ? `; slowest of all: ${describeEntry(slowestEntry)}` : ''),
  ];
}

/** The table `npm run bench` prints. */
export function formatReport(results: BenchResults, targets: Targets): string {
  const { loadAverage, engine } = results;
  const busy = Math.max(loadAverage.start, loadAverage.end) > results.cpus;
  const out = [
    `Which TPM? benchmark, ${results.date}`,
    `node ${process.version}, Chromium ${results.browserVersion}, ${results.cpus} CPUs; took ${Math.round(results.durationSeconds)} s`,
    `Load average (1 min) ${loadAverage.start.toFixed(1)} at the start, ${loadAverage.end.toFixed(1)} at the end` +
      (busy ? ': the machine was busy with other work, so times are slower and noisier than usual.' : '.'),
    '',
    'Bytes (gzip: level 9, each file; "as loaded": what Chromium fetched until the network was idle)',
    table(['', 'files', 'raw', 'gzip', 'target', 'status'], bytesRows(results, targets), [1, 2, 3]),
    ...(results.lighthouse
      ? lighthouseSection(results.lighthouse, targets)
      : ['', 'Lighthouse: skipped (--skip-lighthouse)']),
    ...interactionSection(results.interaction, targets.interaction),
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
    targets.all.every((result) => result.met)
      ? 'All targets met.'
      : `Targets missed: ${targets.all.filter((result) => !result.met).length} of ${targets.all.length}.`,
  ];
  return out.join('\n');
}
