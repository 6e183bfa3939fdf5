import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks about: the active tab of the current window, or the one named by `?tab=<id>` (the
 * popup opened as a page, as the demo and the e2e tests do).
 */
export async function findTargetTab(
  search: string = location.search,
): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}
