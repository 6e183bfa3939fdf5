import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListState } from '../../lib/messaging/requests-glance';
import type { SavedJob } from '../../lib/schemas/saved-job';
import { shortDate } from '../../lib/saved/posting-age';
import { BROWSER_LABEL, startE2E, type E2E, type E2EPage as Page } from './harness';

// Issue 16, "your search at a glance", in Chromium and Firefox: a saved then applied posting shows both dates
// on its page (chip and popup); a repost under another URL is recognised with a link to the saved job; on real
// captured search lists (LinkedIn, Indeed) saved jobs' cards get their status badge, a rejected job's card is
// dimmed and comes back when the toggle is off; the main-thread cost of each list update is measured.

const SNAPFIX_PATH = '/jobs/snapfix-senior-backend-engineer.html';
const SNAPFIX = readFileSync(
  new URL('../fixtures/pages/snapfix-senior-backend-engineer.html', import.meta.url),
  'utf8',
);
// The same job reposted under another URL: new requisition id, new date, the board's gender note in the title.
const REPOST_PATH = '/jobs/glance-snapfix-repost.html';
const REPOST = SNAPFIX.replaceAll('SNAP-BE-042', 'SNAP-BE-077')
  .replace('"datePosted":"2026-11-02"', '"datePosted":"2026-12-01"')
  .replace('"title":"Senior Backend Engineer"', '"title":"Senior Backend Engineer (m/w/d)"')
  .replace(SNAPFIX_PATH, REPOST_PATH);

const LINKEDIN_SERP = {
  url: 'https://www.linkedin.com/jobs/search/?keywords=python%20developer&location=Italy',
  file: new URL('../fixtures/real-pages/linkedin-loggedin-serp-python-it-2025.html', import.meta.url),
};
const INDEED_SERPS = [
  {
    url: 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html',
    file: new URL(
      '../../../shared/fixtures/real-pages/boards/indeed-serp-egypt-frontend.html',
      import.meta.url,
    ),
    jk: 'b974b400e0228d67',
  },
  {
    url: 'https://jp.indeed.com/jobs',
    file: new URL('../../../shared/fixtures/real-pages/boards/indeed-jp-serp-tokyo.html', import.meta.url),
    jk: '954470f8394319d7',
  },
];
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

const chipText = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => document.querySelector('gapmark-chip')?.shadowRoot?.querySelector(sel)?.textContent ?? null,
    selector,
  );

/** Sends a request to the background from an extension page. */
const ask = (page: Page, type: string, payload: unknown) =>
  page.evaluate(
    async ({ type, payload }) => {
      const reply = (await chrome.runtime.sendMessage({ gapmark: 1, type, payload })) as {
        ok: boolean;
        data?: unknown;
        error?: string;
      };
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
      return reply.data as never;
    },
    { type, payload },
  );

/** Writes saved jobs straight into the extension's database (as an import would), from an extension page. */
const putJobs = (page: Page, jobs: SavedJob[]) =>
  page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gapmark');
        open.onsuccess = () => {
          const tx = open.result.transaction('savedJobs', 'readwrite');
          for (const row of rows) tx.objectStore('savedJobs').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    jobs,
  );

const listState = (page: Page, tabId: number) =>
  page.evaluate(async (id) => {
    const reply = (await chrome.tabs.sendMessage(id, {
      gapmark: 1,
      type: 'glance.listState',
      payload: {},
    })) as {
      ok: boolean;
      data?: unknown;
    };
    return (reply?.ok ? reply.data : null) as never;
  }, tabId) as Promise<ListState | null>;

const cardInfo = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const card = document.querySelector(sel);
    return card
      ? {
          badge: card.querySelector('gapmark-badge')?.textContent ?? null,
          dimmed: card.hasAttribute('data-gapmark-dim'),
          opacity: getComputedStyle(card).opacity,
        }
      : null;
  }, selector);

const counts = (page: Page) =>
  page.evaluate(() => ({
    badges: document.querySelectorAll('gapmark-badge').length,
    dimmed: document.querySelectorAll('[data-gapmark-dim]').length,
  }));

function savedJob(
  id: string,
  url: string,
  status: SavedJob['status'],
  title: string,
  company: string,
): SavedJob {
  const at = Date.now();
  return {
    id,
    url,
    canonicalUrl: url,
    identifier: null,
    title,
    company,
    location: null,
    remote: null,
    employmentType: null,
    salary: null,
    datePosted: null,
    savedAt: at,
    updatedAt: at,
    source: 'linkedin',
    description: 'A posting.',
    minYears: null,
    requirements: [],
    groups: [],
    match: null,
    status,
    statusHistory:
      status === 'saved'
        ? [{ status, at }]
        : [
            { status: 'saved', at },
            { status, at },
          ],
    notes: '',
  };
}

/** Turns the list badges off and on `times` times, each time waiting for the page to show it. */
async function cycleToggle(page: Page, times: number, on: { badges: number; dimmed: number }) {
  for (let i = 0; i < times; i++) {
    await ask(ext, 'glance.setListBadges', { enabled: false });
    await expect.poll(() => counts(page)).toEqual({ badges: 0, dimmed: 0 });
    await ask(ext, 'glance.setListBadges', { enabled: true });
    await expect.poll(() => counts(page)).toEqual(on);
  }
}
let ext: Page;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const costs: { page: string; cards: number; updateMs: number[]; scanMaxMs: number }[] = [];

describe(`your search at a glance in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E({ mapHosts: ['www.linkedin.com', 'www.indeed.com', 'jp.indeed.com'] });
    e2e.server.route(REPOST_PATH, REPOST);
    ext = await e2e.openPopup();
  });
  afterAll(async () => {
    for (const cost of costs)
      console.log(
        `[list badges] ${BROWSER_LABEL} ${cost.page}: ${cost.cards} cards, ${cost.updateMs.length} updates, ` +
          `median ${median(cost.updateMs).toFixed(2)} ms, max ${Math.max(...cost.updateMs).toFixed(2)} ms; ` +
          `longest look that found no new card ${cost.scanMaxMs.toFixed(2)} ms [${cost.updateMs.join(', ')}]`,
      );
    await e2e?.teardown();
  });

  it('a saved then applied posting shows both dates in the chip and the popup', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url(SNAPFIX_PATH));
    expect(await e2e.settledState(tabId)).toMatchObject({ status: 'ready', isJobPosting: true });
    await expect.poll(() => chipText(page, '.glance .age')).toMatch(/^Posted 2 Nov · first seen /);
    await page.evaluate(() =>
      document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLButtonElement>('.save')?.click(),
    );
    await expect.poll(async () => (await e2e.pageState(tabId))?.saved?.status ?? null).toBe('saved');
    const id = (await e2e.pageState(tabId))!.saved!.id;
    const today = shortDate(Date.now(), Date.now());
    await expect.poll(() => chipText(page, '.glance .saved-line')).toBe(`Saved ${today}`);

    await ask(ext, 'jobs.setStatus', { id, status: 'applied' });
    // The background tells the tab; the chip updates without a reload.
    await expect.poll(() => chipText(page, '.glance .saved-line')).toBe(`Saved ${today} · Applied ${today}`);

    const popup = await e2e.openPopup(tabId);
    await popup.waitForSelector('.job-glance-saved');
    expect(await popup.evaluate(() => document.querySelector('.job-glance-saved')?.textContent)).toBe(
      `Saved ${today} · Applied ${today}`,
    );
    await popup.close();
  });

  it('a repost under another URL is recognised, with a link to the saved job', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url(REPOST_PATH));
    expect(await e2e.settledState(tabId)).toMatchObject({ status: 'ready', saved: null });
    await expect
      .poll(() => chipText(page, '.glance .look-alike'))
      .toMatch(/^Looks like a job you saved .* \(applied\) Open it$/);
    const href = await page.evaluate(
      () =>
        document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLAnchorElement>('.look-alike a')
          ?.href,
    );
    expect(href).toContain(SNAPFIX_PATH);
    expect(await chipText(page, '.glance .age')).toMatch(
      /^Posted 1 Dec · first seen .* · reposted \(first seen 2 Nov\)$/,
    );

    const popup = await e2e.openPopup(tabId);
    await popup.waitForSelector('.job-glance-look-alike a');
    expect(await popup.evaluate(() => document.querySelector('.job-glance-look-alike a')?.textContent)).toBe(
      'Senior Backend Engineer · Snapfix',
    );
    await popup.close();
  });

  it('on a real LinkedIn search list, saved cards get their badge, a rejected one is dimmed, the toggle undoes both', async () => {
    await putJobs(ext, [
      savedJob(
        'glance-li-1',
        'https://www.linkedin.com/jobs/view/4275929861',
        'saved',
        'Senior Back-end Developer',
        'idealista Italia',
      ),
    ]);
    // The second card's job, rejected: read its id from the page itself.
    const real = new URL(LINKEDIN_SERP.url);
    e2e.server.route(real.pathname, readFileSync(LINKEDIN_SERP.file, 'utf8'), real.hostname, NO_SCRIPTS);
    const address = e2e.server.httpsUrlOn(real.hostname, `${real.pathname}${real.search}`);
    let { page, tabId } = await e2e.openTab(address);
    const secondId = await page.evaluate(
      () =>
        document.querySelectorAll('[data-occludable-job-id]')[1]?.getAttribute('data-occludable-job-id') ??
        null,
    );
    expect(secondId).toMatch(/^\d+$/);
    await putJobs(ext, [
      savedJob(
        'glance-li-2',
        `https://www.linkedin.com/jobs/view/${secondId}`,
        'rejected',
        'Another role',
        'Someone',
      ),
    ]);
    await page.close();
    ({ page, tabId } = await e2e.openTab(address));

    const first = '[data-occludable-job-id="4275929861"]';
    const second = `[data-occludable-job-id="${secondId}"]`;
    await expect.poll(() => cardInfo(page, first)).toMatchObject({ badge: 'Saved', dimmed: false });
    expect(await cardInfo(page, second)).toEqual({ badge: 'Rejected', dimmed: true, opacity: '0.45' });
    expect(await counts(page)).toEqual({ badges: 2, dimmed: 1 });
    // For a person to look at (test-results/ is not committed).
    mkdirSync('test-results', { recursive: true });
    await page.evaluate(() => document.querySelector('[data-occludable-job-id]')?.scrollIntoView());
    await page.screenshot({ path: `test-results/glance-linkedin-list-${BROWSER_LABEL.toLowerCase()}.png` });
    const state = (await listState(ext, tabId))!;
    expect(state).toMatchObject({ board: 'linkedin', enabled: true, cards: 25, badged: 2, dimmed: 1 });

    // The board loads more results (a scroll): the new card of a saved job gets its badge; a board re-render
    // that drops a badge gets it back.
    await putJobs(ext, [
      savedJob('glance-li-3', 'https://www.linkedin.com/jobs/view/4999999999', 'interviewing', 'x', 'y'),
    ]);
    await page.evaluate(() => {
      const list = document.querySelector('[data-occludable-job-id]')!.parentElement!;
      const card = document.createElement('li');
      card.setAttribute('data-occludable-job-id', '4999999999');
      card.textContent = 'Loaded later';
      list.append(card);
      document.querySelector('[data-occludable-job-id="4275929861"] gapmark-badge')?.remove();
    });
    await expect
      .poll(() => cardInfo(page, '[data-occludable-job-id="4999999999"]'))
      .toMatchObject({ badge: 'Interviewing' });
    await expect.poll(() => cardInfo(page, first)).toMatchObject({ badge: 'Saved' });
    expect(await counts(page)).toEqual({ badges: 3, dimmed: 1 });

    // The toggle (Saved tab) turns it off: badges gone, the dimmed card back as it was, still on the page.
    const popup = await e2e.openPopup();
    await popup.waitForSelector('#tab-saved');
    await popup.click('#tab-saved');
    await popup.waitForSelector('input[name="listBadges"]');
    await popup.click('input[name="listBadges"]');
    await expect.poll(() => counts(page)).toEqual({ badges: 0, dimmed: 0 });
    expect(await cardInfo(page, second)).toEqual({ badge: null, dimmed: false, opacity: '1' });
    expect((await listState(ext, tabId))!.enabled).toBe(false);

    // And on again.
    await popup.click('input[name="listBadges"]');
    await expect.poll(() => counts(page)).toEqual({ badges: 3, dimmed: 1 });
    await popup.close();
    // A few more full updates (off and on again), for the cost figures.
    await cycleToggle(page, 4, { badges: 3, dimmed: 1 });
    const after = (await listState(ext, tabId))!;
    costs.push({ page: 'linkedin-loggedin-serp-python-it-2025', ...after });
    expect(after.updateMs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(INDEED_SERPS)(
    'on a real Indeed search list ($url) a saved job’s card gets its badge',
    async ({ url, file, jk }) => {
      await putJobs(ext, [
        savedJob(`glance-${jk}`, `https://www.indeed.com/viewjob?jk=${jk}`, 'applied', 'x', 'y'),
      ]);
      const real = new URL(url);
      e2e.server.route(real.pathname, readFileSync(file, 'utf8'), real.hostname, NO_SCRIPTS);
      const { page, tabId } = await e2e.openTab(e2e.server.httpsUrlOn(real.hostname, real.pathname));
      await expect
        .poll(() => cardInfo(page, `.cardOutline:has([data-jk="${jk}"])`))
        .toMatchObject({
          badge: 'Applied',
          dimmed: false,
        });
      await cycleToggle(page, 4, { badges: 1, dimmed: 0 });
      const state = (await listState(ext, tabId))!;
      expect(state.badged).toBe(1);
      expect(state.updateMs.length).toBeGreaterThanOrEqual(5);
      costs.push({ page: `indeed ${real.hostname}`, ...state });
      await page.close();
    },
  );
});
