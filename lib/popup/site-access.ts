import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, originPattern } from '@/lib/background/site-access';

/**
 * "Enable on this site": asks the browser for this one origin (the request must come from the click itself),
 * then runs the content script in the tab at once. The background registers it for later visits.
 */
export async function enableOnSite(tab: { id: number; url?: string }): Promise<boolean> {
  const pattern = tab.url ? originPattern(tab.url) : null;
  if (!pattern) return false;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted) await injectContentScript(tab.id);
  return granted;
}

/** Runs the content script in a tab the popup was opened on (the toolbar click grants activeTab). */
export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
    return true;
  } catch {
    return false; // a page the browser does not let extensions touch (chrome://, the web store, a PDF viewer)
  }
}
