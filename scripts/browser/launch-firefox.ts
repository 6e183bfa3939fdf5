import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEMO_BUILD_DIRS } from './build-demo';
import { findFirefox } from './find-firefox';

export const FIREFOX_DEMO_BUILD_DIR = DEMO_BUILD_DIRS.firefox;
/** The gecko id in wxt.config.ts. */
export const GECKO_ID = 'gapmark@gapmark.app';
/** Fixed before launch (pref extensions.webextensions.uuids), so the popup's origin is known. */
export const FIREFOX_EXTENSION_UUID = '6a8f3c1e-0b7d-4e52-9a41-3f2c5d7e8b90';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  userDataDir?: string; // a fresh temporary folder when absent
  headless?: boolean;
  /**
   * Port of the local fixture server on 127.0.0.1, used as the browser's only proxy: every http request and
   * every https tunnel (loopback too) goes to it, so pages stand at their real host names and nothing can
   * leave the machine. Firefox has no host-resolver rules; this is its way.
   */
  proxyPort: number;
  /** Where downloads land without a dialog; a fresh temporary folder when absent. */
  downloadDir?: string;
}

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  downloadDir: string;
  /** Firefox's version, e.g. "firefox/153.8.0". */
  version: string;
  close(): Promise<void>;
}

/** Launches Firefox over WebDriver BiDi with the unpacked extension installed (temporary add-on). */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_DEMO_BUILD_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gapmark-e2e-firefox-'));
  const downloadDir = options.downloadDir ?? mkdtempSync(join(tmpdir(), 'gapmark-downloads-'));
  mkdirSync(downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    // The fixture server's https hosts (tunnelled through the proxy) carry a self-signed certificate.
    acceptInsecureCerts: true,
    // Opening moz-extension:// pages in a tab over BiDi needs this on Firefox 153.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // An optional permission the extension asks for ("Enable on this site") is granted without the doorhanger
      // a person would click, so the e2e suite walks the per-site flow from the popup's button.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Fixture pages stand at real host names over plain http: no upgrade to https by the HSTS preload list
      // (smartrecruiters.com is on Firefox's) or by HTTPS-First.
      'network.stricttransportsecurity.preloadlist': false,
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      // The browser's own background services (remote settings, experiments, breach alerts) stay off, so what
      // the proxy sees is the pages' and the extension's.
      'services.settings.server': 'data:,',
      'extensions.fxmonitor.enabled': false,
      'app.normandy.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
      'app.shield.optoutstudies.enabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      // Downloads go straight to downloadDir, no dialog and no panel.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.manager.showWhenStarting': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk':
        'text/csv,application/json,application/ld+json,text/plain,application/octet-stream',
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
    downloadDir,
    version: await browser.version(),
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page (moz-extension://…) in `page`. Over BiDi, goto to such a URL never resolves (the
 * frame moves into the extension process), so the navigation is started and the page polled until it is there.
 */
export async function gotoExtensionPage(
  page: Page,
  url: string,
  timeoutMs = 20_000,
  navigate = true,
): Promise<void> {
  if (navigate) void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const ready = await page.evaluate(
        (href) => location.href === href && document.readyState !== 'loading',
        url,
      );
      if (ready) return;
    } catch {
      // the frame is being swapped: try again
    }
    if (Date.now() > deadline) throw new Error(`Firefox: ${url} did not open within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
