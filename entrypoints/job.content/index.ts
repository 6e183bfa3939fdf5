import { BOARD_MATCHES } from '@/lib/sites/matches';
import { createMessageListener } from '@/lib/messaging/server';
import type { PageState } from '@/lib/messaging/requests-page';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const state: PageState = {
      url: location.href,
      status: 'not-posting',
      isJobPosting: false,
      source: null,
      confidence: 0,
      title: document.title || null,
      company: null,
      textLength: 0,
      error: null,
    };
    const listener = createMessageListener({ 'page.getState': () => state });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
