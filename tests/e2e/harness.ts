import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  newestTabId,
  type ExtensionSession,
  type LaunchOptions,
} from '../../scripts/browser/launch';
import { startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server';
import type { PageState } from '../../lib/messaging/requests-page';

export interface E2E extends ExtensionSession {
  server: FixtureServer;
  /** Opens the popup as a page, speaking about the tab with id `tabId` when given. */
  openPopup(tabId?: number): Promise<Page>;
  /** Opens a URL in a new tab and returns the page with its tab id (found through the extension). */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** What the content script of a tab reports, or null when no content script answers there. */
  pageState(tabId: number): Promise<PageState | null>;
  /** Polls the content script of a tab until it has finished reading (ready, not a posting, or an error). */
  settledState(tabId: number, timeoutMs?: number): Promise<PageState>;
  /** Serves a site fixture at its real URL (host mapped to loopback; http and the server's port). */
  serveFixture(fixture: { url: string; htmlPath: string }): string;
  /** The same at its real https URL (the server's self-signed certificate; for HSTS-preloaded hosts). */
  serveFixtureHttps(fixture: { url: string; htmlPath: string }): string;
  teardown(): Promise<void>;
}

export async function startE2E(options: LaunchOptions = {}): Promise<E2E> {
  const server = await startFixtureServer();
  const session = await launchWithExtension({ ignoreHttpsErrors: true, ...options });
  let helperPage: Page | null = null;
  const popupUrl = (tabId?: number) =>
    `chrome-extension://${session.extensionId}/popup.html${tabId ? `?tab=${tabId}` : ''}`;
  const helper = async () => {
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await session.context.newPage();
      await helperPage.goto(popupUrl());
    }
    return helperPage;
  };
  const e2e: E2E = {
    ...session,
    server,
    async openPopup(tabId) {
      const page = await session.context.newPage();
      await page.goto(popupUrl(tabId));
      return page;
    },
    async openTab(url) {
      const helperTab = await helper(); // exists before the new tab, so the new tab has the highest id
      const page = await session.context.newPage();
      await page.goto(url);
      const tabId = await newestTabId(helperTab);
      return { page, tabId };
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
      server.route(real.pathname, readFileSync(fixture.htmlPath, 'utf8'), real.hostname);
      return server.urlOn(real.hostname, `${real.pathname}${real.search}`);
    },
    serveFixtureHttps(fixture) {
      const real = new URL(fixture.url);
      server.route(real.pathname, readFileSync(fixture.htmlPath, 'utf8'), real.hostname);
      return server.httpsUrlOn(real.hostname, `${real.pathname}${real.search}`);
    },
    async teardown() {
      await session.close();
      await server.close();
    },
  };
  return e2e;
}
