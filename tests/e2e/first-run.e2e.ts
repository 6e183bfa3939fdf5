import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BUILD_DIRS } from '../../scripts/browser/build-demo';
import { clickOn, count, fill, setInputFiles, textOf, waitFor, waitForText } from '../../scripts/browser/ui';
import { BROWSER, BROWSER_LABEL, startE2E, type E2E, type E2EPage } from './harness';
import { readStore } from './support-idb';
import { chipFocusOrder, chipText, focusableInOrder, tabThrough } from './support-keyboard';

// Issue 15, in Chromium and in Firefox: the first minute. A fresh browser profile opens the welcome page once
// (not again when the extension reloads); an empty profile shows no score anywhere; a thin one says how few
// skills its score rests on; the three quick starts each fill the profile; the welcome page and the chip are
// usable by keyboard alone, in the order they are read.

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const POSTING = '/jobs/snapfix-senior-backend-engineer.html';

/** The URLs of every open tab, asked of the extension from one of its pages. */
const openTabUrls = (page: E2EPage) =>
  page.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? t.pendingUrl ?? ''));

const profileIds = async (page: E2EPage) =>
  (await readStore<{ skillId: string }>(page, 'profileSkills')).map((s) => s.skillId).sort();

describe(`first run in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;
  let welcome: E2EPage;

  beforeAll(async () => {
    e2e = await startE2E({ keepWelcome: true });
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it('a fresh browser profile opens the welcome page, once', async () => {
    const helper = await e2e.openPopup();
    await eventually(
      async () => (await openTabUrls(helper)).filter((u) => u.includes('/welcome.html')).length,
    ).toBe(1);
    await helper.close();
    welcome = await e2e.newPage();
    await welcome.goto(`${e2e.extensionOrigin}/welcome.html`);
    await waitFor(welcome, { role: 'heading', name: 'Welcome to Gapmark' });
    for (const heading of [
      'What it does',
      'What stays private',
      'Start your profile: pick one',
      'Open a job posting',
    ])
      await waitFor(welcome, { role: 'heading', name: heading });
    expect(await textOf(welcome, { selector: '.gw-status' })).toContain('Your profile is empty');
  });

  it('an empty profile shows no score anywhere: the chip gives the must-haves, the popup lists them to add', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url(POSTING));
    const state = await e2e.settledState(tabId);
    expect(state.status).toBe('ready');
    const mustHaves = state.match!.required.total;
    expect(mustHaves).toBeGreaterThan(0);
    await eventually(() => chipText(page)).toMatchObject({
      score: '',
      label: `${mustHaves} must-haves · Add your skills`,
    });
    const chip = await chipText(page);
    expect(chip?.live).toBe(`Gapmark: ${mustHaves} must-haves · Add your skills`);
    // No red: nothing is marked as a missing must-have.
    expect(state.painted['missing-required'] ?? 0).toBe(0);
    expect(state.painted['missing-preferred'] ?? 0).toBe(0);
    expect(state.painted.mentioned ?? 0).toBeGreaterThan(0);

    const popup = await e2e.openPopup(tabId);
    await waitForText(popup, `This posting has ${mustHaves} must-have`);
    const main = await popup.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(main).not.toMatch(/\d+%/);
    expect(main).not.toMatch(/Meets \d+ of|Missing/);
    expect(await count(popup, { role: 'button', name: /^Add .* to profile$/ })).toBeGreaterThanOrEqual(
      mustHaves,
    );
    await waitFor(popup, { role: 'button', name: 'Start your profile' });
    // The popup by keyboard alone: Tab reaches every control, in reading order.
    const controls = await focusableInOrder(popup);
    expect(await tabThrough(popup, controls.length)).toEqual(controls);
    await popup.close();
    await page.close();
  });

  it('a thin profile (two chips picked on the welcome page) shows its score "based on 2 skills"', async () => {
    await welcome.bringToFront();
    await clickOn(welcome, { role: 'button', name: /^\W*Python$/ });
    await clickOn(welcome, { role: 'button', name: /^\W*Docker$/ });
    await eventually(() => profileIds(welcome)).toEqual(['docker', 'python']);
    await eventually(() => textOf(welcome, { selector: '.gw-status' })).toContain(
      'Your profile has 2 skills',
    );
    expect(await count(welcome, { selector: '.gw-chip[aria-pressed="true"]' })).toBe(2);

    const { page, tabId } = await e2e.openTab(e2e.server.url(POSTING));
    const state = await e2e.settledState(tabId);
    await eventually(() => chipText(page)).toMatchObject({ label: 'match · based on 2 skills' });
    expect((await chipText(page))?.score).toBe(`${state.match!.score}%`);
    const popup = await e2e.openPopup(tabId);
    await waitForText(popup, 'based on 2 skills');
    await popup.close();
    await page.close();
  });

  it('the three quick starts each fill the profile: CV text with evidence, a JSON Resume file, popular skills', async () => {
    await welcome.bringToFront();
    // 1. Pasted text: each skill found with the line that shows it, ticked, then added.
    await fill(
      welcome,
      { role: 'textbox', name: /Paste your CV/ },
      'Backend developer.\nBuilt payment APIs in PHP and Laravel for six years.\nRan them on Kubernetes.',
    );
    await clickOn(welcome, { role: 'button', name: 'Find skills' });
    await waitFor(welcome, { role: 'checkbox', name: /Kubernetes/ });
    expect(await textOf(welcome, { selector: '.gp-finding', text: /PHP/ })).toContain('payment APIs in PHP');
    await clickOn(welcome, { role: 'button', name: /^Add \d+ skills?$/ });
    await eventually(() => profileIds(welcome)).toEqual(
      expect.arrayContaining(['php', 'laravel', 'kubernetes']),
    );

    // 2. A JSON Resume file.
    await setInputFiles(welcome, { selector: 'input[type=file]' }, [
      {
        name: 'resume.json',
        mimeType: 'application/json',
        text: JSON.stringify({ skills: [{ name: 'Apache Kafka', level: 'Advanced' }, { name: 'Redis' }] }),
      },
    ]);
    await eventually(() => profileIds(welcome)).toEqual(expect.arrayContaining(['kafka', 'redis']));
    await waitForText(welcome, 'Imported resume.json: 2 new skills');

    // 3. A popular skill, and pressed again it comes off.
    await clickOn(welcome, { role: 'button', name: /^\W*PostgreSQL$/ });
    await eventually(() => profileIds(welcome)).toEqual(expect.arrayContaining(['postgresql']));
    await clickOn(welcome, { role: 'button', name: /^\W*PostgreSQL$/ });
    await eventually(async () => (await profileIds(welcome)).includes('postgresql')).toBe(false);
  });

  it('the welcome page is usable by keyboard alone: Tab reaches every control in reading order', async () => {
    await welcome.bringToFront();
    const expected = await focusableInOrder(welcome);
    expect(expected.length).toBeGreaterThan(20);
    const visited = await tabThrough(welcome, expected.length);
    expect(visited).toEqual(expected);
    // And a chip pressed from the keyboard adds its skill.
    await welcome.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.gw-chip')]
        .find((b) => b.textContent?.includes('Go'))
        ?.focus(),
    );
    await welcome.keyboard.press('Enter');
    await eventually(() => profileIds(welcome)).toEqual(expect.arrayContaining(['go']));
  });

  it('the chip is usable by keyboard alone: open, each gap, N for the next gap, toggles and save reached in order', async () => {
    const { page, tabId } = await e2e.openTab(e2e.server.url(POSTING));
    const state = await e2e.settledState(tabId);
    expect(state.painted['missing-required'] ?? 0).toBeGreaterThan(0);
    const order = await chipFocusOrder(page);
    expect(order[0]).toBe('summary');
    expect(order.slice(-4)).toEqual(['next', 'save', 'page-toggle', 'site-toggle']);
    const gaps = order.filter((c) => c.startsWith('gap:'));
    expect(gaps.length).toBeGreaterThan(0);
    expect(order).toEqual(['summary', ...gaps, 'next', 'save', 'page-toggle', 'site-toggle']);

    // N (focus in the chip) goes to a gap: the page scrolls to it and it flashes.
    await page.evaluate(() => window.scrollTo(0, 0));
    await focusChipControl(page, '.summary');
    await page.keyboard.press('n');
    await eventually(() =>
      page.evaluate(
        () =>
          ((globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.has(
            'gapmark-flash',
          ) ??
            false) ||
          document.querySelector('.gapmark-flash') !== null,
      ),
    ).toBe(true);

    await page.close();
  });

  // In Firefox, Puppeteer over WebDriver BiDi reaches the chip's own key handler (N above) but its Enter and
  // Space do not activate the chip's button and checkbox (Space, key down/up and sendCharacter alike), while
  // the same keys work on the welcome page. Whether a person's keys do there is not yet checked: open.
  it.skipIf(BROWSER === 'firefox')(
    "the chip's toggles switch by Space, and Enter on Save saves",
    async () => {
      const { page, tabId } = await e2e.openTab(e2e.server.url(POSTING));
      await e2e.settledState(tabId);
      await focusChipControl(page, '.summary');
      await page.keyboard.press('Enter');
      await focusChipControl(page, '.page-toggle');
      await page.keyboard.press(' ');
      await eventually(async () => (await e2e.pageState(tabId))?.marksOnPage).toBe(false);
      await page.keyboard.press(' ');
      await eventually(async () => (await e2e.pageState(tabId))?.marksOnPage).toBe(true);
      await focusChipControl(page, '.save');
      await page.keyboard.press('Enter');
      await eventually(async () => (await e2e.pageState(tabId))?.saved).not.toBeNull();
      await page.close();
    },
  );

  it('the demo posting shipped in the extension is read and marked from the welcome page link', async () => {
    await welcome.bringToFront();
    const href = await welcome.evaluate(
      () => document.querySelector<HTMLAnchorElement>('a.gw-demo')?.href ?? '',
    );
    expect(href).toBe(`${e2e.extensionOrigin}/demo-posting.html`);
    const demo = await e2e.newPage();
    await demo.goto(href);
    await eventually(() => chipText(demo)).toMatchObject({ score: expect.stringMatching(/^\d+%$/) });
    expect(
      await demo.evaluate(
        () =>
          ((globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.size ?? 0) +
          document.querySelectorAll('mark.gapmark-mark').length,
      ),
    ).toBeGreaterThan(0);
    await demo.close();
  });
});

async function focusChipControl(page: E2EPage, selector: string) {
  await page.evaluate(
    (sel) => document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLElement>(sel)?.focus(),
    selector,
  );
}

describe(`an update in ${BROWSER_LABEL}`, () => {
  it('opens no welcome page: the same profile gets a new version of the extension', async () => {
    // A copy of the build whose version is raised, as a store update would.
    const dir = mkdtempSync(join(tmpdir(), 'gapmark-update-'));
    const extensionDir = join(dir, 'extension');
    cpSync(DEMO_BUILD_DIRS[BROWSER === 'firefox' ? 'firefox' : 'chrome'], extensionDir, { recursive: true });
    const userDataDir = join(dir, 'profile');
    const welcomeTabs = async (e2e: E2E) => {
      const helper = await e2e.openPopup();
      const n = (await openTabUrls(helper)).filter((u) => u.includes('/welcome.html')).length;
      await helper.close();
      return n;
    };
    const bump = () => {
      const file = join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
      manifest.version = `${manifest.version}.1`;
      writeFileSync(file, JSON.stringify(manifest));
    };
    let e2e = await startE2E({ extensionDir, userDataDir, keepWelcome: true });
    try {
      await expect.poll(() => welcomeTabs(e2e), { timeout: 15_000 }).toBe(1);
      // The first run's welcome tab is closed, so that any open after the update is a new one.
      const helper = await e2e.openPopup();
      await helper.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        await chrome.tabs.remove(
          tabs.filter((t) => (t.url ?? '').includes('/welcome.html')).map((t) => t.id!),
        );
      });
      await helper.close();
      if (BROWSER === 'firefox') {
        // A temporary add-on leaves with the browser: the update is a second install in the same session.
        bump();
        await e2e.firefox!.browser.installExtension(extensionDir);
      } else {
        await e2e.teardown();
        bump();
        e2e = await startE2E({ extensionDir, userDataDir, keepWelcome: true });
      }
      // Give onInstalled ("update") time to (wrongly) open a tab.
      await new Promise((done) => setTimeout(done, 2500));
      expect(await welcomeTabs(e2e)).toBe(0);
    } finally {
      await e2e.teardown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
