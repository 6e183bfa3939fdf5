import type { ExtensionSession } from './launch';

/**
 * Stops the extension's service worker on demand through the DevTools protocol (ServiceWorker.stopAllWorkers,
 * sent from one of the extension's own pages, which reaches its worker) and waits until it reports "stopped":
 * the next message to the background then pays a cold start, as after Chrome's 30 s idle stop. Chromium only.
 */
export async function createServiceWorkerStopper(session: ExtensionSession) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const cdp = await session.context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const running = () => [...status.values()].filter((s) => s !== 'stopped');
  return {
    async stop(): Promise<void> {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 5000;
      while (running().length > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
      if (running().length > 0) throw new Error(`the service worker did not stop (${running().join(', ')})`);
    },
    close: () => page.close(),
  };
}
