import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendWakeUp, wokenUp } from '@/lib/content/send-wake-up';
import { createMessageListener } from '@/lib/messaging/server';

// The wake script (entrypoints/wake.ts) sends its envelope by hand, to stay a few hundred bytes: the background's
// typed listener must still take it for analysis.warm.

it("sends analysis.warm in the background listener's envelope", async () => {
  fakeBrowser.reset();
  const warmed: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(
    createMessageListener({
      'analysis.warm': (payload: unknown) => {
        warmed.push(payload);
        return Promise.resolve({ awake: true });
      },
    } as never),
  );
  const replies: unknown[] = [];
  sendWakeUp({
    sendMessage: async (message) => {
      const reply = await fakeBrowser.runtime.sendMessage(message);
      replies.push(reply);
      return reply;
    },
  });
  await expect.poll(() => replies.length).toBe(1);
  expect(warmed).toEqual([{}]);
  expect(replies).toEqual([{ ok: true, data: { awake: true } }]);
});

it('drops a failed send (no background to answer yet)', async () => {
  let sent = 0;
  sendWakeUp({
    sendMessage: () => {
      sent += 1;
      return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    },
  });
  // An unhandled rejection would fail the run; let the rejection settle.
  await new Promise((done) => setTimeout(done, 0));
  expect(sent).toBe(1);
});

it("marks the content scripts' global, so the job script sends no second wake-up", () => {
  const scope = {};
  expect(wokenUp(scope)).toBe(false);
  sendWakeUp({ sendMessage: () => Promise.resolve() }, scope);
  expect(wokenUp(scope)).toBe(true);
});
