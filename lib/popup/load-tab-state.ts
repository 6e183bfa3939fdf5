import { browser } from 'wxt/browser';
import { sendTabRequest } from '@/lib/messaging/client';
import type { PageState } from '@/lib/messaging/requests-page';
import { isBoardHost, originPattern } from '@/lib/background/site-access';
import { injectContentScript } from './site-access';

export type TabLookup =
  | { kind: 'page'; state: PageState }
  /** No content script answers, and none could be run there (a browser page, the web store, a PDF). */
  | { kind: 'no-access'; canEnableSite: boolean };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function askState(tabId: number): Promise<PageState | null> {
  try {
    return await sendTabRequest(tabId, 'page.getState', {});
  } catch {
    return null;
  }
}

/**
 * What the content script of a tab has read. Where none runs (a site that is not a known board), the toolbar
 * click that opened the popup grants activeTab, so the popup runs the content script there once. Waits while
 * the page is still being analysed.
 */
export async function loadTabState(tab: { id: number; url?: string }, timeoutMs = 5_000): Promise<TabLookup> {
  let state = await askState(tab.id);
  if (!state && (await injectContentScript(tab.id))) state = await askState(tab.id);
  const deadline = Date.now() + timeoutMs;
  while (state?.status === 'reading' && Date.now() < deadline) {
    await sleep(120);
    state = await askState(tab.id);
  }
  if (state) return { kind: 'page', state };
  return { kind: 'no-access', canEnableSite: await canEnableSite(tab.url) };
}

/** "Enable on this site" makes sense on an http(s) page of a site that is neither a board nor granted yet. */
export async function canEnableSite(url: string | undefined): Promise<boolean> {
  const pattern = url ? originPattern(url) : null;
  if (!pattern || !url || isBoardHost(new URL(url).hostname)) return false;
  return !(await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
}
