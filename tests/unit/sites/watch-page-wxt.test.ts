// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage, type WatchWindow } from '@/lib/sites/watch-page';
import type { PageReading } from '@/lib/sites';

// The same watcher with WXT's real ContentScriptContext (as the content script passes it), real timers.
const LONG =
  'We build logistics software. You will design services in Python and Go, run them on Kubernetes. ';
const job = (title: string) =>
  `<div class="pane"><h1 class="job-details-jobs-unified-top-card__job-title">${title}</h1>` +
  `<div id="job-details"><p>${title}: ${LONG.repeat(3)}</p></div></div>`;

describe('watchPage with a WXT ContentScriptContext', () => {
  it('re-reads after the container is replaced, and stops when the context is invalidated', async () => {
    const win = new Window({
      url: 'https://www.linkedin.com/jobs/view/1/',
      settings: { disableJavaScriptEvaluation: true },
    });
    win.document.body.innerHTML = job('Backend Engineer');
    const ctx = new ContentScriptContext('job');
    const onChange = vi.fn<(reading: PageReading) => void>();
    const watch = watchPage({ ctx, window: win as unknown as WatchWindow, onChange, debounceMs: 5 });
    expect(watch.watching).toBe(true);

    win.document.querySelector('.pane')!.outerHTML = job('Data Engineer');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 2000, interval: 10 });
    expect(onChange.mock.lastCall?.[0].posting.title).toBe('Data Engineer');

    ctx.abort();
    expect(ctx.isInvalid).toBe(true);
    expect(watch.watching).toBe(false);
  });
});
