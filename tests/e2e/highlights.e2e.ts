import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProfileThroughPopup } from '../../scripts/browser/demo-profile';
import { listSiteFixtures } from '../fixtures/sites';
import { clickOn, propertyOf } from '../../scripts/browser/ui';
import { PAGES_DIR } from '../../scripts/browser/fixture-server';
import { oneMegabytePage } from '../../scripts/browser/one-megabyte-page';
import { createServiceWorkerStopper } from '../../scripts/browser/service-worker-stopper';
import { median } from '../../lib/eval/browser-figures';
import { BROWSER, BROWSER_LABEL, playwrightPage, startE2E, type E2E, type E2EPage } from './harness';

// Issue 6, in Chromium and in Firefox: with a seeded profile (PHP, MySQL, Redis, Docker, Python, Symfony, GitHub Actions, AWS),
// the expected words carry the expected marks, the chip shows the score and its reason, toggling off removes
// every mark, and "Add to profile" turns a gap into a have mark without a reload.

/** The painted text per highlight, read back from the page's highlight registry (or the <mark> fallback). */
async function marksOn(page: E2EPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    registry?.forEach((highlight, name) => {
      if (!name.startsWith('gapmark-') || name === 'gapmark-flash') return;
      out[name.slice(8)] = [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    });
    for (const mark of document.querySelectorAll('mark.gapmark-mark')) {
      const verdict = [...mark.classList].find((c) => c !== 'gapmark-mark')!.slice(8);
      (out[verdict] ??= []).push(mark.textContent ?? '');
    }
    return out;
  });
}

const SNAPFIX_PAGE = `${PAGES_DIR}/snapfix-senior-backend-engineer.html`;

const lower = (words: string[] | undefined) => (words ?? []).map((w) => w.toLowerCase());

describe(`marks on the posting itself in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;
  const fixtures = listSiteFixtures();
  const board = (id: string) => fixtures.find((f) => f.id === id)!;
  const BOARD_PAGES = ['workable/job', 'lever/posting', 'greenhouse/job-boards'].map(board);

  beforeAll(async () => {
    e2e = await startE2E({ mapHosts: BOARD_PAGES.map((f) => new URL(f.url).hostname) });
    expect(await importProfileThroughPopup(e2e)).toBe(8);
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it('marks what the Snapfix posting asks for with the right verdicts', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'));
    const state = await e2e.settledState(tabId);
    expect(state.status).toBe('ready');
    const marks = await marksOn(page);
    expect(lower(marks.have)).toEqual(expect.arrayContaining(['php', 'python', 'docker', 'redis', 'mysql']));
    expect(lower(marks['missing-required'])).toEqual(expect.arrayContaining(['kafka', 'datadog']));
    expect(lower(marks['missing-preferred'])).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));
    // "Go" and "Node.js" are alternatives to Python, which the profile has: not gaps.
    expect(lower(marks['missing-required'])).not.toContain('go');
    await page.close();
  });

  it('marks the InterNations posting (plain page, no JSON-LD)', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/internations-backend-developer.html'));
    const state = await e2e.settledState(tabId);
    expect(state).toMatchObject({ status: 'ready', source: 'generic', title: 'Backend Developer' });
    const marks = await marksOn(page);
    expect(lower(marks.have)).toEqual(expect.arrayContaining(['php', 'symfony', 'redis']));
    expect(lower(marks.related)).toContain('mariadb'); // via MySQL
    const all = Object.values(marks)
      .flat()
      .map((w) => w.toLowerCase());
    for (const word of ['go', 'react', 'swift', 'rust', 'c']) expect(all).not.toContain(word);
    await page.close();
  });

  it.each([
    ['workable/job', ['python', 'docker'], ['kubernetes']],
    ['lever/posting', [], ['react', 'typescript']],
    ['greenhouse/job-boards', [], []],
  ])('marks the %s board page', async (id, have, missing) => {
    const { page, tabId } = await e2e.openTab(e2e.serveFixture(board(id)));
    const state = await e2e.settledState(tabId);
    expect(state.status).toBe('ready');
    const marks = await marksOn(page);
    const total = Object.values(marks).flat().length;
    expect(total).toBeGreaterThan(3);
    expect(lower(marks.have)).toEqual(expect.arrayContaining(have));
    expect(lower(marks['missing-required'])).toEqual(expect.arrayContaining(missing));
    // Every painted range is one of the analysis's mentions, word for word.
    const mentions = new Set(state.analysis!.requirements.flatMap((r) => r.mentions.map((m) => m.text)));
    for (const text of Object.values(marks).flat()) expect(mentions).toContain(text);
    await page.close();
  });

  it('shows the score and its reason in the chip, and toggling off removes every mark', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'));
    const state = await e2e.settledState(tabId);
    const chip = { selector: 'gapmark-chip' };
    const toggle = { within: chip, role: 'checkbox', name: /this page/i };
    const chipText = () =>
      page.evaluate(() => document.querySelector('gapmark-chip')?.shadowRoot?.textContent ?? '');
    await expect.poll(chipText).toContain(`${state.match!.score}%`);
    await clickOn(page, { within: chip, role: 'button', name: /match/i });
    await expect.poll(chipText).toContain(state.match!.reason.slice(0, 30));
    expect(Object.values(await marksOn(page)).flat().length).toBeGreaterThan(10);

    expect(await propertyOf(page, toggle, 'checked')).toBe(true);
    await clickOn(page, toggle);
    await expect.poll(() => propertyOf(page, toggle, 'checked')).toBe(false);
    await expect.poll(async () => Object.values(await marksOn(page)).flat().length).toBe(0);
    expect(await page.$$('mark.gapmark-mark')).toBe(0);
    await clickOn(page, toggle);
    await expect.poll(() => propertyOf(page, toggle, 'checked')).toBe(true);
    await expect.poll(async () => Object.values(await marksOn(page)).flat().length).toBeGreaterThan(10);
    await page.close();
  });

  it('paints with the <mark> fallback where it is forced, and toggling off puts the page back exactly', async () => {
    // The page as the Custom Highlight API leaves it (that path never touches the DOM), chip set aside.
    const bodyHtml = (page: E2EPage) =>
      page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelectorAll('gapmark-chip').forEach((chip) => chip.remove());
        return body.innerHTML;
      });
    const plain = await e2e.openTab(e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'));
    await e2e.settledState(plain.tabId);
    const untouched = await bodyHtml(plain.page);
    expect(untouched).not.toContain('gapmark-mark');
    await plain.page.close();

    const html = readFileSync(SNAPFIX_PAGE, 'utf8').replace('<html', '<html data-gapmark-force-marks');
    expect(html).toContain('data-gapmark-force-marks');
    e2e.server.route('/jobs/snapfix-forced-marks.html', html);
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-forced-marks.html'));
    const state = await e2e.settledState(tabId);
    expect(state.status).toBe('ready');
    await expect.poll(() => page.$$('mark.gapmark-mark')).toBeGreaterThan(10);
    const marks = await marksOn(page);
    expect(lower(marks.have)).toEqual(expect.arrayContaining(['php', 'python', 'docker', 'redis', 'mysql']));
    expect(lower(marks['missing-required'])).toEqual(expect.arrayContaining(['kafka', 'datadog']));
    // Only <mark> elements: nothing went to the highlight registry on this page.
    const registered = await page.evaluate(() => {
      let count = 0;
      (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.forEach((_, name) => {
        if (name.startsWith('gapmark-') && name !== 'gapmark-flash') count++;
      });
      return count;
    });
    expect(registered).toBe(0);

    const chip = { selector: 'gapmark-chip' };
    const toggle = { within: chip, role: 'checkbox', name: /this page/i };
    await clickOn(page, { within: chip, role: 'button', name: /match/i });
    await clickOn(page, toggle);
    await expect.poll(() => page.$$('mark.gapmark-mark')).toBe(0);
    expect(await bodyHtml(page)).toBe(untouched);
    await clickOn(page, toggle);
    await expect.poll(() => page.$$('mark.gapmark-mark')).toBeGreaterThan(10);
    await page.close();
  });

  it("keeps the chip off the board's apply button, measured after the page's own layout", async () => {
    const seed = readFileSync(
      new URL('../fixtures/pages/snapfix-senior-backend-engineer.html', import.meta.url),
      'utf8',
    );
    const button =
      '<a href="/apply" style="position:fixed;right:0;bottom:0;width:320px;height:140px;background:#06c">Apply now</a>';
    e2e.server.route('/jobs/snapfix-with-apply-button.html', seed.replace('</body>', `${button}</body>`));
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-with-apply-button.html'));
    expect((await e2e.settledState(tabId)).status).toBe('ready');
    const corner = () =>
      page.evaluate(() => document.querySelector<HTMLElement>('gapmark-chip')?.dataset.corner ?? null);
    await expect.poll(corner).toBe('bottom-left');
    await page.close();
  });

  it('turns a gap into a have mark when it is added from the popup, without a reload', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'));
    await e2e.settledState(tabId);
    expect(lower((await marksOn(page))['missing-required'])).toContain('kafka');
    const popup = await e2e.openPopup(tabId);
    await clickOn(popup, { role: 'button', name: 'Add Apache Kafka to profile', exact: true });
    await expect.poll(async () => lower((await marksOn(page)).have), { timeout: 10_000 }).toContain('kafka');
    expect(lower((await marksOn(page))['missing-required'])).not.toContain('kafka');
    await popup.close();
    await page.close();
  });

  it('measures detect-to-paint on the seed pages, a 1 MB posting and a page that is not a posting', async () => {
    // The figures of npm run bench:browser (issue 14), on the seed pages: main thread read + paint, warm
    // analysis, cold start (Chromium: service worker stopped through the DevTools protocol), the 1 MB page.
    const mainThread: number[] = [];
    const warm: number[] = [];
    const perPage: Record<string, number[]> = {};
    const paintedAt = () =>
      performance.getEntriesByName('gapmark:paint').map((e) => e.startTime + e.duration)[0] ?? null;
    for (const file of ['snapfix-senior-backend-engineer.html', 'internations-backend-developer.html']) {
      for (let i = 0; i < 5; i++) {
        const { page, tabId } = await e2e.openTab(e2e.server.url(`/jobs/${file}`));
        const { timings } = await e2e.settledState(tabId);
        mainThread.push(timings!.readMs + timings!.paintMs);
        (perPage[file] ??= []).push(timings!.readMs + timings!.paintMs);
        if (timings!.analyzeMs !== null) warm.push(timings!.analyzeMs);
        await page.close();
      }
    }
    const cold: number[] = [];
    if (e2e.chromium) {
      const stopper = await createServiceWorkerStopper(e2e.chromium);
      for (let i = 0; i < 3; i++) {
        await stopper.stop();
        const { page, tabId } = await e2e.openTab(
          e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'),
        );
        await e2e.settledState(tabId);
        const at = await page.evaluate(paintedAt);
        if (at !== null) cold.push(at);
        await page.close();
      }
      await stopper.close();
    }
    const report: Record<string, unknown> = {
      coldMs: cold.length ? median(cold) : null,
      warmAnalyzeMs: median(warm),
      mainThreadMedianMs: median(mainThread),
      mainThreadMaxMs: Math.max(...mainThread),
      perPageMs: perPage,
    };

    // A 1 MB posting: no main-thread task over 50 ms (long tasks observed from before the page loads).
    e2e.server.route('/jobs/one-megabyte.html', oneMegabytePage());
    const big = await e2e.newPage();
    // Long tasks are a Chromium API (Firefox has no "longtask" entries): observed there only.
    if (BROWSER === 'chromium')
      await playwrightPage(big).addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
        ).observe({ type: 'longtask', buffered: true });
      });
    await big.goto(e2e.server.url('/jobs/one-megabyte.html'));
    const bigTab = await e2e.newestTabId(); // the helper page exists already: the 1 MB page is the newest tab
    const bigState = await e2e.settledState(bigTab, 30_000);
    // The first slice (the top of the description) is painted with the paint; the rest follow in later tasks
    // (which browsers slow down in background tabs: this one is in front).
    await expect
      .poll(() => e2e.pageState(bigTab).then((s) => s?.painted['have'] ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(1000);
    const longTasks = await big.evaluate(
      () => (window as unknown as { __longTasks?: number[] }).__longTasks ?? null,
    );
    report.hugePageLongestTaskMs = longTasks ? Math.max(0, ...longTasks) : null;
    report.hugePageViewportMarksMs = await big.evaluate(paintedAt);
    report['one-megabyte'] = {
      textLength: bigState.textLength,
      timings: bigState.timings,
      longTasksMs: longTasks,
    };
    // A page that is not a posting: what the content script costs there, and that it watches nothing.
    const { page: article, tabId: articleTab } = await e2e.openTab(
      e2e.server.url('/jobs/unrelated-article.html'),
    );
    const articleState = await e2e.settledState(articleTab);
    report['not-a-posting'] = { readMs: articleState.timings!.readMs, watching: articleState.watching };
    console.log(`e2e performance (${e2e.browserVersion}): ${JSON.stringify(report)}`);

    expect(bigState.isJobPosting).toBe(true);
    expect(bigState.textLength).toBeGreaterThan(600_000); // 1 MB of HTML
    expect(articleState).toMatchObject({ isJobPosting: false, watching: false });
    expect(await article.$$('gapmark-chip')).toBe(0);
    await article.close();
    await big.close();
  }, 180_000); // ten seed-page loads, three cold starts and the 1 MB page: slow on a loaded machine
});
