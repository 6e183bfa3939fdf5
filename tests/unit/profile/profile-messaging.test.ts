import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcastProfileChangedToTabs, createProfileHandlers } from '@/lib/background/profile-handlers';
import { openDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { sendRequest } from '@/lib/messaging/client';
import { createMessageListener, handleRequest } from '@/lib/messaging/server';
import { notifyProfileChanged } from '@/lib/profile/notify-profile-changed';

let counter = 0;
async function setUp() {
  const db = await openDatabase(`gapmark-messaging-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  const broadcast = vi.fn(async () => 2);
  const handlers = createProfileHandlers(db, { broadcast, now: () => 42 });
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(createMessageListener(handlers));
  return { db, broadcast, handlers };
}

describe('profile requests', () => {
  it('profile.get answers the stored profile through the runtime, parsed on both ends', async () => {
    const { db } = await setUp();
    await createProfileRepository(db).add({
      skillId: 'kubernetes',
      name: 'Kubernetes',
      category: 'devops',
      level: 'strong',
      years: 3,
      lastUsed: 2025,
      notes: '',
      custom: false,
    });
    const reply = await sendRequest('profile.get', {});
    expect(reply.skills.map((s) => [s.skillId, s.level])).toEqual([['kubernetes', 'strong']]);
  });

  it('profile.notifyChanged broadcasts profile.changed with a time and reports the count', async () => {
    const { broadcast } = await setUp();
    await expect(sendRequest('profile.notifyChanged', {})).resolves.toEqual({ notifiedTabs: 2 });
    expect(broadcast).toHaveBeenCalledWith({ at: 42 });
  });

  it('notifyProfileChanged sends the request and swallows an unreachable background', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    expect(() => notifyProfileChanged(send as never)).not.toThrow();
    expect(send).toHaveBeenCalledWith('profile.notifyChanged', {});
  });

  it.each([
    [{ gapmark: 1, type: 'profile.get', payload: null }, 'Invalid "profile.get" request'],
    [{ gapmark: 1, type: 'profile.changed', payload: { at: 'now' } }, 'Invalid "profile.changed" request'],
    [{ gapmark: 1, type: 'profile.put', payload: {} }, 'Unknown request "profile.put"'],
  ])('refuses malformed or unknown profile messages: %j', async (message, error) => {
    const reply = await handleRequest(message, {
      'profile.get': async () => ({ skills: [] }),
      'profile.changed': () => ({ received: true as const }),
    });
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toContain(error);
  });

  it('the content script side answers profile.changed', async () => {
    fakeBrowser.reset();
    const seen = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(
      createMessageListener({
        'profile.changed': (event) => {
          seen(event.at);
          return { received: true as const };
        },
      }),
    );
    await expect(sendRequest('profile.changed', { at: 7 })).resolves.toEqual({ received: true });
    expect(seen).toHaveBeenCalledWith(7);
  });

  it('the client refuses a malformed profile.get reply', async () => {
    await expect(
      sendRequest('profile.get', {}, async () => ({ ok: true, data: { skills: [{ skillId: 'x' }] } })),
    ).rejects.toThrow(/Malformed reply to "profile.get"/);
  });

  it('broadcasts profile.changed to every tab and counts the content scripts that answered', async () => {
    fakeBrowser.reset();
    const answering = await fakeBrowser.tabs.create({ url: 'https://jobs.lever.co/acme/1' });
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      sent.push(message);
      if (tabId !== answering.id)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: { received: true } };
    }) as never);
    const tabs = await fakeBrowser.tabs.query({});
    expect(await broadcastProfileChangedToTabs({ at: 9 })).toBe(1);
    expect(sent).toHaveLength(tabs.length);
    expect(sent[0]).toEqual({ gapmark: 1, type: 'profile.changed', payload: { at: 9 } });
    vi.restoreAllMocks();
  });
});
