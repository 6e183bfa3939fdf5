import type { PayloadOf, Reply, ReplyOf, RequestType } from './protocol';
import { requestSchemas } from './request-schemas';
import { createMessageListenerWith, handleRequestWith } from './messenger';
import { zodCheck } from './zod-check';

export type Handlers = {
  [T in RequestType]?: (payload: PayloadOf<T>, sender: unknown) => Promise<ReplyOf<T>> | ReplyOf<T>;
};

/** Validates an incoming message against the whole protocol and runs its handler (see handleRequestWith). */
export function handleRequest(message: unknown, handlers: Handlers, sender?: unknown): Promise<Reply | null> {
  return handleRequestWith(requestSchemas, zodCheck, message, handlers, sender);
}

/** A runtime.onMessage listener answering the requests these handlers cover. */
export function createMessageListener(handlers: Handlers) {
  return createMessageListenerWith(requestSchemas, zodCheck, handlers);
}
