// npm run bench: builds the app, serves the build on loopback and measures it: bytes (as built and as
// a browser fetches them), Lighthouse on the start page and on the same page without JavaScript,
// interaction latency while answering the whole quiz, and engine speed; and for each language, what its
// start page, /quiz/1 and /result fetch and Lighthouse mobile on its start page. Prints a table, writes
// bench/latest.json, and exits non-zero only when something failed to run. See docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { quizAsLoaded, resultRouteAsLoaded, returnVisitAsLoaded, startPageAsLoaded } from './bench/bytes.ts';
import type { LoadedBytes } from './bench/bytes.ts';
import { engineSpeed } from './bench/engine-speed.ts';
import { grouped, log, ms } from './bench/figures.ts';
import { interactionLatency } from './bench/interaction.ts';
import { lighthouseInTurn } from './bench/lighthouse.ts';
import type { LighthousePreset } from './bench/lighthouse.ts';
import { noJsCopy } from './bench/no-js-page.ts';
import { readOptions, UsageError } from './bench/options.ts';
import { checkTargets, formatReport } from './bench/report.ts';
import type { LanguageResults, LighthouseResults } from './bench/report.ts';
import { measureBuild } from './build-size.ts';
import { chromiumArgs, findChromium } from './find-chromium.ts';
import { startPreview } from './preview-server.ts';
import { locales, routeInLocale, sourceLocale } from '../src/lib/locales.ts';
import type { Locale } from '../src/lib/locales.ts';

function build() {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}).`);
}

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

/** Lighthouse on the start page, mobile runs taken in turn with the same page without JavaScript. */
async function measureLighthouse(
  appUrl: string,
  base: string,
  runs: number,
  chromePath: string,
): Promise<LighthouseResults> {
  const copy = noJsCopy('dist');
  try {
    const noJsServer = await startPreview({ base, outDir: copy.dir });
    try {
      log(`the start page without JavaScript on ${noJsServer.url}`);
      const [mobile, mobileNoJs] = await lighthouseInTurn(
        [
          { label: 'mobile', url: appUrl, preset: 'mobile' },
          { label: 'mobile, no JS', url: noJsServer.url, preset: 'mobile' },
        ],
        runs,
        chromePath,
      );
      const [desktop] = await lighthouseInTurn(
        [{ label: 'desktop', url: appUrl, preset: 'desktop' }],
        runs,
        chromePath,
      );
      if (!mobile || !mobileNoJs || !desktop) throw new Error('Lighthouse measured fewer pages than asked.');
      return { version: mobile.version, mobile, mobileNoJs, desktop };
    } finally {
      await noJsServer.stop();
    }
  } finally {
    copy.remove();
  }
}

/**
 * Lighthouse mobile on the start page of each language but English (whose figures are the start page's
 * above), the languages taken in turn, `runs` each.
 */
async function measureLanguagesLighthouse(
  appUrl: string,
  runs: number,
  chromePath: string,
): Promise<Map<Locale, LighthousePreset>> {
  const others = locales.filter((locale) => locale !== sourceLocale);
  const presets = await lighthouseInTurn(
    others.map((locale) => ({
      label: `mobile ${routeInLocale('/', locale)}`,
      url: new URL(routeInLocale('/', locale).slice(1), appUrl).href,
      preset: 'mobile' as const,
    })),
    runs,
    chromePath,
  );
  const byLocale = new Map<Locale, LighthousePreset>();
  for (const [index, locale] of others.entries()) {
    const preset = presets[index];
    if (!preset) throw new Error('Lighthouse measured fewer languages than asked.');
    byLocale.set(locale, preset);
  }
  return byLocale;
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

  const server = await startPreview({ base });
  log(`vite preview on ${server.url}`);
  let lighthouse: LighthouseResults | null = null;
  let resultRouteLoaded: LoadedBytes | undefined;
  let returnVisitLoaded: LoadedBytes | undefined;
  const startPagesLoaded = new Map<Locale, LoadedBytes>();
  const quizzesLoaded = new Map<Locale, LoadedBytes>();
  const resultRoutesLoaded = new Map<Locale, LoadedBytes>();
  let languagesLighthouse = new Map<Locale, LighthousePreset>();
  try {
    for (const locale of locales) {
      log(
        `loading ${routeInLocale('/', locale)} and ${routeInLocale('/quiz/1', locale)} to see what they fetch`,
      );
      startPagesLoaded.set(locale, await startPageAsLoaded(server.url, chromePath, locale));
      quizzesLoaded.set(locale, await quizAsLoaded(server.url, chromePath, locale));
    }
    const startPageLoaded = startPagesLoaded.get(sourceLocale);
    if (!startPageLoaded) throw new Error('The start page was not measured.');
    if (!options.skipLighthouse) {
      lighthouse = await measureLighthouse(server.url, base, options.lighthouseRuns, chromePath);
      languagesLighthouse = await measureLanguagesLighthouse(server.url, options.languageRuns, chromePath);
    }
    const interaction = await interactionLatency(
      server.url,
      options.inpRuns,
      chromePath,
      async (finished) => {
        for (const locale of locales) {
          log(`opening ${routeInLocale('/result', locale)} afresh to see what it fetches`);
          resultRoutesLoaded.set(locale, await resultRouteAsLoaded(server.url, chromePath, finished, locale));
        }
        resultRouteLoaded = resultRoutesLoaded.get(sourceLocale);
        log('opening the start page with those answers saved');
        returnVisitLoaded = await returnVisitAsLoaded(server.url, chromePath, finished);
      },
    );
    if (!resultRouteLoaded || !returnVisitLoaded)
      throw new Error('The pages with saved answers were not measured.');
    const languages: LanguageResults[] = locales.map((locale) => {
      const start = startPagesLoaded.get(locale);
      const quiz = quizzesLoaded.get(locale);
      const result = resultRoutesLoaded.get(locale);
      if (!start || !quiz || !result) throw new Error(`The pages in ${locale} were not measured.`);
      const mobile = locale === sourceLocale ? lighthouse?.mobile : languagesLighthouse.get(locale);
      return {
        locale,
        startPageLoaded: start,
        quizLoaded: quiz,
        resultRouteLoaded: result,
        lighthouseMobile: mobile ?? null,
      };
    });

    const loadAtEnd = loadavg()[0] ?? 0;
    const results = {
      date,
      durationSeconds: (performance.now() - began) / 1000,
      browserVersion: await chromiumVersion(chromePath),
      cpus: cpus().length,
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      size,
      startPageLoaded,
      returnVisitLoaded,
      resultRouteLoaded,
      languages,
      lighthouse,
      interaction,
      engine,
    };
    const targets = checkTargets(results);
    console.log(`\n${formatReport(results, targets)}`);

    const report = {
      ...results,
      node: process.version,
      chromiumPath: chromePath,
      options,
      bytes: {
        ...size,
        startPageAsLoaded: startPageLoaded,
        returnVisitAsLoaded: returnVisitLoaded,
        resultRouteAsLoaded: resultRouteLoaded,
      },
      targets: targets.all,
    };
    mkdirSync(resolve('bench'), { recursive: true });
    writeFileSync(resolve('bench/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    log('wrote bench/latest.json');
  } finally {
    await server.stop();
  }
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
