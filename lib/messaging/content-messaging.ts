import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { contentRequests } from './content-requests';
import { createMessageListenerWith, sendRequestWith, type HandlersFor } from './messenger';

// The protocol as the content script speaks it: only its own requests, so no other schema (nor Zod classic)
// lands in the bundle that runs on job pages.
type ContentRequests = typeof contentRequests;
type ContentType = keyof ContentRequests;

export function sendContentRequest<T extends ContentType>(
  type: T,
  payload: z.output<ContentRequests[T]['payload']>,
): Promise<z.output<ContentRequests[T]['reply']>> {
  return sendRequestWith(contentRequests, type, payload, (envelope) => browser.runtime.sendMessage(envelope));
}

export const createContentMessageListener = (handlers: HandlersFor<ContentRequests>) =>
  createMessageListenerWith(contentRequests, handlers);
