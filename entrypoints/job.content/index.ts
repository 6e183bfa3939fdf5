import { BOARD_MATCHES_PLACEHOLDER } from '@/lib/sites/matches';
import { runJobPage } from '@/lib/content/run-job-page';
import { runListBadges } from '@/lib/content/run-list-badges';

export default defineContentScript({
  // Replaced by BOARD_MATCHES in the built manifest (wxt.config.ts).
  matches: [BOARD_MATCHES_PLACEHOLDER],
  runAt: 'document_idle',
  // Boards embedded in company sites (Greenhouse's job_app iframe) are read inside their frame.
  allFrames: true,
  // WXT's "started" signal by a DOM event only (its future default), not also by window.postMessage: posting
  // cost ~0.5 ms of every page's first task (Chromium captures the sender's stack for it, re-parsing the whole
  // script when DevTools trace), and it woke every message listener the page has.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Injected again by the popup or a granted site on a page that already runs it: keep the first.
    const flag = '__gapmarkContentScript';
    const scope = globalThis as typeof globalThis & { [flag]?: boolean };
    if (scope[flag]) return;
    scope[flag] = true;
    ctx.onInvalidated(() => {
      scope[flag] = false;
    });
    runJobPage({ ctx, window, runtime: browser.runtime as never });
    runListBadges({ ctx, window, runtime: browser.runtime as never });
  },
});
