import { browser } from 'wxt/browser';
import type { PayloadOf, ReplyOf, RequestType } from './protocol';
import { requestSchemas } from './request-schemas';
import { sendRequestWith, type Transport } from './messenger';
import { zodCheck } from './zod-check';

const runtimeTransport: Transport = (envelope) => browser.runtime.sendMessage(envelope);

/** Sends a typed request to the background (or, with a transport, elsewhere) and parses its reply. */
export function sendRequest<T extends RequestType>(
  type: T,
  payload: PayloadOf<T>,
  transport: Transport = runtimeTransport,
): Promise<ReplyOf<T>> {
  return sendRequestWith(requestSchemas, zodCheck, type, payload, transport) as Promise<ReplyOf<T>>;
}

/** Sends a typed request to the content script of one tab. */
export function sendTabRequest<T extends RequestType>(tabId: number, type: T, payload: PayloadOf<T>) {
  return sendRequest(type, payload, (envelope) => browser.tabs.sendMessage(tabId, envelope));
}
