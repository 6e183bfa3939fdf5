import { createMessageListener } from '@/lib/messaging/server';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
    }),
  );
});
