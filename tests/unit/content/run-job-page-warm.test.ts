import { Window } from 'happy-dom';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runJobPage } from '@/lib/content/run-job-page';
import { sendWakeUp } from '@/lib/content/send-wake-up';
import { createMessageListener } from '@/lib/messaging/server';

// The content script's first message wakes the background (analysis.warm), before the page is read and its
// analysis asked for: a stopped service worker starts while the page is read instead of after.

const POSTING = `<main><h1>Backend Engineer</h1><div class="company">Northwind</div>
<section><h2>Responsibilities</h2><p>${'Build and run the services behind our full-time platform team. '.repeat(4)}</p>
<h2>Requirements</h2><ul>${'<li>5+ years of Python and PostgreSQL in production systems.</li>'.repeat(6)}</ul>
<h2>Benefits</h2><p>${'A salary in the top band and a budget for training. '.repeat(3)}</p></section>
<a href="/apply">Apply now</a></main>`;

function startPage(order: string[]): () => void {
  fakeBrowser.reset();
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
  return () => invalidated.forEach((cb) => cb());
}

it('sends analysis.warm first, then the analysis', async () => {
  const order: string[] = [];
  const stop = startPage(order);
  await vi.waitFor(() => expect(order).toContain('run'));
  expect(order).toEqual(['warm', 'run']);
  stop();
});

// A board's wake script (entrypoints/wake.ts) shares the job script's global and sent the wake-up as the page
// started loading: the job script sends the analysis only.
it('sends no second analysis.warm from a page the wake script woke', async () => {
  const scope = globalThis as { __gapmarkWokenUp?: boolean };
  sendWakeUp({ sendMessage: () => Promise.resolve() });
  try {
    const order: string[] = [];
    const stop = startPage(order);
    await vi.waitFor(() => expect(order).toContain('run'));
    expect(order).toEqual(['run']);
    stop();
  } finally {
    delete scope.__gapmarkWokenUp;
  }
});
