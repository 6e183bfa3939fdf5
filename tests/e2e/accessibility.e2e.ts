import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOn, waitFor, waitForText } from '../../scripts/browser/ui';
import { BROWSER_LABEL, startE2E, type E2E } from './harness';
import { seriousViolations } from './support-axe';
import { toDarkPage } from '../../scripts/browser/demo-pages';

// Issue 15: axe-core finds no serious or critical violation on the popup's three tabs (an empty profile), the
// welcome page, the shipped demo posting and the chip on a posting (its shadow root, opened),
// in light and in dark.

const POSTING = '/jobs/snapfix-senior-backend-engineer.html';

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe-core) in ${BROWSER_LABEL}, ${scheme} colour scheme`, () => {
    let e2e: E2E;
    beforeAll(async () => {
      e2e = await startE2E({ colorScheme: scheme });
    });
    afterAll(async () => {
      await e2e?.teardown();
    });

    it(`the welcome page (${scheme})`, async () => {
      const page = await e2e.newPage();
      await page.goto(`${e2e.extensionOrigin}/welcome.html`);
      await waitFor(page, { role: 'button', name: /Python$/ });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it(`the chip, opened, and the popup's three tabs on a posting (${scheme})`, async () => {
      const { page, tabId } = await e2e.openTab(e2e.server.url(POSTING));
      await e2e.settledState(tabId);
      await page.evaluate(() =>
        document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLElement>('.summary')?.click(),
      );
      expect(await seriousViolations(page, 'gapmark-chip')).toEqual([]);
      const popup = await e2e.openPopup(tabId);
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
    if (scheme === 'dark') return;

    it('on a dark posting page the chip turns dark and the marks take their dark colours, still legible', async () => {
      const light = readFileSync(
        resolve(import.meta.dirname, '../fixtures/pages/snapfix-senior-backend-engineer.html'),
        'utf8',
      );
      const dark = toDarkPage(light);
      e2e.server.route('/jobs/dark-posting.html', dark);
      const { page, tabId } = await e2e.openTab(e2e.server.url('/jobs/dark-posting.html'));
      const state = await e2e.settledState(tabId);
      expect(Object.values(state.painted).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(
        await page.evaluate(() => document.querySelector<HTMLElement>('gapmark-chip')?.dataset.theme),
      ).toBe('dark');
      const css = await page.evaluate(
        () => document.getElementById('gapmark-highlight-style')?.textContent ?? '',
      );
      expect(css).toContain('#f87171'); // the dark underline of a missing must-have
      expect(css).not.toContain('#b91c1c'); // not the light one, too dark to read on this page
      await page.evaluate(() =>
        document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLElement>('.summary')?.click(),
      );
      expect(await seriousViolations(page, 'gapmark-chip')).toEqual([]);
      await page.close();
    });

    it('the demo posting shipped in the extension, with its chip', async () => {
      const page = await e2e.newPage();
      await page.goto(`${e2e.extensionOrigin}/demo-posting.html`);
      await waitForText(page, 'Senior Backend Engineer');
      await waitFor(page, { selector: 'gapmark-chip' });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  });
}
