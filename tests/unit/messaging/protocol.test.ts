import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendRequest } from '@/lib/messaging/client';
import { createMessageListener, handleRequest } from '@/lib/messaging/server';

describe('messaging protocol', () => {
  it('answers a valid request through the runtime', async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(
      createMessageListener({ ping: () => ({ pong: true, version: '9' }) }),
    );
    await expect(sendRequest('ping', {})).resolves.toEqual({ pong: true, version: '9' });
  });

  it.each([
    [{ gapmark: 1, type: 'nope', payload: {} }, 'Unknown request "nope"'],
    [{ gapmark: 1, type: 'ping', payload: 'x' }, 'Invalid "ping" request'],
  ])('refuses %j with an error reply', async (message, error) => {
    const reply = await handleRequest(message, { ping: () => ({ pong: true, version: '1' }) });
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toContain(error);
  });

  it('ignores messages that are not ours', async () => {
    expect(await handleRequest({ hello: 1 }, {})).toBeNull();
  });

  it('turns a throwing handler into an error reply', async () => {
    const reply = await handleRequest(
      { gapmark: 1, type: 'ping', payload: {} },
      {
        ping: () => {
          throw new Error('boom');
        },
      },
    );
    expect(reply).toEqual({ ok: false, error: 'boom' });
  });

  it('rejects a malformed reply on the client side', async () => {
    await expect(sendRequest('ping', {}, async () => ({ ok: true, data: { pong: 'yes' } }))).rejects.toThrow(
      /Malformed reply/,
    );
  });
});
