// `npx tsx scripts/bench-real-analysis.ts [--runs N] [--json] [--dump FILE]`: the background's analysis (the
// same call as analysis.run: lib/requirements' safeAnalyzeText) on the text the content script reads from each
// real page, warm (the index loaded). Per page: its first analysis (after the pages before it: what a running
// worker does) and the median of N runs after it (the code and caches hot for this text).
// With --dump, the analyses as JSON (to check that a speed change leaves every answer the same).
import { writeFileSync } from 'node:fs';
import { safeAnalyzeText } from '../lib/requirements/analyze-text';
import { salaryFromPage } from '../lib/requirements/facts/salary-from-page';
import { median } from '../lib/eval/browser-figures';
import { listRealPages, readRealPage } from '../tests/fixtures/real-pages/index';
import { readHtml } from './read-html';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const dumpAt = args.indexOf('--dump');

async function main() {
  const rows: { id: string; chars: number; firstMs: number; ms: number }[] = [];
  const dump: Record<string, unknown> = {};
  for (const page of listRealPages()) {
    const reading = await readHtml(readRealPage(page), new URL(page.url));
    if (!reading.isJobPosting) continue;
    const p = reading.posting;
    const run = () =>
      safeAnalyzeText(reading.text, {
        source: reading.source,
        confidence: reading.confidence,
        posting: {
          title: p.title,
          company: p.company,
          location: p.location,
          remote: p.remote,
          employmentType: p.employmentType,
          url: p.url ?? page.url,
        },
        isJobPosting: true,
        salary: salaryFromPage(p.salary),
      });
    const first = performance.now();
    dump[page.id] = run();
    const firstMs = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    rows.push({ id: page.id, chars: reading.text.length, firstMs, ms: median(times) });
  }
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1]!, JSON.stringify(dump, null, 1));
  const all = median(rows.map((r) => r.ms));
  const firsts = median(rows.slice(1).map((r) => r.firstMs));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ medianMs: all, firstMedianMs: firsts, pages: rows }));
    return;
  }
  for (const r of [...rows].sort((a, b) => b.ms - a.ms))
    console.log(
      `${r.ms.toFixed(2).padStart(7)} ms (first ${r.firstMs.toFixed(2).padStart(6)})  ${String(r.chars).padStart(6)} chars  ${r.id}`,
    );
  console.log(
    `median over ${rows.length} postings: ${all.toFixed(2)} ms; first analysis of a page: ${firsts.toFixed(2)} ms`,
  );
}

await main();
