import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser/launch';
import { startFixtureServer } from './browser/fixture-server';
import { createServiceWorkerStopper } from './browser/service-worker-stopper';
import { median } from '../lib/eval/browser-figures';

// `npx tsx scripts/bench-cold-floor.ts [--runs N]`: the floor under issue 14's cold start. The same Chromium as
// npm run bench:browser loads an extension whose service worker does nothing but answer a message, and whose
// content script (run at document_idle, or at document_start) sends that message on the same seed pages; the
// worker stopped through the DevTools protocol before each page. Printed: ms from the page's navigation start
// to the content script's start and to the reply (medians; the same with the worker running). A third extension
// also fetches and parses the engine's data (.output/chrome-mv3-demo/engine-data.json, built by
// npm run bench:browser) before it answers: the floor of a worker that must load that asset first.

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const SEED_PAGES = ['snapfix-senior-backend-engineer.html', 'internations-backend-developer.html'];
const ENGINE_DATA = resolve(import.meta.dirname, '../.output/chrome-mv3-demo/engine-data.json');

const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ awake: true }); });`;
const WORKER_WITH_DATA = `
const data = fetch('/engine-data.json').then((response) => response.json());
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  data.then((parsed) => reply({ awake: true, keys: Object.keys(parsed).length }));
  return true;
});`;
const CONTENT = `
performance.mark('floor:start');
chrome.runtime.sendMessage({ wake: true }).then(() => performance.mark('floor:reply'));`;

interface Variant {
  name: string;
  runAt: 'document_idle' | 'document_start';
  worker: string;
  withData?: boolean;
}

function writeExtension(variant: Variant): string {
  const dir = mkdtempSync(join(tmpdir(), 'gapmark-floor-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `floor ${variant.name}`,
      version: '1.0.0',
      background: { service_worker: 'background.js' },
      // The service worker stopper opens an extension page to reach the worker through the DevTools protocol.
      action: { default_popup: 'popup.html' },
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: variant.runAt }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), variant.worker);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><title>floor</title>');
  if (variant.withData) cpSync(ENGINE_DATA, join(dir, 'engine-data.json'));
  return dir;
}

async function measure(variant: Variant) {
  const server = await startFixtureServer();
  const session = await launchWithExtension({ extensionDir: writeExtension(variant) });
  const stopper = await createServiceWorkerStopper(session);
  const sample = async (file: string) => {
    const page = await session.context.newPage();
    await page.goto(server.url(`/jobs/${file}`));
    await page.waitForFunction(() => performance.getEntriesByName('floor:reply').length > 0, null, {
      timeout: 10_000,
    });
    const at = await page.evaluate(() => ({
      start: performance.getEntriesByName('floor:start')[0]!.startTime,
      reply: performance.getEntriesByName('floor:reply')[0]!.startTime,
    }));
    await page.close();
    return at;
  };
  const cold: { start: number; reply: number }[] = [];
  const warm: { start: number; reply: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const file of SEED_PAGES) {
      await stopper.stop();
      cold.push(await sample(file));
    }
  }
  for (let run = 0; run < RUNS; run++) for (const file of SEED_PAGES) warm.push(await sample(file));
  await stopper.close();
  await session.close();
  await server.close();
  const fmt = (list: number[]) => `${median(list).toFixed(1)} ms (max ${Math.max(...list).toFixed(1)})`;
  console.log(
    `${variant.name.padEnd(34)} cold: script start ${fmt(cold.map((c) => c.start))}, reply ${fmt(cold.map((c) => c.reply))}; ` +
      `worker running: reply ${fmt(warm.map((w) => w.reply))}  (n=${cold.length})`,
  );
}

async function main() {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const variants: Variant[] = [
    { name: 'empty worker, document_idle', runAt: 'document_idle', worker: WORKER },
    { name: 'empty worker, document_start', runAt: 'document_start', worker: WORKER },
    {
      name: 'engine data loaded, document_start',
      runAt: 'document_start',
      worker: WORKER_WITH_DATA,
      withData: true,
    },
  ];
  for (const variant of variants) await measure(variant);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
