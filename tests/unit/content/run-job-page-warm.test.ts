import { Window } from 'happy-dom';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runJobPage } from '@/lib/content/run-job-page';
import { createMessageListener } from '@/lib/messaging/server';

// The content script's first message wakes the background (analysis.warm), before the page is read and its
// analysis asked for: a stopped service worker starts while the page is read instead of after.

const POSTING = `<main><h1>Backend Engineer</h1><div class="company">Northwind</div>
<section><h2>Requirements</h2><ul>${'<li>5+ years of Python and PostgreSQL in production systems.</li>'.repeat(6)}</ul></section></main>`;

it('sends analysis.warm first, then the analysis', async () => {
  fakeBrowser.reset();
  const order: string[] = [];
  fakeBrowser.runtime.onMessage.addListener(
    createMessageListener({
      'analysis.warm': () => {
        order.push('warm');
        return Promise.resolve({ awake: true });
      },
      'analysis.run': () => {
        order.push('run');
        return Promise.reject(new Error('no background in this test'));
      },
    } as never),
  );
  const window = new Window({ url: 'https://careers.example.com/jobs/42' });
  window.document.body.innerHTML = POSTING;
  const invalidated: (() => void)[] = [];
  runJobPage({
    ctx: {
      addEventListener: () => undefined,
      setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms) as unknown as number,
      onInvalidated: (cb: () => void) => {
        invalidated.push(cb);
        return () => undefined;
      },
    },
    window: window as unknown as Window & typeof globalThis,
    runtime: fakeBrowser.runtime as never,
  } as never);
  await vi.waitFor(() => expect(order).toContain('warm'));
  expect(order[0]).toBe('warm');
  invalidated.forEach((cb) => cb());
});
