import { writeFileSync } from 'node:fs';
import { startE2E, playwrightPage } from '../tests/e2e/harness';
import { listRealPages, readRealPage } from '../tests/fixtures/real-pages';
import { importProfileThroughPopup } from './browser/demo-profile';
const ids = process.argv.slice(2);
const e2e = await startE2E({});
await importProfileThroughPopup(e2e);
const { oneMegabytePage } = await import('./bench-browser-huge');
const list = ids.includes('huge') ? [{ id: 'huge', html: oneMegabytePage() }] : listRealPages().filter((p) => ids.some((id) => p.id.includes(id))).map((r) => ({ id: r.id, html: readRealPage(r) }));
for (const real of list) {
  const path = `/real/${real.id}`;
  e2e.server.route(path, real.html, undefined, { 'content-security-policy': "script-src 'none'" });
  // warm once
  const w = await e2e.openTab(e2e.server.url(path)); await e2e.settledState(w.tabId); await w.page.close();
  const page = await e2e.newPage();
  const cdp = await e2e.chromium!.context.newCDPSession(playwrightPage(page));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(e2e.server.url(path));
  const tabId = await e2e.newestTabId();
  const st = await e2e.settledState(tabId, 60000);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/perf/${real.id}.cpuprofile`, JSON.stringify(profile));
  console.log(real.id, JSON.stringify(st.timings));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const cnt = new Map<number, number>();
  profile.samples!.forEach((s, i) => cnt.set(s, (cnt.get(s) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const agg = new Map<string, number>();
  for (const [id, t] of cnt) {
    const n = byId.get(id)!;
    if (!n.callFrame.url.includes('chrome-extension')) continue;
    const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    agg.set(k, (agg.get(k) ?? 0) + t);
  }
  [...agg].sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, t]) => console.log((t / 1000).toFixed(1), k));
  await page.close();
}
await e2e.teardown();
