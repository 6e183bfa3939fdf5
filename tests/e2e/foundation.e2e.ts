import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, BROWSER_LABEL, startE2E, type E2E } from './harness';
import { clickOn, propertyOf, textsOf } from '../../scripts/browser/ui';

describe(`the extension in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it.runIf(BROWSER === 'chromium')('loads, with its service worker from the build', () => {
    expect(e2e.chromium!.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it.runIf(BROWSER === 'firefox')(
    'loads, with its event page from the build, at the fixed origin',
    async () => {
      expect(e2e.browserVersion).toMatch(/^firefox\/\d+/);
      const popup = await e2e.openPopup();
      const background = await popup.evaluate(async () => {
        const page = (await browser.runtime.getBackgroundPage?.()) ?? null;
        const manifest = browser.runtime.getManifest().background as { scripts?: string[] } | undefined;
        return { url: page?.location.href ?? null, scripts: manifest?.scripts ?? [] };
      });
      // Firefox runs an MV3 background as an event page, not a service worker.
      expect(background).toEqual({
        url: `${e2e.extensionOrigin}/_generated_background_page.html`,
        scripts: [`${e2e.extensionOrigin}/background.js`],
      });
      await popup.close();
    },
  );

  it('answers a typed request in its background', async () => {
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
    await expect.poll(() => textsOf(popup, { role: 'tab' })).toEqual(['This job', 'Profile', 'Saved']);
    await clickOn(popup, { role: 'tab', name: 'Profile' });
    await expect
      .poll(() => propertyOf(popup, { role: 'tab', name: 'Profile' }, 'aria-selected', true))
      .toBe('true');
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
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Five habits of calm engineering teams',
    );
    expect(await e2e.pageState(tabId)).toBeNull();
    await page.close();
  });
});
