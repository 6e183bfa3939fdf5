import type { output } from 'zod/v4/core';
import type { requestSchemas } from './request-schemas';

export { defineRequest, type RequestDef } from './define-request';

// One typed protocol for content script, popup and background. Each request type has a schema for its payload
// and one for its reply; both ends check what they receive, so a malformed or unknown message becomes a clear
// error reply instead of undefined behaviour. Feature areas declare their requests in lib/messaging/requests-*.ts
// and lib/messaging/request-schemas.ts lists them all. The content script answers and sends only the requests
// of lib/messaging/content-requests.ts, which it checks with plain guards (content-messaging.ts), so its bundle carries no Zod.

export type RequestMap = typeof requestSchemas;
export type RequestType = keyof RequestMap;
export type PayloadOf<T extends RequestType> = output<RequestMap[T]['payload']>;
export type ReplyOf<T extends RequestType> = output<RequestMap[T]['reply']>;

/** What travels: `{ gapmark: 1, type, payload }` (checked in messenger.ts). */
export interface Envelope {
  gapmark: 1;
  type: string;
  payload: unknown;
}

export type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export class MessagingError extends Error {
  override name = 'MessagingError';
}
