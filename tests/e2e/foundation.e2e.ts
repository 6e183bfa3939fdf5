import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';

describe('the extension in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it('loads, with its service worker from the build', () => {
    expect(e2e.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('answers a typed request in its service worker', async () => {
    const popup = await e2e.openPopup();
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ gapmark: 1, type: 'ping', payload: {} }),
    );
    expect(reply).toEqual({ ok: true, data: { pong: true, version: '0.1.0' } });
    const refused = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ gapmark: 1, type: 'nope', payload: {} }),
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('Unknown request') });
    await popup.close();
  });

  it('opens the popup with its three tabs', async () => {
    const popup = await e2e.openPopup();
    const tabs = popup.getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['This job', 'Profile', 'Saved']);
    await popup.getByRole('tab', { name: 'Profile' }).click();
    expect(await popup.getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected')).toBe('true');
    await popup.close();
  });

  it('runs the content script on a posting page', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/snapfix-senior-backend-engineer.html'));
    await expect.poll(() => e2e.pageState(tabId), { timeout: 10_000 }).toMatchObject({ url: page.url() });
    await page.close();
  });

  it('does not run on an unrelated site', async () => {
    const url = e2e.server.urlOn('localhost', '/jobs/unrelated-article.html');
    const { page, tabId } = await e2e.openTab(url);
    expect(await page.locator('h1').textContent()).toBe('Five habits of calm engineering teams');
    expect(await e2e.pageState(tabId)).toBeNull();
    await page.close();
  });
});
