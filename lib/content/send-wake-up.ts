import type { Envelope } from '@/lib/messaging/protocol';

/** The part of `browser.runtime` the wake-up uses. */
export interface WakeRuntime {
  sendMessage(message: Envelope): Promise<unknown>;
}

/**
 * Sends analysis.warm as the page starts loading (the wake entrypoint, at document_start): a stopped service
 * worker starts, evaluates its modules and reads its stored values while the page loads, before the job
 * script reads the page at document_idle. The raw envelope, not content-messaging's typed sender, keeps this
 * script a few hundred bytes; nothing waits for the answer, and an error (no background yet) is dropped.
 */
export function sendWakeUp(runtime: WakeRuntime): void {
  const envelope: Envelope = { gapmark: 1, type: 'analysis.warm', payload: {} };
  void runtime.sendMessage(envelope).catch(() => undefined);
}
