import type { RuntimeLike } from '@/lib/content/run-job-page';

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

/** The requests a posting's own page answers (what the content script answers on a board's page). */
const PAGE_REQUESTS = new Set([
  'page.getState',
  'page.setMarks',
  'page.refresh',
  'page.readReport',
  'profile.changed',
]);

const typeOf = (message: unknown) =>
  typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;

/**
 * The runtime the demo posting page gives runJobPage. An extension page hears every other extension page's
 * requests to the background (which a content script never does): it must stay silent on those, or its
 * "no handler here" could answer first. `notify` lets the page tell itself the profile changed.
 */
export function createDemoPageRuntime(runtime: RuntimeLike) {
  const listeners = new Map<Listener, Listener>();
  const own: RuntimeLike = {
    onMessage: {
      addListener(listener) {
        const filtered: Listener = (message, sender, sendResponse) =>
          PAGE_REQUESTS.has(String(typeOf(message))) ? listener(message, sender, sendResponse) : false;
        listeners.set(listener, filtered);
        runtime.onMessage.addListener(filtered);
      },
      removeListener(listener) {
        const filtered = listeners.get(listener);
        if (filtered) runtime.onMessage.removeListener(filtered);
        listeners.delete(listener);
      },
    },
  };
  const notifyProfileChanged = () => {
    for (const listener of listeners.keys())
      listener({ gapmark: 1, type: 'profile.changed', payload: { at: Date.now() } }, {}, () => undefined);
  };
  return { runtime: own, notifyProfileChanged };
}
