import { sendWakeUp } from '@/lib/content/send-wake-up';

// The earliest a page can wake a stopped service worker: the job script reads the page only at document_idle.
// An unlisted script (no WXT content-script context: a few hundred bytes) that wxt.config.ts declares as a
// content script at document_start, top frame only, on the same boards as the job script.
export default defineUnlistedScript(() => {
  sendWakeUp(browser.runtime as never);
});
