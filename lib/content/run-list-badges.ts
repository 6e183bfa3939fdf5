import { createContentMessageListener, sendContentRequest } from '@/lib/messaging/content-messaging';
import type { ListState } from '@/lib/messaging/requests-glance';
import { listBoardFor } from '@/lib/sites/lists';
import { findCards, readCard, type ListBoard } from '@/lib/sites/lists/list-board';
import { yieldToPage } from '@/lib/text/steps';
import { STATUS_LABELS } from '@/lib/saved/status-labels';
import type { WatchContext } from '@/lib/sites/watch-page';
import type { RuntimeLike } from './run-job-page';

// Browser-only: status badges on a board's search list. Each result card of a saved job gets a small badge with
// its status; cards of rejected or archived jobs and of hidden companies are dimmed (never removed). The
// background matches (lib/saved/match-cards.ts); this only reads the cards and paints the answer. With the
// setting off it paints nothing and watches nothing; on, one MutationObserver (throttled) finds new cards.

type Mark = { status: string | null; dim: boolean };

// Inline styles, no stylesheet: a <style> added to a large page costs a style pass of the whole page (about 2 ms
// measured on a real Indeed list), and these are a few elements.
const BADGE_STYLE =
  'display:inline-block;margin:0 6px 2px 0;padding:0 6px;border-radius:9px;font:600 11px/16px system-ui,sans-serif;vertical-align:middle;';
const BADGE_COLOURS: Record<string, string> = {
  applied: 'background:#dcfce7;color:#14532d',
  interviewing: 'background:#dcfce7;color:#14532d',
  offer: 'background:#dcfce7;color:#14532d',
  rejected: 'background:#e5e7eb;color:#374151',
  archived: 'background:#e5e7eb;color:#374151',
};

const THROTTLE_MS = 150;

export function runListBadges({
  ctx,
  window: win,
  runtime,
}: {
  ctx: WatchContext;
  window: Window & typeof globalThis;
  runtime: RuntimeLike;
}) {
  const board: ListBoard | undefined = listBoardFor(win.location.hostname);
  if (!board || win !== win.top) return null;
  const doc = win.document;
  const marks = new Map<Element, Mark>();
  const state: ListState = {
    board: board.id,
    enabled: false,
    cards: 0,
    badged: 0,
    dimmed: 0,
    updateMs: [],
    scanMaxMs: 0,
  };
  let observer: MutationObserver | null = null;
  let timer = 0;
  let queue: Promise<void> = Promise.resolve();

  const cardsOnPage = () => findCards(board, doc);

  function unpaint(card: Element) {
    card.querySelector('gapmark-badge')?.remove();
    if (card.hasAttribute('data-gapmark-dim')) {
      // The page's own inline opacity, kept when the card was dimmed, comes back.
      (card as HTMLElement).style.opacity = card.getAttribute('data-gapmark-dim') ?? '';
      card.removeAttribute('data-gapmark-dim');
    }
  }

  function paint(card: Element, mark: Mark) {
    if (mark.status && !card.querySelector('gapmark-badge')) {
      const badge = doc.createElement('gapmark-badge');
      badge.dataset.status = mark.status;
      badge.style.cssText = BADGE_STYLE + (BADGE_COLOURS[mark.status] ?? 'background:#dbeafe;color:#1e3a8a');
      badge.textContent = (STATUS_LABELS as Record<string, string>)[mark.status] ?? mark.status;
      badge.title = `Gapmark: ${badge.textContent}`;
      const title = board!.title ? card.querySelector(board!.title) : null;
      if (title) title.before(badge);
      else card.prepend(badge);
    }
    const html = card as HTMLElement;
    if (mark.dim && !card.hasAttribute('data-gapmark-dim')) {
      card.setAttribute('data-gapmark-dim', html.style.opacity);
      html.style.setProperty('opacity', '0.45', 'important');
    }
  }

  function count() {
    state.cards = marks.size;
    state.badged = [...marks.values()].filter((m) => m.status).length;
    state.dimmed = [...marks.values()].filter((m) => m.dim).length;
  }

  function stop() {
    observer?.disconnect();
    observer = null;
    win.clearTimeout(timer);
    for (const card of marks.keys()) unpaint(card);
    marks.clear();
    count();
  }

  // One update: read the cards not yet asked about (all of them after a change), ask the background, paint.
  async function update(all: boolean) {
    const started = performance.now();
    const cards = cardsOnPage();
    const fresh = all ? cards : cards.filter((card) => !marks.has(card));
    // A board that re-rendered a card dropped our badge: put it back without asking again.
    if (!all) for (const card of cards) if (marks.has(card)) paint(card, marks.get(card)!);
    if (!fresh.length && state.enabled) {
      state.scanMaxMs = Math.max(state.scanMaxMs, performance.now() - started);
      performance.measure?.('gapmark:later:list', { start: started, end: performance.now() });
      return;
    }
    const payload = fresh.map((card) => readCard(board!, card));
    let spent = performance.now() - started;
    performance.measure?.('gapmark:later:list', { start: started, duration: spent });
    const reply = await sendContentRequest('glance.cards', { cards: payload });
    const painting = performance.now();
    state.enabled = reply.enabled;
    if (!reply.enabled) return stop();
    fresh.forEach((card, i) => {
      const mark = reply.marks[i] ?? { status: null, dim: false };
      const before = marks.get(card);
      // A changed answer repaints the card from scratch (an unchanged one keeps its badge).
      if (before && (before.status !== mark.status || before.dim !== mark.dim)) unpaint(card);
      marks.set(card, mark);
      paint(card, mark);
    });
    for (const card of marks.keys()) if (!card.isConnected) marks.delete(card);
    count();
    observer ??= new win.MutationObserver(() => {
      if (!timer) timer = win.setTimeout(schedule, THROTTLE_MS);
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    spent += performance.now() - painting;
    performance.measure?.('gapmark:later:list', { start: painting, end: performance.now() });
    if (fresh.length) state.updateMs = [...state.updateMs.slice(-99), Math.round(spent * 1000) / 1000];
  }

  function schedule(all = false) {
    timer = 0;
    queue = queue.then(() => update(all)).catch(() => undefined);
  }

  const listener = createContentMessageListener({ 'glance.listState': () => state });
  // Saved jobs, their statuses, hidden companies or the toggle changed: ask again about every card.
  const onChange = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'profile.changed') schedule(true);
    return false;
  };
  runtime.onMessage.addListener(listener);
  runtime.onMessage.addListener(onChange);
  // In a task of its own, after the posting's read (both walk a big search page).
  let invalidated = false;
  void yieldToPage().then(() => {
    if (!invalidated) schedule(true);
  });
  ctx.onInvalidated(() => {
    invalidated = true;
    runtime.onMessage.removeListener(listener);
    runtime.onMessage.removeListener(onChange);
    stop();
  });
  return { getState: () => state };
}
