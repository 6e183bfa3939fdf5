import type { Envelope } from '@/lib/messaging/protocol';

/** The part of `browser.runtime` the wake-up uses. */
export interface WakeRuntime {
  sendMessage(message: Envelope): Promise<unknown>;
}

// Set on the content scripts' global once the wake-up is sent: an extension's content scripts in one frame share
// their global, so the job script sees it and sends no second analysis.warm from the same page.
const WOKEN = '__gapmarkWokenUp';
type WakeScope = { [WOKEN]?: boolean };

/**
 * Sends analysis.warm as the page starts loading (the wake entrypoint, at document_start): a stopped service
 * worker starts, evaluates its modules and reads its stored values while the page loads, before the job
 * script reads the page at document_idle. The raw envelope, not content-messaging's typed sender, keeps this
 * script a few hundred bytes; nothing waits for the answer, and an error (no background yet) is dropped.
 */
export function sendWakeUp(runtime: WakeRuntime, scope: object = globalThis): void {
  const envelope: Envelope = { gapmark: 1, type: 'analysis.warm', payload: {} };
  void runtime.sendMessage(envelope).catch(() => undefined);
  (scope as WakeScope)[WOKEN] = true;
}

/**
 * True when the wake script has sent the wake-up from this page already (a board's top frame). Elsewhere (a site
 * the person granted, a frame) the job script sends it itself.
 */
export function wokenUp(scope: object = globalThis): boolean {
  return (scope as WakeScope)[WOKEN] === true;
}
