import { browser } from 'wxt/browser';
import {
  MessagingError,
  ReplySchema,
  requestSchemas,
  type PayloadOf,
  type ReplyOf,
  type RequestType,
} from './protocol';

type Transport = (envelope: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (envelope) => browser.runtime.sendMessage(envelope);

/** Sends a typed request to the background (or, with a transport, elsewhere) and parses its reply. */
export async function sendRequest<T extends RequestType>(
  type: T,
  payload: PayloadOf<T>,
  transport: Transport = runtimeTransport,
): Promise<ReplyOf<T>> {
  const raw = await transport({ gapmark: 1, type, payload });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessagingError(`No valid reply to "${type}"`);
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  const data = requestSchemas[type].reply.safeParse(reply.data.data);
  if (!data.success) throw new MessagingError(`Malformed reply to "${type}": ${data.error.message}`);
  return data.data as ReplyOf<T>;
}

/** Sends a typed request to the content script of one tab. */
export function sendTabRequest<T extends RequestType>(tabId: number, type: T, payload: PayloadOf<T>) {
  return sendRequest(type, payload, (envelope) => browser.tabs.sendMessage(tabId, envelope));
}
