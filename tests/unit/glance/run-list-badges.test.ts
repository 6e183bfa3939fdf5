import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runListBadges } from '@/lib/content/run-list-badges';
import { createMessageListener } from '@/lib/messaging/server';
import type { JobStatus } from '@/lib/schemas/job-status';

// The content script's list badges against a fake background: badges and dimming from its answer, and with
// the setting off no badge and no MutationObserver at all.

const LIST = `<ul>
  <li data-occludable-job-id="4000000001"><div class="artdeco-entity-lockup__title"><strong>Backend Engineer</strong></div><div class="artdeco-entity-lockup__subtitle">Acme</div></li>
  <li data-occludable-job-id="4000000002" style="opacity: 0.9"><div class="artdeco-entity-lockup__title"><strong>Data Engineer</strong></div><div class="artdeco-entity-lockup__subtitle">Beta</div></li>
  <li data-occludable-job-id="4000000003"><div class="artdeco-entity-lockup__title"><strong>Designer</strong></div></li>
</ul>`;

async function start(enabled: boolean, marks: { status: JobStatus | null; dim: boolean }[]) {
  fakeBrowser.reset();
  const cards = vi.fn();
  fakeBrowser.runtime.onMessage.addListener(
    createMessageListener({
      'glance.cards': async ({ cards: sent }) => {
        cards(sent);
        return { enabled, marks: enabled ? marks.slice(0, sent.length) : [] };
      },
    }),
  );
  const window = new Window({ url: 'https://www.linkedin.com/jobs/search/?keywords=x' });
  window.document.body.innerHTML = LIST;
  const observers = vi.spyOn(window, 'MutationObserver');
  const invalidated: (() => void)[] = [];
  const ctx = {
    addEventListener: () => undefined,
    setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms) as unknown as number,
    onInvalidated: (cb: () => void) => {
      invalidated.push(cb);
      return () => undefined;
    },
  };
  const run = runListBadges({
    ctx,
    window: window as unknown as Window & typeof globalThis,
    runtime: fakeBrowser.runtime as never,
  } as never)!;
  await vi.waitFor(() => expect(cards).toHaveBeenCalled());
  await new Promise((done) => setTimeout(done, 20));
  return {
    window,
    doc: window.document,
    cards,
    observers,
    run,
    stop: () => invalidated.forEach((cb) => cb()),
  };
}

describe('runListBadges', () => {
  it('badges saved cards and dims a rejected one; sends the job ids', async () => {
    const { doc, cards, observers, run, stop } = await start(true, [
      { status: 'applied', dim: false },
      { status: 'rejected', dim: true },
      { status: null, dim: false },
    ]);
    expect(cards.mock.calls[0]![0]).toEqual([
      { key: 'linkedin:4000000001', title: null, company: 'Acme' },
      { key: 'linkedin:4000000002', title: null, company: 'Beta' },
      { key: 'linkedin:4000000003', title: null, company: null },
    ]);
    const items = [...doc.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('gapmark-badge')?.textContent ?? null)).toEqual([
      'Applied',
      'Rejected',
      null,
    ]);
    expect(items[1]!.getAttribute('style')).toContain('opacity: 0.45 !important');
    expect(items).toHaveLength(3); // dimmed, never removed
    expect(observers).toHaveBeenCalledTimes(1);
    expect(run.getState()).toMatchObject({ enabled: true, cards: 3, badged: 2, dimmed: 1 });

    // Gone cleanly: badges removed and the page's own opacity back.
    stop();
    expect(doc.querySelectorAll('gapmark-badge')).toHaveLength(0);
    expect(items[1]!.hasAttribute('data-gapmark-dim')).toBe(false);
    expect((items[1] as unknown as HTMLElement).style.opacity).toBe('0.9');
  });

  it('with the setting off: nothing painted and no observer', async () => {
    const { doc, observers, run, stop } = await start(false, []);
    expect(doc.querySelectorAll('gapmark-badge, [data-gapmark-dim]')).toHaveLength(0);
    expect(observers).not.toHaveBeenCalled();
    expect(run.getState()).toMatchObject({ enabled: false, cards: 0 });
    stop();
  });

  it('does nothing on a site without a list board', () => {
    const window = new Window({ url: 'https://boards.greenhouse.io/acme' });
    expect(
      runListBadges({
        ctx: { addEventListener: () => undefined, setTimeout: () => 0, onInvalidated: () => () => undefined },
        window: window as unknown as Window & typeof globalThis,
        runtime: fakeBrowser.runtime as never,
      } as never),
    ).toBeNull();
  });
});
