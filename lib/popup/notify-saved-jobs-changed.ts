import { sendRequest } from '@/lib/messaging/client';

/**
 * Asks the background to tell every open tab that saved jobs changed (a status set in the Saved tab), so the
 * chip's "Applied" date and the search-list badges follow. Fire and forget: an edit never fails for it.
 */
export function notifySavedJobsChanged(send: typeof sendRequest = sendRequest): void {
  void send('glance.notifyTabs', {}).catch(() => undefined);
}
