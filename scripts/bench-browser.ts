import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDemo, DEMO_BUILD_DIRS } from './browser/build-demo';
import { oneMegabytePage } from './browser/one-megabyte-page';
import { createServiceWorkerStopper } from './browser/service-worker-stopper';
import { BOARD_MATCHES } from '../lib/sites/matches';
import { listRealPages, readRealPage, type RealPage } from '../tests/fixtures/real-pages';
import { matchesPattern } from '../tests/unit/sites/match-pattern';
import { median, summarize, type Summary } from '../lib/eval/browser-figures';

// `npm run bench:browser [-- --json] [--chromium | --firefox] [--runs N] [--page-runs K] [--no-build] [--cold-only]`: issue 14's figures in a
// real browser with the built extension (the demo build: production code plus the fixture server's match).
// - cold: the service worker stopped through the DevTools protocol (Chromium), then a seed page loaded: time from
//   the page's navigation start to the end of the paint (the content script's `gapmark:paint` measure). Firefox
//   has no CDP service worker to stop (its MV3 background is an event page): cold there is the first analysis
//   of a freshly launched browser, one sample per launch.
// - warm: the background's own analysis time (`analyzeMs` of the reply) on the real pages, worker running.
// - main thread: read + paint on the real pages that are postings (the content script's `readMs + paintMs`), per
//   page the median of K loads (`--page-runs`, 3) after one that warms the browser's caches: on this 2-core
//   machine one load of a page can take 2-4 times another as the page's own requests compete for the CPU, so a
//   single load's max said more about the moment than about the code.
// - the 1 MB page: the longest main-thread task (PerformanceObserver 'longtask', Chromium only) and the time
//   from navigation start to the first marks in the viewport (`gapmark:paint` measure, or `gapmark:viewport`).
// - the content script's size, gzip -9.
// Everything is measured, nothing asserted: budgets are compared in the printout.

const args = process.argv.slice(2);
const json = args.includes('--json');
const runsArg = args.indexOf('--runs');
// Another build of the extension (Chromium), e.g. of an older commit, to compare on the same machine and load.
const dirArg = args.indexOf('--extension-dir');
const EXTENSION_DIR = dirArg >= 0 ? resolve(args[dirArg + 1]!) : undefined;
// Only the cold start and its warm twin (no real pages, no 1 MB page): a quicker loop while working on it.
const COLD_ONLY = args.includes('--cold-only');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const pageRunsArg = args.indexOf('--page-runs');
const PAGE_RUNS = pageRunsArg >= 0 ? Math.max(1, Number(args[pageRunsArg + 1])) : 3;
const browsers: ('chromium' | 'firefox')[] = args.includes('--firefox')
  ? ['firefox']
  : args.includes('--chromium')
    ? ['chromium']
    : ['chromium', 'firefox'];
const log = (line: string) => {
  if (!json) console.log(line);
  else console.error(line);
};

const SEED_PAGES = ['snapfix-senior-backend-engineer.html', 'internations-backend-developer.html'];
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

interface PageFigures {
  readMs: number;
  paintMs: number;
  analyzeMs: number | null;
  isJobPosting: boolean;
  /** ms from navigation start to the end of the last paint, from the page's performance timeline. */
  paintedAtMs: number | null;
  /** ms from navigation start to the first marks in the viewport (huge pages paint the viewport first). */
  viewportAtMs: number | null;
  /** The paint's parts, when the content script records them (gapmark:paint:* measures). */
  parts: Record<string, number>;
  /** Work the content script does in tasks of its own, outside the read and the paint (gapmark:later:* measures: the loading chip, the chip's corner and theme after the paint), summed per name. */
  later: Record<string, number>;
  /** The longest slice of a read done in slices (gapmark:read:slice measures), null when none was recorded. */
  longestReadSliceMs: number | null;
  /** Where a page's time to marks goes, ms from navigation start (navigation timing and the content script's gapmark:read and gapmark:paint). */
  phases: Record<string, number>;
  /** The page's performance.timeOrigin (epoch ms), to put the worker's marks on the page's clock. */
  timeOrigin: number;
}

export interface BrowserFigures {
  browser: string;
  coldMs: Summary;
  coldAnalyzeMs: Summary;
  /** The cold metric's parts (ms from navigation start, medians) and the worker's own (ms from its start). */
  coldPhases: Record<string, Summary>;
  /** The very same metric as coldMs (seed pages, navigation start to the end of the paint), worker running. */
  warmPageMs: Summary;
  warmPhases: Record<string, Summary>;
  warmAnalyzeMs: Summary;
  /** The background's analysis in parts (its gapmark:bg:* measures, Chromium): data wait, analyse, stored reads, score. */
  warmAnalyzeParts: Record<string, Summary>;
  mainThreadMs: Summary;
  readMs: Summary;
  paintMs: Summary;
  notPostingReadMs: Summary;
  paintParts: Record<string, Summary>;
  /** Per page, the content script's work after the paint (theme, corner, …), each in a short task of its own. */
  laterParts: Record<string, Summary>;
  hugePage: {
    textLength: number;
    longestTaskMs: number | null;
    longTasksMs: number[] | null;
    /**
     * The longest animation frame (PerformanceObserver 'long-animation-frame', Chromium): unlike 'longtask' it
     * includes the browser's style, layout and paint work, which the marks of a huge page cause.
     */
    longestFrameMs?: number | null;
    /** Where its time to marks goes (medians, ms from navigation start): the page's load, our read, the reply. */
    phases?: Record<string, number>;
    viewportMarksMs: number | null;
    paintedAtMs: number | null;
    readMs: number;
    paintMs: number;
    /** The longest slice of the sliced read (median over the runs). */
    longestReadSliceMs?: number | null;
  };
  perPage: { id: string; readMs: number; paintMs: number; analyzeMs: number | null }[];
}

async function main() {
  log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on this machine`,
  );
  const results: BrowserFigures[] = [];
  if (browsers.length > 1) {
    // The harness picks its browser once, from GAPMARK_BROWSER at import: one child process per browser.
    for (const browser of browsers) {
      const child = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          process.argv[1]!,
          ...args.filter((a) => a !== '--json'),
          `--${browser}`,
          '--json',
          '--quiet',
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
      );
      const last = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !last.startsWith('{'))
        throw new Error(`bench:browser: the ${browser} run failed (exit ${child.status})`);
      results.push(...(JSON.parse(last) as { browsers: BrowserFigures[] }).browsers);
    }
  } else {
    const browser = browsers[0]!;
    process.env.GAPMARK_BROWSER = browser;
    const { startE2E } = await import('../tests/e2e/harness');
    if (!args.includes('--no-build')) buildDemo(browser === 'firefox' ? 'firefox' : 'chrome');
    results.push(await measureBrowser(browser, startE2E));
  }
  const gzipBytes = contentScriptGzip();
  if (!args.includes('--quiet')) {
    for (const r of results) printFigures(r);
    log(`content script (content-scripts/job.js, gzip -9): ${gzipBytes} B (budget 30,720 B)`);
  }
  const first = results[0]!;
  const summary = {
    coldMs: first.coldMs.median,
    warmAnalyzeMs: first.warmAnalyzeMs.median,
    mainThreadMedianMs: first.mainThreadMs.median,
    mainThreadMaxMs: first.mainThreadMs.max,
    hugePageLongestTaskMs: first.hugePage.longestTaskMs,
    hugePageViewportMarksMs: first.hugePage.viewportMarksMs,
    contentScriptGzipBytes: gzipBytes,
    loadAverage: loadavg()[0],
    browsers: results,
  };
  if (json) console.log(JSON.stringify(summary));
}

function contentScriptGzip(): number {
  // The production build's content script when it was built (npm run build), else the demo build's (the same
  // code; only the board list the build writes into it differs by the fixture server's match).
  const production = resolve(import.meta.dirname, '../.output/chrome-mv3/content-scripts/job.js');
  const file = existsSync(production)
    ? production
    : resolve(DEMO_BUILD_DIRS.chrome, 'content-scripts/job.js');
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

type StartE2E = typeof import('../tests/e2e/harness').startE2E;
type E2E = Awaited<ReturnType<StartE2E>>;

/** What the content script of a tab reports, plus its performance measures read from the page. */
async function figuresOf(
  e2e: E2E,
  tabId: number,
  page: Awaited<ReturnType<E2E['newPage']>>,
  timeoutMs = 15_000,
): Promise<PageFigures> {
  const state = await e2e.settledState(tabId, timeoutMs);
  await new Promise((done) => setTimeout(done, 100)); // the work left for the next frames (gapmark:later:*)
  const t = state.timings ?? { readMs: 0, paintMs: 0, analyzeMs: null };
  const marks = await page.evaluate(() => {
    const end = (name: string) => {
      const list = performance.getEntriesByName(name);
      const last = list[list.length - 1];
      return last ? last.startTime + last.duration : null;
    };
    const firstEnd = (name: string) => {
      const entry = performance.getEntriesByName(name)[0];
      return entry ? entry.startTime + entry.duration : null;
    };
    const parts: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('gapmark:paint:')) parts[entry.name.slice(14)] = entry.duration;
    }
    const later: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('gapmark:later:'))
        later[entry.name.slice(14)] = (later[entry.name.slice(14)] ?? 0) + entry.duration;
    }
    const slices = performance.getEntriesByName('gapmark:read:slice').map((e) => e.duration);
    const phases: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      phases.responseEnd = nav.responseEnd;
      phases.domContentLoaded = nav.domContentLoadedEventEnd;
      phases.loadEnd = nav.loadEventEnd;
    }
    const read = performance.getEntriesByName('gapmark:read')[0];
    if (read) {
      phases.scriptStart = read.startTime;
      phases.requestSent = read.startTime + read.duration;
    }
    const paint = performance.getEntriesByName('gapmark:paint')[0];
    if (paint) {
      phases.replyAt = paint.startTime;
      phases.paintEnd = paint.startTime + paint.duration;
    }
    const all = performance.getEntriesByName('gapmark:painted-all');
    const allAt = all.length ? all[all.length - 1]!.startTime : null;
    return {
      // A huge posting paints its first slice in the paint and the rest after (the gapmark:painted-all mark).
      paintedAtMs: Math.max(end('gapmark:paint') ?? 0, allAt ?? 0) || null,
      viewportAtMs: firstEnd('gapmark:viewport') ?? firstEnd('gapmark:paint'),
      parts,
      later,
      longestReadSliceMs: slices.length ? Math.max(...slices) : null,
      phases,
      timeOrigin: performance.timeOrigin,
    };
  });
  return {
    readMs: t.readMs,
    paintMs: t.paintMs,
    analyzeMs: t.analyzeMs,
    isJobPosting: state.isJobPosting,
    ...marks,
  };
}

async function measureBrowser(browser: 'chromium' | 'firefox', startE2E: StartE2E): Promise<BrowserFigures> {
  const pages = listRealPages();
  const onBoard = (page: RealPage) => BOARD_MATCHES.some((p) => matchesPattern(p, new URL(page.url)));
  const hosts = [...new Set(pages.filter(onBoard).map((p) => new URL(p.url).hostname))];
  const { importProfileThroughPopup } = await import('./browser/demo-profile');

  // Cold start.
  const cold: number[] = [];
  const coldAnalyze: number[] = []; // the analysis itself in a worker that just started
  const coldPhases: Record<string, number[]> = {};
  const warmPage: number[] = [];
  const warmPhases: Record<string, number[]> = {};
  const addPhases = (into: Record<string, number[]>, phases: Record<string, number>) => {
    for (const [name, ms] of Object.entries(phases)) (into[name] ??= []).push(ms);
  };
  let e2e: E2E;
  if (browser === 'chromium') {
    e2e = await startE2E({ mapHosts: hosts, extensionDir: EXTENSION_DIR });
    await importProfileThroughPopup(e2e);
    const session = e2e.chromium!;
    const stopper = await createServiceWorkerStopper(session);
    for (let run = 0; run < RUNS; run++) {
      for (const file of SEED_PAGES) {
        await stopper.stop();
        const { page, tabId } = await e2e.openTab(e2e.server.url(`/jobs/${file}`));
        const f = await figuresOf(e2e, tabId, page);
        if (f.paintedAtMs !== null) cold.push(f.paintedAtMs);
        if (f.analyzeMs !== null) coldAnalyze.push(f.analyzeMs);
        addPhases(coldPhases, { ...f.phases, ...(await workerPhases(session, f.timeOrigin)) });
        await page.close();
      }
    }
    // The same metric on the same pages with the worker running (it answered the page before).
    for (let run = 0; run < RUNS; run++) {
      for (const file of SEED_PAGES) {
        const { page, tabId } = await e2e.openTab(e2e.server.url(`/jobs/${file}`));
        const f = await figuresOf(e2e, tabId, page);
        if (f.paintedAtMs !== null) warmPage.push(f.paintedAtMs);
        addPhases(warmPhases, f.phases);
        await page.close();
      }
    }
    await stopper.close();
  } else {
    // Firefox: one cold sample per launch (the first analysis after the browser and its background started).
    const launches = Math.min(RUNS, 3);
    for (let run = 0; ; run++) {
      e2e = await startE2E({ mapHosts: hosts });
      await importProfileThroughPopup(e2e);
      const { page, tabId } = await e2e.openTab(e2e.server.url(`/jobs/${SEED_PAGES[run % 2]}`));
      const f = await figuresOf(e2e, tabId, page);
      if (f.paintedAtMs !== null) cold.push(f.paintedAtMs);
      await page.close();
      if (run + 1 >= launches) break;
      await e2e.teardown();
    }
  }

  // Warm: every real page, the worker kept busy by the previous page.
  const perPage: BrowserFigures['perPage'] = [];
  const warm: number[] = [];
  const main: number[] = [];
  const reads: number[] = [];
  const paints: number[] = [];
  const notPosting: number[] = [];
  const parts: Record<string, number[]> = {};
  const later: Record<string, number[]> = {};
  if (browser === 'chromium') {
    // The worker's analysis measures from here on are the real pages' (see workerMeasures).
    const workers = e2e.chromium!.context.serviceWorkers();
    await workers[workers.length - 1]?.evaluate(() => performance.clearMeasures()).catch(() => undefined);
  }
  for (const real of COLD_ONLY ? [] : pages) {
    const html = readRealPage(real);
    let address: string;
    if (onBoard(real)) {
      const url = new URL(real.url);
      e2e.server.route(url.pathname, html, url.hostname, NO_SCRIPTS);
      address = e2e.server.httpsUrlOn(url.hostname, `${url.pathname}${url.search}`);
    } else {
      const path = `/real/${real.id}`;
      e2e.server.route(path, html, undefined, NO_SCRIPTS);
      address = e2e.server.url(path);
    }
    // Per page, the median of its loads (after one that warms the browser's caches for it).
    const loads: Awaited<ReturnType<typeof figuresOf>>[] = [];
    for (let run = 0; run <= PAGE_RUNS; run++) {
      const { page, tabId } = await e2e.openTab(address);
      const f = await figuresOf(e2e, tabId, page);
      await page.close();
      if (run === 0) continue; // the first load of a page warms the browser's caches for it
      loads.push(f);
      if (!f.isJobPosting) continue;
      for (const [name, ms] of Object.entries(f.parts)) (parts[name] ??= []).push(ms);
      for (const [name, ms] of Object.entries(f.later)) (later[name] ??= []).push(ms);
    }
    const postingLoads = loads.filter((f) => f.isJobPosting);
    if (postingLoads.length * 2 <= loads.length) {
      notPosting.push(median(loads.map((f) => f.readMs)));
      continue;
    }
    const readMs = median(postingLoads.map((f) => f.readMs));
    const paintMs = median(postingLoads.map((f) => f.paintMs));
    const analyses = postingLoads.flatMap((f) => (f.analyzeMs === null ? [] : [f.analyzeMs]));
    const analyzeMs = analyses.length ? median(analyses) : null;
    perPage.push({ id: real.id, readMs, paintMs, analyzeMs });
    if (analyzeMs !== null) warm.push(analyzeMs);
    main.push(median(postingLoads.map((f) => f.readMs + f.paintMs)));
    reads.push(readMs);
    paints.push(paintMs);
  }

  const workerParts = browser === 'chromium' ? await workerMeasures(e2e.chromium!) : {};
  const huge = COLD_ONLY ? null : await measureHugePage(e2e, browser);
  await e2e.teardown();
  return {
    browser: e2e.browserVersion,
    coldMs: summarize(cold),
    coldAnalyzeMs: summarize(coldAnalyze),
    coldPhases: Object.fromEntries(Object.entries(coldPhases).map(([k, v]) => [k, summarize(v)])),
    warmPageMs: summarize(warmPage),
    warmPhases: Object.fromEntries(Object.entries(warmPhases).map(([k, v]) => [k, summarize(v)])),
    warmAnalyzeMs: summarize(warm),
    warmAnalyzeParts: workerParts,
    mainThreadMs: summarize(main),
    readMs: summarize(reads),
    paintMs: summarize(paints),
    notPostingReadMs: summarize(notPosting),
    paintParts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, summarize(v)])),
    laterParts: Object.fromEntries(Object.entries(later).map(([k, v]) => [k, summarize(v)])),
    hugePage: huge ?? {
      textLength: 0,
      longestTaskMs: null,
      longTasksMs: null,
      viewportMarksMs: null,
      paintedAtMs: null,
      readMs: 0,
      paintMs: 0,
    },
    perPage,
  };
}

/**
 * The worker's side of a cold start, on the page's clock (ms from the page's navigation start): when the worker
 * started (its timeOrigin), when the background's main ran (gapmark:bg:main) and when the analysis request
 * arrived (gapmark:bg:request), from the marks the background leaves in its own performance timeline.
 */
async function workerPhases(
  session: NonNullable<E2E['chromium']>,
  pageOrigin: number,
): Promise<Record<string, number>> {
  const workers = session.context.serviceWorkers();
  const worker = workers[workers.length - 1];
  if (!worker) return {};
  const seen = await worker
    .evaluate(() => ({
      origin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
    }))
    .catch(() => null);
  if (!seen) return {};
  const phases: Record<string, number> = { workerStart: seen.origin - pageOrigin };
  for (const [name, at] of seen.marks) {
    if (name.startsWith('gapmark:bg:') && !(name.slice(11) in phases))
      phases[`worker:${name.slice(11)}`] = seen.origin + at - pageOrigin;
  }
  return phases;
}

/** The worker's gapmark:bg:* measures of the analyses it answered since it started (the warm pages). */
async function workerMeasures(session: NonNullable<E2E['chromium']>): Promise<Record<string, Summary>> {
  const workers = session.context.serviceWorkers();
  const worker = workers[workers.length - 1];
  const entries = worker
    ? await worker
        .evaluate(() =>
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('gapmark:bg:'))
            .map((m) => [m.name.slice(11), m.duration] as const),
        )
        .catch(() => [])
    : [];
  const byName: Record<string, number[]> = {};
  for (const [name, ms] of entries) (byName[name] ??= []).push(ms);
  return Object.fromEntries(Object.entries(byName).map(([k, v]) => [k, summarize(v)]));
}

async function measureHugePage(
  e2e: E2E,
  browser: 'chromium' | 'firefox',
): Promise<BrowserFigures['hugePage']> {
  e2e.server.route('/jobs/one-megabyte.html', oneMegabytePage());
  const { playwrightPage } = await import('../tests/e2e/harness');
  const longest: number[] = [];
  const longestFrames: number[] = [];
  const phases: Record<string, number[]> = {};
  let last: BrowserFigures['hugePage'] | null = null;
  const viewport: number[] = [];
  const paintedAt: number[] = [];
  const readSlices: number[] = [];
  for (let run = 0; run < 3; run++) {
    const big = await e2e.newPage();
    if (browser === 'chromium')
      await playwrightPage(big).addInitScript(() => {
        const w = window as unknown as { __longTasks: number[]; __longFrames: number[] };
        w.__longTasks = [];
        w.__longFrames = [];
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
        ).observe({
          type: 'longtask',
          buffered: true,
        });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.__longFrames.push(e.duration)),
        ).observe({ type: 'long-animation-frame', buffered: true });
      });
    await big.goto(e2e.server.url('/jobs/one-megabyte.html'));
    const tabId = await e2e.newestTabId();
    const f = await figuresOf(e2e, tabId, big, 60_000);
    await new Promise((done) => setTimeout(done, 300)); // the last batches and their long tasks
    const state = await e2e.pageState(tabId);
    const tasks = await big.evaluate(
      () => (window as unknown as { __longTasks?: number[] }).__longTasks ?? null,
    );
    const frames = await big.evaluate(
      () => (window as unknown as { __longFrames?: number[] }).__longFrames ?? null,
    );
    if (frames) longestFrames.push(Math.max(0, ...frames));
    for (const [name, ms] of Object.entries(f.phases)) (phases[name] ??= []).push(ms);
    await big.close();
    if (tasks) longest.push(Math.max(0, ...tasks));
    if (f.viewportAtMs !== null) viewport.push(f.viewportAtMs);
    if (f.paintedAtMs !== null) paintedAt.push(f.paintedAtMs);
    if (f.longestReadSliceMs !== null) readSlices.push(f.longestReadSliceMs);
    last = {
      textLength: state?.textLength ?? 0,
      longestTaskMs: tasks ? Math.max(0, ...tasks) : null,
      longTasksMs: tasks,
      viewportMarksMs: f.viewportAtMs,
      paintedAtMs: f.paintedAtMs,
      readMs: f.readMs,
      paintMs: f.paintMs,
    };
  }
  return {
    ...last!,
    longestTaskMs: longest.length ? median(longest) : null,
    longestFrameMs: longestFrames.length ? median(longestFrames) : null,
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v)])),
    viewportMarksMs: viewport.length ? median(viewport) : null,
    // The same runs' median, not the last run's (a last run's "all painted" could come before the median viewport).
    paintedAtMs: paintedAt.length ? median(paintedAt) : null,
    longestReadSliceMs: readSlices.length ? median(readSlices) : null,
  };
}

function printFigures(r: BrowserFigures): void {
  const s = (x: Summary) => `median ${x.median.toFixed(1)} ms, max ${x.max.toFixed(1)} ms (n=${x.count})`;
  log(`\n${r.browser}`);
  log(`  cold, page load to marks (seed pages): ${s(r.coldMs)}   budget ≤150 median`);
  log(`    of which the analysis in the fresh worker: ${s(r.coldAnalyzeMs)}`);
  const phases = (p: Record<string, Summary>) =>
    Object.entries(p)
      .map(([k, x]) => `${k} ${x.median.toFixed(0)}`)
      .join(', ');
  if (r.coldPhases && Object.keys(r.coldPhases).length)
    log(
      `    cold phases (medians, ms from navigation start; worker: from the page's): ${phases(r.coldPhases)}`,
    );
  if (r.warmPageMs?.count) {
    log(`  warm, the same metric with the worker running (seed pages): ${s(r.warmPageMs)}`);
    log(`    warm phases: ${phases(r.warmPhases)}`);
  }
  log(`  warm analysis in the background (real pages): ${s(r.warmAnalyzeMs)}   budget ≤10 median`);
  for (const [name, x] of Object.entries(r.warmAnalyzeParts ?? {})) log(`    ${name}: ${s(x)}`);
  log(`  main thread read + paint (real postings): ${s(r.mainThreadMs)}   budget ≤5 median, ≤16 max`);
  log(`    read: ${s(r.readMs)}; paint: ${s(r.paintMs)}`);
  for (const [name, x] of Object.entries(r.paintParts)) log(`    paint, ${name}: ${s(x)}`);
  for (const [name, x] of Object.entries(r.laterParts ?? {}))
    log(`    in a task of its own (not in read + paint), ${name}: ${s(x)}`);
  log(`  not a posting, read (real pages): ${s(r.notPostingReadMs)}   budget ≤2`);
  const h = r.hugePage;
  log(
    `  1 MB page (${h.textLength} chars): longest task ${h.longestTaskMs === null ? 'n/a (no longtask API)' : `${h.longestTaskMs.toFixed(0)} ms`} (budget ≤50), ` +
      `marks in the viewport at ${h.viewportMarksMs?.toFixed(0) ?? '?'} ms from navigation (budget ≤300), all painted at ${h.paintedAtMs?.toFixed(0) ?? '?'} ms; read ${h.readMs.toFixed(0)} ms, paint ${h.paintMs.toFixed(0)} ms`,
  );
  if (h.phases && Object.keys(h.phases).length)
    log(
      `    1 MB page phases (medians, ms from navigation start): ${Object.entries(h.phases)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
  if (h.longestFrameMs != null)
    log(
      `    1 MB page, longest animation frame (the browser's style, layout, paint too): ${h.longestFrameMs.toFixed(0)} ms`,
    );
  if (h.longestReadSliceMs != null)
    log(`    1 MB page, longest slice of its read: ${h.longestReadSliceMs.toFixed(1)} ms (slices of ~8 ms)`);
  for (const p of r.perPage)
    log(
      `    ${p.id}: read ${p.readMs.toFixed(1)} ms, paint ${p.paintMs.toFixed(1)} ms, analysis ${p.analyzeMs?.toFixed(1) ?? '-'} ms`,
    );
}

await main();
