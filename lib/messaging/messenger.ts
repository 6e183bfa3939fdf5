import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { EnvelopeSchema, MessagingError, ReplySchema, type Reply } from './protocol';
import type { RequestDef } from './define-request';

// The protocol's machinery over a given map of request schemas: the background and extension pages use the
// full map (client.ts, server.ts), the content script its own small one (content-messaging.ts).

type Schemas = Record<string, RequestDef>;
type Out<S extends $ZodType> = z.output<S>;
export type Transport = (envelope: unknown) => Promise<unknown>;
export type HandlersFor<M extends Schemas> = {
  [T in keyof M]?: (
    payload: Out<M[T]['payload']>,
    sender: unknown,
  ) => Promise<Out<M[T]['reply']>> | Out<M[T]['reply']>;
};

/** Sends a typed request and parses its reply. */
export async function sendRequestWith<M extends Schemas, T extends keyof M & string>(
  schemas: M,
  type: T,
  payload: Out<M[T]['payload']>,
  transport: Transport,
): Promise<Out<M[T]['reply']>> {
  const raw = await transport({ gapmark: 1, type, payload });
  const reply = z.safeParse(ReplySchema, raw);
  if (!reply.success) throw new MessagingError(`No valid reply to "${type}"`);
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  const data = z.safeParse(schemas[type]!.reply, reply.data.data);
  if (!data.success) throw new MessagingError(`Malformed reply to "${type}": ${data.error.message}`);
  return data.data as Out<M[T]['reply']>;
}

/**
 * Validates an incoming message and runs its handler. Unknown or malformed messages get an error reply; a
 * handler that throws gets its message as the error. Messages that are not ours (no envelope), or ours without
 * a handler here, return null so other listeners may answer them.
 */
export async function handleRequestWith<M extends Schemas>(
  schemas: M,
  message: unknown,
  handlers: HandlersFor<M>,
  sender?: unknown,
): Promise<Reply | null> {
  const envelope = z.safeParse(EnvelopeSchema, message);
  if (!envelope.success) return null;
  const { type, payload } = envelope.data;
  if (!Object.hasOwn(schemas, type)) return { ok: false, error: `Unknown request "${type}"` };
  const handler = handlers[type] as ((p: unknown, s: unknown) => unknown) | undefined;
  if (!handler) return null;
  const parsed = z.safeParse(schemas[type]!.payload, payload);
  if (!parsed.success) return { ok: false, error: `Invalid "${type}" request: ${parsed.error.message}` };
  try {
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A runtime.onMessage listener (sendResponse + `return true`, which Chrome, Firefox and fakeBrowser accept). */
export function createMessageListenerWith<M extends Schemas>(schemas: M, handlers: HandlersFor<M>) {
  return (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    if (!z.safeParse(EnvelopeSchema, message).success) return false;
    const type = (message as { type: string }).type;
    // Not ours to answer here (another context has the handler): stay silent so that one can reply.
    if (Object.hasOwn(schemas, type) && !(handlers as Record<string, unknown>)[type]) return false;
    void handleRequestWith(schemas, message, handlers, sender).then((reply) => {
      sendResponse(reply ?? { ok: false, error: 'No handler for this request here' });
    });
    return true;
  };
}
