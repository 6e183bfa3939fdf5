import { z } from 'zod';
import { defineRequest } from './define-request';
import { analysisRequests } from './requests-analysis';
import { jobsRequests } from './requests-jobs';
import { pageRequests } from './requests-page';
import { profileRequests } from './requests-profile';

export { defineRequest, type RequestDef } from './define-request';

// One typed protocol for content script, popup and background. Each request type has a schema for its payload
// and one for its reply; both ends parse what they receive, so a malformed or unknown message becomes a clear
// error reply instead of undefined behaviour. Feature areas add their requests in their own file
// (lib/messaging/requests-*.ts, importing `defineRequest` from './define-request' so there is no import cycle)
// and list them in `requestSchemas` below.

export const coreRequests = {
  ping: defineRequest(z.object({}), z.object({ pong: z.literal(true), version: z.string() })),
};

export const requestSchemas = {
  ...coreRequests,
  ...pageRequests,
  ...profileRequests,
  ...jobsRequests,
  ...analysisRequests,
};

export type RequestMap = typeof requestSchemas;
export type RequestType = keyof RequestMap;
export type PayloadOf<T extends RequestType> = z.infer<RequestMap[T]['payload']>;
export type ReplyOf<T extends RequestType> = z.infer<RequestMap[T]['reply']>;

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
