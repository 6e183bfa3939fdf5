import { z } from 'zod/mini';
import type { output } from 'zod/v4/core';
import type { requestSchemas } from './request-schemas';

export { defineRequest, type RequestDef } from './define-request';

// One typed protocol for content script, popup and background. Each request type has a schema for its payload
// and one for its reply; both ends parse what they receive, so a malformed or unknown message becomes a clear
// error reply instead of undefined behaviour. Feature areas declare their requests in lib/messaging/requests-*.ts
// and lib/messaging/request-schemas.ts lists them all. The content script answers and sends only the requests
// of lib/messaging/content-requests.ts, whose schemas use zod/mini, so its bundle stays small.

export type RequestMap = typeof requestSchemas;
export type RequestType = keyof RequestMap;
export type PayloadOf<T extends RequestType> = output<RequestMap[T]['payload']>;
export type ReplyOf<T extends RequestType> = output<RequestMap[T]['reply']>;

export const EnvelopeSchema = z.object({ gapmark: z.literal(1), type: z.string(), payload: z.unknown() });
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export class MessagingError extends Error {
  override name = 'MessagingError';
}
