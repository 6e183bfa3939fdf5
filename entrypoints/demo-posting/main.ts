import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { runJobPage } from '@/lib/content/run-job-page';
import { getDatabase } from '@/lib/db/get-database';
import { createDemoPageRuntime } from '@/lib/welcome/demo-page-runtime';

// The demo posting shipped in the extension. A content script cannot run on an extension page, so this page
// runs the content script's own reading, analysis and painting code on itself (Chromium and Firefox alike).
const invalidated: (() => void)[] = [];
const ctx = {
  isValid: true,
  addEventListener: (target: EventTarget, type: string, handler: (event: Event) => void) =>
    target.addEventListener(type, handler),
  setTimeout: (handler: () => void, timeout?: number) => window.setTimeout(handler, timeout),
  onInvalidated(cb: () => void) {
    invalidated.push(cb);
    return () => undefined;
  },
};
const { runtime, notifyProfileChanged } = createDemoPageRuntime(browser.runtime as never);
runJobPage({ ctx, window, runtime });

// The profile lives in this extension's database: re-score when it changes (the first value is the current one).
let first = true;
liveQuery(() => getDatabase().profileSkills.count()).subscribe(() => {
  if (first) first = false;
  else notifyProfileChanged();
});
