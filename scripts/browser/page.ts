import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { gotoExtensionPage } from './launch-firefox';

/**
 * The page API every e2e test (and the demo) uses: the part Playwright's and Puppeteer's pages share, with the same meaning in
 * both (selectors reach into open shadow roots; click and type wait for a visible element first;
 * waitForSelector waits for a visible one). A test written against it runs in Chromium and in Firefox.
 */
export interface BrowserPage {
  goto(url: string): Promise<void>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<void>;
  /** Whether an element matches (the shared $ / $$, reduced to what both return alike). */
  $(selector: string): Promise<boolean>;
  $$(selector: string): Promise<number>;
  screenshot(options: { path: string }): Promise<void>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  url(): string;
  reload(): Promise<void>;
}

/** The Playwright page behind an BrowserPage (Chromium-only code: CDP sessions, init scripts, events). */
export function playwrightPage(page: BrowserPage): PlaywrightPage {
  const raw = rawPages.get(page);
  if (!raw || !('context' in raw)) throw new Error('playwrightPage: only in Chromium');
  return raw as PlaywrightPage;
}

/** The Puppeteer page behind an BrowserPage (Firefox-only code). */
export function puppeteerPage(page: BrowserPage): PuppeteerPage {
  const raw = rawPages.get(page);
  if (!raw || 'context' in raw) throw new Error('puppeteerPage: only in Firefox');
  return raw as PuppeteerPage;
}

/**
 * tsx (the demo, scripts) compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`, a
 * helper that does not exist in the page. Such a function is sent as an expression that defines it (the argument
 * inlined as JSON); under vitest the function goes as it is.
 */
function withNameHelper(fn: (arg: unknown) => unknown, arg: unknown): string | null {
  const source = fn.toString();
  if (!source.includes('__name(')) return null;
  const value = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `((__name) => (${source})(${value}))((f) => f)`;
}

const rawPages = new WeakMap<BrowserPage, PlaywrightPage | PuppeteerPage>();

export function wrapPlaywright(page: PlaywrightPage): BrowserPage {
  const wrapped: BrowserPage = {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => {
      const expression = withNameHelper(fn, arg);
      return expression ? page.evaluate(expression) : page.evaluate(fn, arg);
    }) as BrowserPage['evaluate'],
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    keyboard: { press: (key) => page.keyboard.press(key) },
    waitForSelector: async (selector, options) => {
      await page.waitForSelector(selector, { state: 'visible', timeout: options?.timeout ?? 10_000 });
    },
    $: async (selector) => (await page.$(selector)) !== null,
    $$: async (selector) => (await page.$$(selector)).length,
    screenshot: async ({ path }) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    url: () => page.url(),
    reload: async () => {
      await page.reload();
    },
  };
  rawPages.set(wrapped, page);
  return wrapped;
}

/** Puppeteer's plain CSS stops at shadow roots; Playwright's pierces open ones. `pierce/` makes them agree. */
const deep = (selector: string) => (selector.startsWith('pierce/') ? selector : `pierce/${selector}`);

export function wrapPuppeteer(page: PuppeteerPage): BrowserPage {
  let extensionUrl: string | null = null; // Puppeteer does not follow the frame swap into the extension process
  const wrapped: BrowserPage = {
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) {
        await gotoExtensionPage(page, url);
        extensionUrl = url;
        return;
      }
      extensionUrl = null;
      await page.goto(url);
    },
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => {
      const expression = withNameHelper(fn, arg);
      return expression ? page.evaluate(expression) : page.evaluate(fn as never, arg as never);
    }) as BrowserPage['evaluate'],
    click: async (selector) => {
      await page.waitForSelector(deep(selector), { visible: true, timeout: 10_000 });
      await page.click(deep(selector));
    },
    type: async (selector, text) => {
      await page.waitForSelector(deep(selector), { visible: true, timeout: 10_000 });
      await page.type(deep(selector), text);
    },
    keyboard: { press: (key) => page.keyboard.press(key as never) },
    waitForSelector: async (selector, options) => {
      await page.waitForSelector(deep(selector), { visible: true, timeout: options?.timeout ?? 10_000 });
    },
    $: async (selector) => (await page.$(deep(selector))) !== null,
    $$: async (selector) => (await page.$$(deep(selector))).length,
    screenshot: async ({ path }) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    url: () => extensionUrl ?? page.url(),
    reload: async () => {
      if (extensionUrl) {
        const url = extensionUrl;
        await page.evaluate(() => {
          location.reload();
        });
        await new Promise((done) => setTimeout(done, 100));
        await gotoExtensionPage(page, url, 20_000, false);
        return;
      }
      await page.reload();
    },
  };
  rawPages.set(wrapped, page);
  return wrapped;
}
