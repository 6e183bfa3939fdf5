import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium';
import { DEMO_BUILD_DIRS } from './build-demo';

export const DEMO_BUILD_DIR = DEMO_BUILD_DIRS.chrome;

export interface LaunchOptions {
  extensionDir?: string;
  userDataDir?: string; // a fresh temporary folder when absent
  headless?: boolean;
  /** Hosts resolved to 127.0.0.1, so fixture pages can stand at real job-board URLs. */
  mapHosts?: string[];
  /** Accept the fixture server's self-signed certificate (e2e: boards served over https at their real names). */
  ignoreHttpsErrors?: boolean;
  /** The browser's colour scheme: pages see prefers-color-scheme dark (the light default otherwise). */
  colorScheme?: 'light' | 'dark';
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium with the unpacked extension loaded and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? DEMO_BUILD_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gapmark-e2e-'));
  // Every name is resolved locally: mapped hosts to loopback, anything else to "not found", so no request
  // can leave the machine even by mistake.
  const rules = [
    ...(options.mapHosts ?? []).map((host) => `MAP ${host} 127.0.0.1`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    ...(options.ignoreHttpsErrors ? { ignoreHTTPSErrors: true } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules.join(', ')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.ignoreHttpsErrors ? ['--ignore-certificate-errors'] : []),
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}

/**
 * The id of the tab opened last, asked from an extension page or the service worker. Tab ids only grow, and the
 * extension sees ids but not URLs (it has no "tabs" permission), so this is how a test or the demo names a tab.
 */
export function newestTabId(extensionContext: {
  evaluate(fn: () => Promise<number>): Promise<number>;
}): Promise<number> {
  return extensionContext.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
}
