import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBoard } from '../../lib/sites/index';
import { BOARD_MATCHES } from '../../lib/sites/matches';
import { readHtml } from '../../scripts/read-html';
import { listRealPages, readRealPage, type RealPage } from '../fixtures/real-pages';
import { judgeReading } from '../fixtures/real-pages/judge';
import { matchesPattern } from '../unit/sites/match-pattern';
import { BROWSER_LABEL, startE2E, type E2E } from './harness';

// Every real captured page in Chromium with the built extension, and the CLI/Chromium parity: the content script
// and the CLI (happy-dom) must agree on isJobPosting, title, company and text length on every one.
// Pages of the boards the extension runs on are served at their real host names over https (self-signed; HSTS-
// preloaded hosts such as Ashby's need it), the others on the local server (the demo build's 127.0.0.1 match).
// Page scripts are off (Content-Security-Policy), as in the CLI: the capture is read as saved, not re-rendered.
const pages = listRealPages();
const onBoard = (page: RealPage): boolean =>
  BOARD_MATCHES.some((pattern) => matchesPattern(pattern, new URL(page.url)));
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

describe(`real pages in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;
  beforeAll(async () => {
    const hosts = [...new Set(pages.filter(onBoard).map((p) => new URL(p.url).hostname))];
    e2e = await startE2E({ mapHosts: hosts });
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it.each(pages.map((p) => [p.id, p] as const))(
    `%s: ${BROWSER_LABEL} reads it right and as the CLI does`,
    async (_id, page) => {
      const html = readRealPage(page);
      let address: string;
      if (onBoard(page)) {
        const real = new URL(page.url);
        e2e.server.route(real.pathname, html, real.hostname, NO_SCRIPTS);
        address = e2e.server.httpsUrlOn(real.hostname, `${real.pathname}${real.search}`);
      } else {
        const path = `/real/${page.id}`;
        e2e.server.route(path, html, undefined, NO_SCRIPTS);
        address = e2e.server.url(path);
      }
      const { page: tab, tabId } = await e2e.openTab(address);
      const state = await e2e.settledState(tabId);
      const browserUrl = await tab.evaluate(() => location.href);
      await tab.close();
      const cli = await readHtml(html, new URL(browserUrl));
      const browser = {
        isJobPosting: state.isJobPosting,
        title: state.title,
        company: state.company,
        textLength: state.textLength,
      };
      expect(browser, `CLI and ${BROWSER_LABEL} differ`).toEqual({
        isJobPosting: cli.isJobPosting,
        title: cli.posting.title,
        company: cli.posting.company,
        textLength: cli.text.length,
      });
      if (onBoard(page)) expect(judgeReading(page, browser), state.reason ?? '').toEqual([]);
      // A board's posting URL that gave no posting says so (the Workable shells, rendered later by script).
      const unread = onBoard(page) && !state.isJobPosting ? findBoard(new URL(page.url)) : null;
      const names = unread?.isPostingUrl?.(new URL(page.url)) ? unread.label : null;
      expect(state.couldNotRead).toBe(names);
    },
  );

  it('says it could not read a board posting, with no score, and hands over a report of at most 200 characters', async () => {
    const page = pages.find((p) => p.id === 'workable-endear-head-of-operations.html');
    if (!page) throw new Error('the Workable shell is missing from the corpus');
    const real = new URL(page.url);
    e2e.server.route(real.pathname, readRealPage(page), real.hostname, NO_SCRIPTS);
    const { page: tab, tabId } = await e2e.openTab(e2e.server.httpsUrlOn(real.hostname, real.pathname));
    const state = await e2e.settledState(tabId);
    expect([state.status, state.couldNotRead, state.match]).toEqual(['not-posting', 'Workable', null]);
    const chipLabel = () =>
      tab.evaluate(
        () =>
          document.querySelector('gapmark-chip')?.shadowRoot?.querySelector('.label')?.textContent ?? null,
      );
    await expect.poll(chipLabel).toBe('Gapmark could not read this Workable page');
    const hasReportButton = await tab.evaluate(
      () =>
        document.querySelector('gapmark-chip')?.shadowRoot?.querySelector('button.report')?.textContent ??
        null,
    );
    expect(hasReportButton).toBe('Save a report');

    const popup = await e2e.openPopup(tabId);
    await popup.waitForSelector('.job-message-title');
    const popupText = await popup.evaluate(() => ({
      title: document.querySelector('.job-message-title')?.textContent ?? null,
      buttons: [...document.querySelectorAll('button')].map((b) => b.textContent),
      score: document.querySelector('.job-score') !== null,
    }));
    expect(popupText.title).toBe('Gapmark could not read this Workable page');
    expect(popupText.buttons).toContain('Save a report');
    expect(popupText.score).toBe(false);
    const report = (await popup.evaluate(async (id) => {
      const reply = (await chrome.tabs.sendMessage(id, {
        gapmark: 1,
        type: 'page.readReport',
        payload: {},
      })) as {
        ok: boolean;
        data?: unknown;
      };
      return reply.data;
    }, tabId)) as { url: string; board: string; readersTried: string[]; pageTextStart: string };
    expect(report).toMatchObject({ board: 'Workable', readersTried: ['workable', 'json-ld', 'generic'] });
    expect(new URL(report.url).pathname).toBe(real.pathname);
    expect(report.pageTextStart.length).toBeLessThanOrEqual(200);
    await popup.close();
    await tab.close();
  });
});
