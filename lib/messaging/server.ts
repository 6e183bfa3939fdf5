import {
  EnvelopeSchema,
  requestSchemas,
  type PayloadOf,
  type ReplyOf,
  type Reply,
  type RequestType,
} from './protocol';

export type Handlers = {
  [T in RequestType]?: (payload: PayloadOf<T>, sender: unknown) => Promise<ReplyOf<T>> | ReplyOf<T>;
};

/**
 * Validates an incoming message and runs its handler. Unknown or malformed messages get an error reply; a
 * handler that throws gets its message as the error. Messages that are not ours (no envelope) return null so
 * other listeners may answer them.
 */
export async function handleRequest(
  message: unknown,
  handlers: Handlers,
  sender?: unknown,
): Promise<Reply | null> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return null;
  const { type, payload } = envelope.data;
  if (!Object.hasOwn(requestSchemas, type)) return { ok: false, error: `Unknown request "${type}"` };
  const handler = handlers[type as RequestType] as ((p: unknown, s: unknown) => unknown) | undefined;
  if (!handler) return null;
  const parsed = requestSchemas[type as RequestType].payload.safeParse(payload);
  if (!parsed.success) return { ok: false, error: `Invalid "${type}" request: ${parsed.error.message}` };
  try {
    const data = await handler(parsed.data, sender);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A runtime.onMessage listener that answers our requests (sendResponse + `return true`, as Chrome and fakeBrowser both accept). */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    if (!EnvelopeSchema.safeParse(message).success) return false;
    void handleRequest(message, handlers, sender).then((reply) => {
      sendResponse(reply ?? { ok: false, error: 'No handler for this request here' });
    });
    return true;
  };
}
