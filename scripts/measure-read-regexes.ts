import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { listRealPages, readRealPage } from '../tests/fixtures/real-pages/index';
import { dropSvgStyleAndScript } from './read-html';

// `npx tsx scripts/measure-read-regexes.ts [--runs N] [--json]`: what compiling regular expressions costs the read
// of each real page. A content script gets no code cache, so every page compiles each regex the reader uses on its
// first call (to bytecode) and again on its second (to machine code). Each page is read in a fresh Node process
// (the same V8 as Chromium, an older version) by `readPage`, with RegExp.prototype.exec timed per regex: the sum
// over the regexes of lib/ (not happy-dom's) of their first two calls is the figure (ms, the least of N runs per
// page; a long subject adds its matching time too). Timings, not counts: run it on a quiet machine, and compare
// two commits back to back.

const LIB = resolve(import.meta.dirname, '../lib');

interface RegexCost {
  regex: string;
  calls: number;
  firstTwoMs: number;
}

interface PageCost {
  id: string;
  isJobPosting: boolean;
  regexes: number;
  firstTwoMs: number;
  top: RegexCost[];
}

/** One page, in this process: the reader's regexes and their first two calls. */
async function measurePage(id: string): Promise<PageCost> {
  const page = listRealPages().find((p) => p.id === id);
  if (!page) throw new Error(`no real page ${id}`);
  const window = new Window({
    url: page.url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const html = dropSvgStyleAndScript(readRealPage(page));
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const stats = new Map<string, { calls: number; times: number[]; ours: boolean }>();
  const exec = RegExp.prototype.exec;
  let timing = false;
  RegExp.prototype.exec = function timedExec(this: RegExp, subject: string) {
    if (!timing) return exec.call(this, subject);
    const started = performance.now();
    const result = exec.call(this, subject);
    const ms = performance.now() - started;
    const key = `/${this.source}/${this.flags}`;
    let stat = stats.get(key);
    if (!stat) {
      timing = false; // the stack's own formatting runs regexes
      // The caller: the first frame past this function and the built-ins between (String.prototype.replace, …).
      const frames = (new Error().stack ?? '').split('\n').slice(2);
      const caller = frames.find((line) => !line.includes('(<anonymous>)') && !line.includes('(native)'));
      stat = { calls: 0, times: [], ours: caller?.includes(LIB) ?? false };
      stats.set(key, stat);
      timing = true;
    }
    stat.calls += 1;
    if (stat.times.length < 2) stat.times.push(ms);
    return result;
  };
  // Loaded after the page is parsed, so happy-dom's own first regexes are not timed.
  const { readPage } = await import('../lib/sites/index');
  timing = true;
  const reading = readPage(doc, new URL(page.url));
  timing = false;
  RegExp.prototype.exec = exec;
  await window.happyDOM.close();
  const ours = [...stats.entries()]
    .filter(([, s]) => s.ours)
    .map(([regex, s]) => ({ regex, calls: s.calls, firstTwoMs: s.times.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.firstTwoMs - a.firstTwoMs);
  return {
    id,
    isJobPosting: reading.isJobPosting,
    regexes: ours.length,
    firstTwoMs: ours.reduce((sum, r) => sum + r.firstTwoMs, 0),
    top: ours.slice(0, 5),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await measurePage(args[1]!))}\n`);
    return;
  }
  const json = args.includes('--json');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 2;
  const pages: PageCost[] = [];
  for (const page of listRealPages()) {
    let best: PageCost | null = null;
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', page.id], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (child.status !== 0) throw new Error(`${page.id}: ${child.stderr}`);
      const cost = JSON.parse(child.stdout.trim().split('\n').pop()!) as PageCost;
      if (!best || cost.firstTwoMs < best.firstTwoMs) best = cost;
    }
    pages.push(best!);
    if (!json)
      console.log(
        `${page.id.padEnd(58)} ${best!.firstTwoMs.toFixed(2).padStart(6)} ms  ${String(best!.regexes).padStart(3)} regexes`,
      );
  }
  const meanMs = pages.reduce((sum, p) => sum + p.firstTwoMs, 0) / pages.length;
  if (json) console.log(JSON.stringify({ runs, meanMs, pages }));
  else console.log(`mean over ${pages.length} pages: ${meanMs.toFixed(2)} ms (least of ${runs} runs each)`);
}

await main();
