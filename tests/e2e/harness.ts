import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  launchWithExtension,
  newestTabId,
  type ExtensionSession,
  type LaunchOptions,
} from '../../scripts/browser/launch';
import { launchFirefoxWithExtension, type FirefoxSession } from '../../scripts/browser/launch-firefox';
import { playwrightPage, wrapPlaywright, wrapPuppeteer, type BrowserPage } from '../../scripts/browser/page';

export { playwrightPage, puppeteerPage } from '../../scripts/browser/page';
/** The page API of the e2e tests: see BrowserPage. */
export type E2EPage = BrowserPage;
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server';
import type { PageState } from '../../lib/messaging/requests-page';

export type BrowserName = 'chromium' | 'firefox';

/** The browser this run drives: GAPMARK_BROWSER=firefox, else Chromium. `npm test` runs the suites in both. */
export const BROWSER: BrowserName = process.env.GAPMARK_BROWSER === 'firefox' ? 'firefox' : 'chromium';
/** "Chromium" or "Firefox", for test names. */
export const BROWSER_LABEL = BROWSER === 'firefox' ? 'Firefox' : 'Chromium';

export interface DownloadedFile {
  filename: string;
  text: string;
}

export interface E2E {
  browser: BrowserName;
  /** e.g. "chromium/156.0…" or "firefox/153.8.0". */
  browserVersion: string;
  server: FixtureServer;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  /** A new blank tab. */
  newPage(): Promise<E2EPage>;
  /** Opens the popup as a page, speaking about the tab with id `tabId` when given. */
  /**
   * The popup as a page, about tab `tabId`. `pageUrl` stands for what a toolbar click lets a real popup see (its
   * tab's address, which an extension without the `tabs` permission cannot read otherwise); demo builds only.
   */
  openPopup(tabId?: number, pageUrl?: string): Promise<E2EPage>;
  /** Opens a URL in a new tab and returns the page with its tab id (found through the extension). */
  openTab(url: string): Promise<{ page: E2EPage; tabId: number }>;
  /** The id of the tab opened last. */
  newestTabId(): Promise<number>;
  /** What the content script of a tab reports, or null when no content script answers there. */
  pageState(tabId: number): Promise<PageState | null>;
  /** Polls the content script of a tab until it has finished reading (ready, not a posting, or an error). */
  settledState(tabId: number, timeoutMs?: number): Promise<PageState>;
  /** Serves a site fixture at its real URL (its host reaches the fixture server; http and the server's port). */
  serveFixture(fixture: { url: string; htmlPath: string }): string;
  /** The same at its real https URL (the server's self-signed certificate; for HSTS-preloaded hosts). */
  serveFixtureHttps(fixture: { url: string; htmlPath: string }): string;
  /** Runs `trigger` (a click on an export button) and returns the file the browser downloaded. */
  downloadFrom(page: E2EPage, trigger: () => Promise<void>): Promise<DownloadedFile>;
  /** Chromium-only access (CDP, service worker, Playwright context); null in Firefox. */
  chromium: ExtensionSession | null;
  /** Firefox-only access (Puppeteer browser); null in Chromium. */
  firefox: FirefoxSession | null;
  teardown(): Promise<void>;
}

export interface StartOptions extends LaunchOptions {
  /** Leave the welcome page that a fresh install opens (the first-run suite); by default it is closed. */
  keepWelcome?: boolean;
}

export async function startE2E(options: StartOptions = {}): Promise<E2E> {
  const e2e = BROWSER === 'firefox' ? await startFirefoxE2E(options) : await startChromiumE2E(options);
  if (!options.keepWelcome) await closeWelcomePage(e2e);
  return e2e;
}

/**
 * A fresh install opens the welcome page (lib/background/first-run.ts), a moment after start. Left open it comes
 * to the front over the page a test has just opened, and Firefox slows a background tab's timers to one a second:
 * the suites that are not about the first run close it as soon as it shows (waiting at most 5 s for it).
 */
async function closeWelcomePage(e2e: E2E): Promise<void> {
  const page = await e2e.openPopup();
  try {
    await page.evaluate(async () => {
      for (let waited = 0; waited < 5_000; waited += 100) {
        const tabs = await chrome.tabs.query({});
        const welcome = tabs.filter((t) => (t.url ?? t.pendingUrl ?? '').includes('/welcome.html'));
        if (welcome.length) {
          await chrome.tabs.remove(welcome.map((t) => t.id!));
          return;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    });
  } finally {
    await page.close();
  }
}

/** What is common to both browsers, once each can open pages and download files its own way. */
function commonE2E(base: {
  browser: BrowserName;
  browserVersion: string;
  server: FixtureServer;
  extensionOrigin: string;
  newPage(): Promise<E2EPage>;
  downloadFrom: E2E['downloadFrom'];
  chromium: ExtensionSession | null;
  firefox: FirefoxSession | null;
  close(): Promise<void>;
}): E2E {
  let helperPage: E2EPage | null = null;
  const popupUrl = (tabId?: number, pageUrl?: string) =>
    `${base.extensionOrigin}/popup.html${tabId ? `?tab=${tabId}` : ''}${pageUrl ? `&url=${encodeURIComponent(pageUrl)}` : ''}`;
  // An extension page kept open to ask the extension APIs (tabs.query, tabs.sendMessage) on the tests' behalf.
  const helper = async () => {
    if (!helperPage) {
      helperPage = await base.newPage();
      await helperPage.goto(popupUrl());
    }
    return helperPage;
  };
  const e2e: E2E = {
    browser: base.browser,
    browserVersion: base.browserVersion,
    server: base.server,
    extensionOrigin: base.extensionOrigin,
    chromium: base.chromium,
    firefox: base.firefox,
    newPage: base.newPage,
    downloadFrom: base.downloadFrom,
    async openPopup(tabId, pageUrl) {
      const page = await base.newPage();
      await page.goto(popupUrl(tabId, pageUrl));
      return page;
    },
    async openTab(url) {
      await helper(); // exists before the new tab, so the new tab has the highest id
      const page = await base.newPage();
      await page.goto(url);
      const tabId = await e2e.newestTabId();
      return { page, tabId };
    },
    async newestTabId() {
      return newestTabId(await helper());
    },
    async pageState(tabId) {
      return (await helper()).evaluate(async (id) => {
        try {
          const reply = (await chrome.tabs.sendMessage(id, {
            gapmark: 1,
            type: 'page.getState',
            payload: {},
          })) as {
            ok: boolean;
            data?: unknown;
          };
          return reply?.ok ? (reply.data as never) : null;
        } catch {
          return null;
        }
      }, tabId);
    },
    async settledState(tabId, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const state = await e2e.pageState(tabId);
        if (state && state.status !== 'reading') return state;
        if (Date.now() > deadline)
          throw new Error(`Tab ${tabId}: no settled state (${JSON.stringify(state)})`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    serveFixture(fixture) {
      const real = new URL(fixture.url);
      base.server.route(real.pathname, readFileSync(fixture.htmlPath, 'utf8'), real.hostname);
      return base.server.urlOn(real.hostname, `${real.pathname}${real.search}`);
    },
    serveFixtureHttps(fixture) {
      const real = new URL(fixture.url);
      base.server.route(real.pathname, readFileSync(fixture.htmlPath, 'utf8'), real.hostname);
      return base.server.httpsUrlOn(real.hostname, `${real.pathname}${real.search}`);
    },
    async teardown() {
      await base.close();
      await base.server.close();
    },
  };
  return e2e;
}

async function startChromiumE2E(options: LaunchOptions): Promise<E2E> {
  const server = await startFixtureServer();
  const session = await launchWithExtension({ ignoreHttpsErrors: true, ...options });
  return commonE2E({
    browser: 'chromium',
    browserVersion: `chromium/${session.context.browser()?.version() ?? 'unknown'}`,
    server,
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    newPage: async () => wrapPlaywright(await session.context.newPage()),
    async downloadFrom(page, trigger) {
      const raw = playwrightPage(page);
      const [download] = await Promise.all([raw.waitForEvent('download', { timeout: 15_000 }), trigger()]);
      const failure = await download.failure();
      if (failure) throw new Error(`Download of ${download.suggestedFilename()} failed: ${failure}`);
      return { filename: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    },
    chromium: session,
    firefox: null,
    close: () => session.close(),
  });
}

async function startFirefoxE2E(options: LaunchOptions): Promise<E2E> {
  // Every host the tests name reaches the fixture server through the proxy prefs; mapHosts is not needed.
  const server = await startFixtureServer();
  const session = await launchFirefoxWithExtension({
    proxyPort: server.port,
    headless: options.headless,
    userDataDir: options.userDataDir,
    colorScheme: options.colorScheme,
    extensionDir: options.extensionDir,
  });
  return commonE2E({
    browser: 'firefox',
    browserVersion: session.version,
    server,
    extensionOrigin: session.extensionOrigin,
    newPage: async () => wrapPuppeteer(await session.browser.newPage()),
    async downloadFrom(_page, trigger) {
      // Downloads land in the session's folder (prefs, no dialog): the file that appears there, once complete.
      const dir = session.downloadDir;
      const before = new Set(await readdir(dir));
      await trigger();
      const deadline = Date.now() + 15_000;
      for (;;) {
        const names = (await readdir(dir)).filter((n) => !before.has(n));
        const done = names.find((n) => !n.endsWith('.part'));
        if (done && !names.some((n) => n.endsWith('.part'))) {
          const path = join(dir, done);
          // Wait until the size holds still (the rename from .part comes after the last write).
          const size = (await stat(path)).size;
          await new Promise((resolve) => setTimeout(resolve, 100));
          if ((await stat(path)).size === size) {
            const text = await readFile(path, 'utf8');
            await rm(path); // the next download of the same name keeps its name
            return { filename: done, text };
          }
        }
        if (Date.now() > deadline) throw new Error(`Firefox: no download appeared in ${dir}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    chromium: null,
    firefox: session,
    close: () => session.close(),
  });
}
