export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping') {
      sendResponse({ ok: true, type: 'pong' });
      return true;
    }
    return false;
  });
});
