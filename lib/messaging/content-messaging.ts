import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { z as mini } from 'zod/mini';
import type { contentRequests } from './content-requests';
import {
  EmptyPayloadSchema,
  ProfileChangedSchema,
  SavedRefReplySchema,
  SetMarksPayloadSchema,
  SiteSettingReplySchema,
} from './content-schemas';
import { AnalysisRunReplySchema } from './requests-analysis';
import { createMessageListenerWith, sendRequestWith, type HandlersFor } from './messenger';
import type { RequestDef } from './define-request';

// The protocol as the content script speaks it. Types come from the full definitions (lib/messaging/
// content-requests.ts); at run time it parses only what it receives: the payloads of the requests it answers
// and the replies (the fields it reads) of the requests it sends. No other schema, nor Zod classic, lands in
// the bundle that runs on job pages.
type ContentRequests = typeof contentRequests;
type ContentType = keyof ContentRequests;

const notParsedHere = mini.unknown();
const answered = (payload: RequestDef['payload']): RequestDef => ({ payload, reply: notParsedHere });
const sent = (reply: RequestDef['reply']): RequestDef => ({ payload: notParsedHere, reply });

const contentRuntime = {
  'page.getState': answered(EmptyPayloadSchema),
  'page.setMarks': answered(SetMarksPayloadSchema),
  'page.refresh': answered(EmptyPayloadSchema),
  'page.readReport': answered(EmptyPayloadSchema),
  'profile.changed': answered(ProfileChangedSchema),
  'analysis.run': sent(AnalysisRunReplySchema),
  'settings.setSiteEnabled': sent(SiteSettingReplySchema),
  'jobs.save': sent(SavedRefReplySchema),
} satisfies Record<ContentType, RequestDef> as unknown as ContentRequests;

export function sendContentRequest<T extends ContentType>(
  type: T,
  payload: z.output<ContentRequests[T]['payload']>,
): Promise<z.output<ContentRequests[T]['reply']>> {
  return sendRequestWith(contentRuntime, type, payload, (envelope) => browser.runtime.sendMessage(envelope));
}

export const createContentMessageListener = (handlers: HandlersFor<ContentRequests>) =>
  createMessageListenerWith(contentRuntime, handlers);
