import { browser } from 'wxt/browser';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { sendTabRequest } from '@/lib/messaging/client';
import type { ProfileChanged } from '@/lib/messaging/requests-profile';
import type { Handlers } from '@/lib/messaging/server';

/** Tells open tabs that the profile changed; resolves to how many content scripts acknowledged it. */
export type ProfileChangeBroadcaster = (event: ProfileChanged) => Promise<number>;

/**
 * Sends `profile.changed` to every tab. Tabs without our content script (most of them) refuse the message;
 * that is expected and only lowers the count.
 */
export const broadcastProfileChangedToTabs: ProfileChangeBroadcaster = async (event) => {
  const tabs = await browser.tabs.query({});
  const replies = await Promise.allSettled(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [sendTabRequest(tab.id, 'profile.changed', event)])),
  );
  return replies.filter((r) => r.status === 'fulfilled').length;
};

export interface ProfileHandlerOptions {
  broadcast?: ProfileChangeBroadcaster;
  now?: () => number;
}

/**
 * The background's answers to profile requests. Register with
 * `createMessageListener({ ...otherHandlers, ...createProfileHandlers(getDatabase()) })`.
 */
export function createProfileHandlers(db: GapmarkDatabase, options: ProfileHandlerOptions = {}) {
  const broadcast = options.broadcast ?? broadcastProfileChangedToTabs;
  const now = options.now ?? Date.now;
  const repo = createProfileRepository(db);
  return {
    'profile.get': async () => ({ skills: await repo.list() }),
    'profile.notifyChanged': async () => ({ notifiedTabs: await broadcast({ at: now() }) }),
  } satisfies Handlers;
}
