import { createMessageListener } from '@/lib/messaging/server';
import { watchGrantedSites } from '@/lib/background/site-access';

export default defineBackground(() => {
  watchGrantedSites();
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
    }),
  );
});
