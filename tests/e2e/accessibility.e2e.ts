import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOn, waitFor, waitForText } from '../../scripts/browser/ui';
import {
  BROWSER,
  BROWSER_LABEL,
  playwrightPage,
  puppeteerPage,
  startE2E,
  type E2E,
  type E2EPage,
} from './harness';
import { seriousViolations } from './support-axe';

// Issue 15: axe-core finds no serious or critical violation on the popup's three tabs (an empty profile and a
// thin one), the welcome page, the shipped demo posting and the chip on a posting (its shadow root, opened),
// in light and in dark.

const POSTING = '/jobs/snapfix-senior-backend-engineer.html';

async function setDark(page: E2EPage, dark: boolean) {
  // Both drivers emulate the colour scheme; Chromium through Playwright, Firefox through Puppeteer.
  if (BROWSER === 'firefox')
    await puppeteerPage(page).emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
    ]);
  else await playwrightPage(page).emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
}

describe(`accessibility (axe-core) in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';

    it(`the welcome page (${scheme})`, async () => {
      const page = await e2e.newPage();
      await setDark(page, dark);
      await page.goto(`${e2e.extensionOrigin}/welcome.html`);
      await waitFor(page, { role: 'button', name: /Python$/ });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it(`the chip, opened, and the popup's three tabs on a posting (${scheme})`, async () => {
      const { page, tabId } = await e2e.openTab(e2e.server.url(POSTING));
      await setDark(page, dark);
      await e2e.settledState(tabId);
      await page.evaluate(() =>
        document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLElement>('.summary')?.click(),
      );
      expect(await seriousViolations(page, 'gapmark-chip')).toEqual([]);
      const popup = await e2e.openPopup(tabId);
      await setDark(popup, dark);
      await waitFor(popup, { role: 'heading', name: 'Senior Backend Engineer' });
      expect(await seriousViolations(popup)).toEqual([]);
      for (const tab of ['Profile', 'Saved']) {
        await clickOn(popup, { role: 'tab', name: tab });
        await waitFor(popup, { role: 'tabpanel' });
        await new Promise((done) => setTimeout(done, 300));
        expect(await seriousViolations(popup), `${tab} tab`).toEqual([]);
      }
      await popup.close();
      await page.close();
    });
  }

  it('the demo posting shipped in the extension, with its chip', async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.extensionOrigin}/demo-posting.html`);
    await waitForText(page, 'Senior Backend Engineer');
    await waitFor(page, { selector: 'gapmark-chip' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
