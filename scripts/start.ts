// `npm start`: builds Gapmark, serves the local demo postings and opens them in Chromium with the extension
// loaded and a persistent demo profile (.demo-profile/). Without a display, or with --headless, it runs the same
// journey headless and writes screenshots of the posting page and of the popup to demo-output/.
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDemo } from './browser/build-demo';
import { launchWithExtension, newestTabId } from './browser/launch';
import { startFixtureServer } from './browser/fixture-server';
import { findChromium } from './browser/find-chromium';
import { seedDemoProfile, DEMO_PROFILE } from './browser/demo-profile';

const root = resolve(import.meta.dirname, '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const postings = ['snapfix-senior-backend-engineer.html', 'internations-backend-developer.html'];

async function main() {
  findChromium(); // fails early with install advice
  console.log('Building Gapmark (demo build)…');
  buildDemo();
  const server = await startFixtureServer();
  const userDataDir = resolve(root, '.demo-profile');
  // Chromium keeps an unpacked extension's service worker and code caches in the profile and may run the old
  // build from there; drop them (the person's skills and saved jobs, in IndexedDB, stay).
  for (const cache of ['Service Worker', 'Code Cache', 'Cache', 'GPUCache']) {
    rmSync(resolve(userDataDir, 'Default', cache), { recursive: true, force: true });
  }
  const session = await launchWithExtension({ userDataDir, headless });
  const seeded = await seedDemoProfile(session);
  console.log(`Demo profile: ${seeded} skills (${DEMO_PROFILE.map((s) => s.name).join(', ')}).`);

  if (!headless) {
    const index = await session.context.newPage();
    await index.goto(server.url('/'));
    for (const file of postings) await (await session.context.newPage()).goto(server.url(`/jobs/${file}`));
    console.log(`Chromium is open with Gapmark loaded. Demo postings: ${server.url('/')}`);
    console.log('Click the Gapmark icon in the toolbar on a posting. Close the browser to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await server.close();
    return;
  }

  const outDir = resolve(root, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of postings) {
    const page = await session.context.newPage();
    await page.goto(server.url(`/jobs/${file}`));
    await page.waitForTimeout(800); // the content script reads, asks the background, paints
    const shot = resolve(outDir, file.replace('.html', '-page.png'));
    await page.screenshot({ path: shot, fullPage: false });
    written.push(shot);
    const tabId = await newestTabId(session.worker);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForTimeout(500);
    const popupShot = resolve(outDir, file.replace('.html', '-popup.png'));
    await popup.screenshot({ path: popupShot });
    written.push(popupShot);
    const lines = (await popup.locator('main').innerText()).split('\n').map((l) => l.trim());
    const score = lines.find((l) => /^\d+%/.test(l)) ?? 'no score';
    const reason = lines.find((l) => l.startsWith('Meets')) ?? lines.find((l) => l.length > 0) ?? '';
    console.log(`• ${lines[0]} — ${score}: ${reason}`);
    if (file === postings[0]) {
      // Save this one, so the Saved tab has something to show.
      await popup.getByRole('button', { name: /^Save/ }).first().click();
      await popup.waitForTimeout(500);
    }
    await popup.close();
  }
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  for (const tab of ['Profile', 'Saved']) {
    await popup.getByRole('tab', { name: tab }).click();
    await popup.waitForTimeout(500);
    const shot = resolve(outDir, `popup-${tab.toLowerCase()}.png`);
    await popup.screenshot({ path: shot });
    written.push(shot);
  }
  await session.close();
  await server.close();
  console.log(`\nHeadless demo done. Screenshots in ${outDir}:`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
