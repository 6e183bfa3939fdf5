import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import type { contentRequests } from './content-requests';
import { createMessageListenerWith, sendRequestWith, type Check, type HandlersFor } from './messenger';
import { any, arrayOf, bool, isRecord, nullable, num, optional, shape, str, type Guard } from './guard';

// The protocol as the content script speaks it. Types come from the full definitions (lib/messaging/
// content-requests.ts, Zod schemas the background and popup parse with); at run time the content script checks
// what it receives with plain guards: the payloads of the requests it answers, and in the replies of the
// requests it sends the fields it reads. No Zod lands in the bundle that runs on job pages (30 KB gzip budget).
type ContentRequests = typeof contentRequests;
type ContentType = keyof ContentRequests;

const mention = shape({ start: num, end: num });
const analysis = shape({
  isJobPosting: bool,
  requirements: arrayOf(
    shape({ id: str, skill: str, importance: str, group: nullable(str), mentions: arrayOf(mention) }),
  ),
  groups: arrayOf(shape({ id: str, requirementIds: arrayOf(str) })),
});
const match = shape({
  score: nullable(num),
  reason: str,
  required: shape({ total: num }),
  verdicts: arrayOf(shape({ requirementId: str, verdict: str, importance: optional(str) })),
  groups: optional(arrayOf(shape({ groupId: str, verdict: str }))),
});
const savedRef = shape({ id: str, status: str });

const answered = (payload: Guard) => ({ payload, reply: any });
const sent = (reply: Guard) => ({ payload: any, reply });
const contentRuntime = {
  'page.getState': answered(isRecord),
  'page.setMarks': answered(shape({ enabled: bool })),
  'page.refresh': answered(isRecord),
  'page.readReport': answered(isRecord),
  'profile.changed': answered(shape({ at: num })),
  'analysis.run': sent(
    shape({
      analysis,
      match,
      siteEnabled: bool,
      saved: nullable(savedRef),
      analyzeMs: num,
      dealbreakers: optional(arrayOf(str)),
      profileSkills: optional(num),
    }),
  ),
  'analysis.warm': sent(shape({ awake: bool })),
  'settings.setSiteEnabled': sent(shape({ disabledSites: arrayOf(str) })),
  'jobs.save': sent(shape({ job: savedRef, created: bool })),
  'welcome.open': sent(shape({ opened: bool })),
  'glance.page': sent(
    shape({
      saved: nullable(shape({ line: str })),
      lookAlike: nullable(shape({ url: str, line: str })),
      age: nullable(str),
    }),
  ),
  'glance.cards': sent(shape({ enabled: bool, marks: arrayOf(shape({ status: nullable(str), dim: bool })) })),
  'glance.listState': answered(isRecord),
} satisfies Record<ContentType, { payload: Guard; reply: Guard }> as unknown as ContentRequests;

const guardCheck: Check = (guard, value) =>
  (guard as Guard)(value) ? { ok: true, data: value } : { ok: false, error: 'not the expected shape' };

export function sendContentRequest<T extends ContentType>(
  type: T,
  payload: z.output<ContentRequests[T]['payload']>,
): Promise<z.output<ContentRequests[T]['reply']>> {
  return sendRequestWith(contentRuntime, guardCheck, type, payload, (envelope) =>
    browser.runtime.sendMessage(envelope),
  );
}

export const createContentMessageListener = (handlers: HandlersFor<ContentRequests>) =>
  createMessageListenerWith(contentRuntime, guardCheck, handlers);

/** The guards, for their tests. */
export const contentGuards = contentRuntime as unknown as Record<
  ContentType,
  { payload: Guard; reply: Guard }
>;
