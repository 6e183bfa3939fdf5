// `npm start`: builds Gapmark, serves the local demo postings and opens them in Chromium with the extension
// loaded and a persistent demo profile (.demo-profile/). `npm start -- --firefox` does the same in Firefox ESR
// (profile in .demo-profile-firefox/). Without a display, or with --headless, it runs the same journey headless
// and writes screenshots of the posting page and of the popup to demo-output/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toDarkPage } from './browser/demo-pages';
import { buildDemo } from './browser/build-demo';
import { launchWithExtension, newestTabId } from './browser/launch';
import { launchFirefoxWithExtension } from './browser/launch-firefox';
import { startFixtureServer } from './browser/fixture-server';
import { findChromium } from './browser/find-chromium';
import { findFirefox } from './browser/find-firefox';
import { seedDemoProfile, DEMO_PROFILE } from './browser/demo-profile';
import { puppeteerPage, wrapPlaywright, wrapPuppeteer, type BrowserPage } from './browser/page';
import { clickOn } from './browser/ui';

const root = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const firefox = process.argv.includes('--firefox');
const postings = ['snapfix-senior-backend-engineer.html', 'internations-backend-developer.html'];
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What the demo needs of a browser with Gapmark loaded, in Chromium or in Firefox. */
interface DemoBrowser {
  name: string;
  newPage(): Promise<BrowserPage>;
  extensionOrigin: string;
  /** Sets the size of a page's viewport (the popup is shown at 400 × 600). */
  resize(page: BrowserPage, width: number, height: number): Promise<void>;
  /** Shows a page in the dark colour scheme, or back in light. */
  setDark(page: BrowserPage, dark: boolean): Promise<void>;
  /** Resolves when the person closes the browser. */
  closed(): Promise<void>;
  close(): Promise<void>;
}

async function openChromium(server: { port: number }): Promise<DemoBrowser> {
  void server;
  findChromium(); // fails early with install advice
  // Headless, the pictures start from a new person's browser (the welcome page, an empty profile).
  const userDataDir = headless
    ? mkdtempSync(join(tmpdir(), 'gapmark-demo-'))
    : resolve(root, '.demo-profile');
  // Chromium keeps an unpacked extension's service worker and code caches in the profile and may run the old
  // build from there; drop them (the person's skills and saved jobs, in IndexedDB, stay).
  for (const cache of ['Service Worker', 'Code Cache', 'Cache', 'GPUCache']) {
    rmSync(resolve(userDataDir, 'Default', cache), { recursive: true, force: true });
  }
  const session = await launchWithExtension({ userDataDir, headless });
  const pages = new WeakMap<BrowserPage, import('playwright-core').Page>();
  return {
    name: 'Chromium',
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    async newPage() {
      const raw = await session.context.newPage();
      const page = wrapPlaywright(raw);
      pages.set(page, raw);
      return page;
    },
    resize: async (page, width, height) => pages.get(page)!.setViewportSize({ width, height }),
    setDark: (page, dark) => pages.get(page)!.emulateMedia({ colorScheme: dark ? 'dark' : 'light' }),
    closed: () => new Promise<void>((done) => session.context.on('close', () => done())),
    close: () => session.close(),
  };
}

async function openFirefox(server: { port: number }): Promise<DemoBrowser> {
  findFirefox(); // fails early with install advice
  // The demo postings are served on 127.0.0.1; the fixture server is also Firefox's only proxy, so nothing the
  // demo browser asks for leaves the machine.
  const session = await launchFirefoxWithExtension({
    proxyPort: server.port,
    headless,
    userDataDir: headless
      ? mkdtempSync(join(tmpdir(), 'gapmark-demo-firefox-'))
      : resolve(root, '.demo-profile-firefox'),
  });
  return {
    name: `Firefox (${session.version})`,
    extensionOrigin: session.extensionOrigin,
    newPage: async () => wrapPuppeteer(await session.browser.newPage()),
    resize: async (page, width, height) => puppeteerPage(page).setViewport({ width, height }),
    setDark: (page, dark) =>
      puppeteerPage(page).emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
      ]),
    closed: () => new Promise<void>((done) => session.browser.on('disconnected', () => done())),
    close: () => session.close(),
  };
}

async function main() {
  console.log(`Building Gapmark (demo build for ${firefox ? 'Firefox' : 'Chromium'})…`);
  buildDemo(firefox ? 'firefox' : 'chrome');
  const server = await startFixtureServer();
  const browser = await (firefox ? openFirefox(server) : openChromium(server));
  const openPopup = async (query = '') => {
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/popup.html${query}`);
    return popup;
  };
  const outDir = resolve(root, 'demo-output');
  const written: string[] = [];
  const suffix = firefox ? '-firefox' : '';
  if (headless) {
    mkdirSync(outDir, { recursive: true });
    written.push(...(await firstRunPictures(browser, server, outDir, suffix)));
  }
  const seeded = await seedDemoProfile({ openPopup: () => openPopup() });
  console.log(`Demo profile: ${seeded} skills (${DEMO_PROFILE.map((s) => s.name).join(', ')}).`);

  if (!headless) {
    await (await browser.newPage()).goto(server.url('/'));
    for (const file of postings) await (await browser.newPage()).goto(server.url(`/jobs/${file}`));
    console.log(`${browser.name} is open with Gapmark loaded. Demo postings: ${server.url('/')}`);
    console.log('Click the Gapmark icon in the toolbar on a posting. Close the browser to stop.');
    await browser.closed();
    await server.close();
    return;
  }

  const helper = await openPopup(); // asks the extension for the newest tab's id
  for (const file of postings) {
    const page = await browser.newPage();
    await page.goto(server.url(`/jobs/${file}`));
    await sleep(800); // the content script reads, asks the background, paints
    const shot = resolve(outDir, file.replace('.html', `-page${suffix}.png`));
    await page.screenshot({ path: shot });
    written.push(shot);
    const tabId = await newestTabId(helper);
    const popup = await browser.newPage();
    await browser.resize(popup, 400, 600);
    await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
    await sleep(500);
    const popupShot = resolve(outDir, file.replace('.html', `-popup${suffix}.png`));
    await popup.screenshot({ path: popupShot });
    written.push(popupShot);
    const text = await popup.evaluate(() => document.querySelector('main')?.innerText ?? '');
    const lines = text.split('\n').map((l) => l.trim());
    const score = lines.find((l) => /^\d+%/.test(l)) ?? 'no score';
    const reason = lines.find((l) => l.startsWith('Meets')) ?? lines.find((l) => l.length > 0) ?? '';
    console.log(`• ${lines[0]} — ${score}: ${reason}`);
    if (file === postings[0]) {
      // Save this one, so the Saved tab has something to show.
      await clickOn(popup, { role: 'button', name: /^Save/ });
      await sleep(500);
    }
    await popup.close();
  }
  written.push(...(await darkPictures(browser, server, outDir, suffix, helper)));
  const popup = await browser.newPage();
  await browser.resize(popup, 400, 600);
  await popup.goto(`${browser.extensionOrigin}/popup.html`);
  for (const tab of ['Profile', 'Saved']) {
    await clickOn(popup, { role: 'tab', name: tab });
    await sleep(500);
    const shot = resolve(outDir, `popup-${tab.toLowerCase()}${suffix}.png`);
    await popup.screenshot({ path: shot });
    written.push(shot);
  }
  await browser.close();
  await server.close();
  console.log(`\nHeadless demo done (${browser.name}). Screenshots in ${outDir}:`);
  for (const file of written) console.log(`  ${file}`);
}

type Server = Awaited<ReturnType<typeof startFixtureServer>>;

/** Opens the chip's details, so the picture shows what it says. */
const openChip = (page: BrowserPage) =>
  page.evaluate(() =>
    document.querySelector('gapmark-chip')?.shadowRoot?.querySelector<HTMLElement>('.summary')?.click(),
  );

/** A new person's first minute: the welcome page (light, dark), and a posting with the profile still empty. */
async function firstRunPictures(browser: DemoBrowser, server: Server, outDir: string, suffix: string) {
  const written: string[] = [];
  const shoot = async (page: BrowserPage, name: string) => {
    const path = resolve(outDir, `${name}${suffix}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  const welcome = await browser.newPage();
  await browser.resize(welcome, 1280, 1000);
  await welcome.goto(`${browser.extensionOrigin}/welcome.html`);
  await sleep(1200); // the skills list loads for the chips
  await shoot(welcome, 'welcome');
  await browser.setDark(welcome, true);
  await sleep(300);
  await shoot(welcome, 'welcome-dark');
  await welcome.close();

  const helper = await browser.newPage();
  await helper.goto(`${browser.extensionOrigin}/popup.html`);
  const page = await browser.newPage();
  await page.goto(server.url(`/jobs/${postings[0]}`));
  await sleep(800);
  await openChip(page);
  await sleep(200);
  await shoot(page, 'posting-empty-profile');
  const tabId = await newestTabId(helper);
  const popup = await browser.newPage();
  await browser.resize(popup, 400, 600);
  await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
  await sleep(600);
  await shoot(popup, 'popup-empty-profile');
  await browser.setDark(popup, true);
  await sleep(300);
  await shoot(popup, 'popup-empty-profile-dark');
  for (const open of [popup, page, helper]) await open.close();
  return written;
}

/** The posting on a dark page (chip and marks follow it) and the popup in the browser's dark scheme. */
async function darkPictures(
  browser: DemoBrowser,
  server: Server,
  outDir: string,
  suffix: string,
  helper: BrowserPage,
) {
  const written: string[] = [];
  const light = readFileSync(resolve(root, 'tests/fixtures/pages', postings[0]!), 'utf8');
  server.route('/jobs/dark-posting.html', toDarkPage(light));
  const page = await browser.newPage();
  await browser.setDark(page, true);
  await page.goto(server.url('/jobs/dark-posting.html'));
  await sleep(800);
  await openChip(page);
  await sleep(200);
  const pageShot = resolve(outDir, `posting-dark${suffix}.png`);
  await page.screenshot({ path: pageShot });
  written.push(pageShot);
  const tabId = await newestTabId(helper);
  const popup = await browser.newPage();
  await browser.resize(popup, 400, 600);
  await browser.setDark(popup, true);
  await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`);
  await sleep(600);
  const popupShot = resolve(outDir, `popup-this-job-dark${suffix}.png`);
  await popup.screenshot({ path: popupShot });
  written.push(popupShot);
  await popup.close();
  await page.close();
  return written;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
