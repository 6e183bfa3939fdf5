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
    if (!tab?.id) return null;
    // A real popup is opened by a toolbar click, which lets it see its tab's address (activeTab). The popup opened
    // as a page cannot: in demo builds only (the e2e suites), the opener passes it as `?url=`.
    const named = import.meta.env.MODE === 'demo' ? new URLSearchParams(search).get('url') : null;
    return { id: tab.id, url: tab.url ?? named ?? undefined };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}
