import type { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { MessagingError, type Reply } from './protocol';
import type { RequestDef } from './define-request';

// The protocol's machinery over a given map of request schemas and a way to check values against them: the
// background and extension pages use the full map with Zod (client.ts, server.ts, zod-check.ts), the content
// script its own small map with plain guards (content-messaging.ts), so no Zod lands in its bundle.

type Schemas = Record<string, RequestDef>;
type Out<S extends $ZodType> = z.output<S>;
export type Transport = (envelope: unknown) => Promise<unknown>;
export type HandlersFor<M extends Schemas> = {
  [T in keyof M]?: (
    payload: Out<M[T]['payload']>,
    sender: unknown,
  ) => Promise<Out<M[T]['reply']>> | Out<M[T]['reply']>;
};

/** Checks a value against one schema of the map: the parsed value, or why it does not fit. */
export type Check = (
  schema: unknown,
  value: unknown,
) => { ok: true; data: unknown } | { ok: false; error: string };

/** Our envelope: `{ gapmark: 1, type, payload }`. */
const isEnvelope = (message: unknown): message is { gapmark: 1; type: string; payload?: unknown } =>
  typeof message === 'object' &&
  message !== null &&
  (message as { gapmark?: unknown }).gapmark === 1 &&
  typeof (message as { type?: unknown }).type === 'string';

/** A reply: `{ ok: true, data }` or `{ ok: false, error }`. */
const asReply = (raw: unknown): Reply | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const reply = raw as { ok?: unknown; data?: unknown; error?: unknown };
  if (reply.ok === true) return { ok: true, data: reply.data };
  if (reply.ok === false && typeof reply.error === 'string') return { ok: false, error: reply.error };
  return null;
};

/** Sends a typed request and parses its reply. */
export async function sendRequestWith<M extends Schemas, T extends keyof M & string>(
  schemas: M,
  check: Check,
  type: T,
  payload: Out<M[T]['payload']>,
  transport: Transport,
): Promise<Out<M[T]['reply']>> {
  const raw = await transport({ gapmark: 1, type, payload });
  const reply = asReply(raw);
  if (!reply) throw new MessagingError(`No valid reply to "${type}"`);
  if (!reply.ok) throw new MessagingError(reply.error);
  const data = check(schemas[type]!.reply, reply.data);
  if (!data.ok) throw new MessagingError(`Malformed reply to "${type}": ${data.error}`);
  return data.data as Out<M[T]['reply']>;
}

/**
 * Validates an incoming message and runs its handler. Unknown or malformed messages get an error reply; a
 * handler that throws gets its message as the error. Messages that are not ours (no envelope), or ours without
 * a handler here, return null so other listeners may answer them.
 */
export async function handleRequestWith<M extends Schemas>(
  schemas: M,
  check: Check,
  message: unknown,
  handlers: HandlersFor<M>,
  sender?: unknown,
): Promise<Reply | null> {
  if (!isEnvelope(message)) return null;
  const { type, payload } = message;
  if (!Object.hasOwn(schemas, type)) return { ok: false, error: `Unknown request "${type}"` };
  const handler = handlers[type] as ((p: unknown, s: unknown) => unknown) | undefined;
  if (!handler) return null;
  const parsed = check(schemas[type]!.payload, payload);
  if (!parsed.ok) return { ok: false, error: `Invalid "${type}" request: ${parsed.error}` };
  try {
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A runtime.onMessage listener (sendResponse + `return true`, which Chrome, Firefox and fakeBrowser accept). */
export function createMessageListenerWith<M extends Schemas>(
  schemas: M,
  check: Check,
  handlers: HandlersFor<M>,
) {
  return (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    if (!isEnvelope(message)) return false;
    const type = message.type;
    // Not ours to answer here (another context has the handler): stay silent so that one can reply.
    if (Object.hasOwn(schemas, type) && !(handlers as Record<string, unknown>)[type]) return false;
    void handleRequestWith(schemas, check, message, handlers, sender).then((reply) => {
      sendResponse(reply ?? { ok: false, error: 'No handler for this request here' });
    });
    return true;
  };
}
