import { sendRequest } from '@/lib/messaging/client';

/**
 * Asks the background to tell every open tab that the profile changed (the popup's writes go straight to
 * Dexie, which other extension pages see through useLiveQuery, but content scripts do not). Fire and forget:
 * a background that cannot be reached must not make an edit fail.
 */
export function notifyProfileChanged(send: typeof sendRequest = sendRequest): void {
  void send('profile.notifyChanged', {}).catch(() => undefined);
}
