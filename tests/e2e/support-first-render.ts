import os from 'node:os';
import type { Page } from 'playwright-core';

// The popup always opens on "This job"; a person reaching a list clicks its tab. To time the first render of a
// tab from navigation start without Playwright's round trips inside the figure, a script that runs before the
// popup's own code clicks the tab the moment it exists and notes (performance.now(), i.e. ms since navigation
// start) when the first row of the list is in the DOM and visible, and when the next frame after it ran.

export interface FirstRender {
  /** The popup's scripts had loaded and run (DOMContentLoaded ended): the part before any rendering. */
  domContentLoadedMs: number;
  /** The tab button appeared and was clicked. */
  tabMs: number;
  /** The first list row was in the document and visible. */
  rowMs: number;
  /** The first animation frame after that row (about when it was painted). */
  frameMs: number;
  /** The list was complete (`doneCount` rows, or `doneSelector`'s text contains `doneText`), when asked for. */
  doneMs: number | null;
}

export interface FirstRenderTarget {
  tabId: string; // the tab button's element id, e.g. "tab-saved"
  rowSelector: string;
  /** Complete when this many rows are in the document... */
  doneCount?: number;
  /** ...or when this element's text contains `doneText` (e.g. the list's full count). */
  doneSelector?: string;
  doneText?: string;
}

interface Probe {
  tabMs?: number;
  rowMs?: number;
  frameMs?: number;
  doneMs?: number;
}

/** Installs the probe on `page`; it runs on every later navigation of the page (goto or reload). */
export async function installFirstRenderProbe(page: Page, target: FirstRenderTarget): Promise<void> {
  await page.addInitScript((t: FirstRenderTarget) => {
    const probe: Probe = {};
    const wantsDone = t.doneCount !== undefined || t.doneSelector !== undefined;
    (window as unknown as { __firstRender: Probe }).__firstRender = probe;
    const check = () => {
      if (probe.tabMs === undefined) {
        const tab = document.getElementById(t.tabId);
        if (tab) {
          probe.tabMs = performance.now();
          tab.click();
        }
      }
      if (probe.rowMs === undefined) {
        const row = document.querySelector(t.rowSelector);
        if (row && row.checkVisibility()) {
          probe.rowMs = performance.now();
          requestAnimationFrame(() => {
            probe.frameMs = performance.now();
          });
        }
      }
      if (probe.doneMs === undefined && t.doneCount !== undefined) {
        if (document.querySelectorAll(t.rowSelector).length >= t.doneCount) probe.doneMs = performance.now();
      }
      if (probe.doneMs === undefined && t.doneSelector) {
        const done = document.querySelector(t.doneSelector);
        if (done?.textContent?.includes(t.doneText ?? '')) probe.doneMs = performance.now();
      }
      const finished = probe.rowMs !== undefined && (!wantsDone || probe.doneMs !== undefined);
      if (finished) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, target);
}

/** Reloads `page` and returns the probe's figures once the row (and the done text, if asked) showed. */
export async function reloadAndMeasure(page: Page, target: FirstRenderTarget): Promise<FirstRender> {
  await page.reload();
  const handle = await page.waitForFunction(
    (t: FirstRenderTarget) => {
      const probe = (window as unknown as { __firstRender?: Probe }).__firstRender;
      const wantsDone = t.doneCount !== undefined || t.doneSelector !== undefined;
      return probe?.frameMs !== undefined && (!wantsDone || probe.doneMs !== undefined) ? probe : null;
    },
    target,
    { timeout: 20_000 },
  );
  const probe = (await handle.jsonValue()) as Probe;
  const domContentLoadedMs = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  return {
    domContentLoadedMs: round(domContentLoadedMs),
    tabMs: round(probe.tabMs!),
    rowMs: round(probe.rowMs!),
    frameMs: round(probe.frameMs!),
    doneMs: probe.doneMs === undefined ? null : round(probe.doneMs),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs `runs` reloads and summarises them: the median of each figure and every run. */
export async function measureFirstRenders(page: Page, target: FirstRenderTarget, runs = 5) {
  await installFirstRenderProbe(page, target);
  const all: FirstRender[] = [];
  for (let i = 0; i < runs; i++) all.push(await reloadAndMeasure(page, target));
  const doneRuns = all.flatMap((r) => (r.doneMs === null ? [] : [r.doneMs]));
  return {
    medianRowMs: median(all.map((r) => r.rowMs)),
    minRowMs: Math.min(...all.map((r) => r.rowMs)),
    medianFrameMs: median(all.map((r) => r.frameMs)),
    medianTabMs: median(all.map((r) => r.tabMs)),
    medianDomContentLoadedMs: median(all.map((r) => r.domContentLoadedMs)),
    // The app's own part, from its scripts having run to the first row: steadier on a loaded machine.
    medianScriptsToRowMs: median(all.map((r) => round(r.rowMs - r.domContentLoadedMs))),
    medianDoneMs: doneRuns.length ? median(doneRuns) : null,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100), // the machine is shared: context for the figures
    runs: all,
  };
}
