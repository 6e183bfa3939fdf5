// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SavedTab } from '@/components/saved/SavedTab';
import type { GapmarkDatabase } from '@/lib/db/database';
import { cardAge, neighbourStatus, nextStep } from '@/lib/saved/board-card';
import { DAY_MS } from '@/lib/saved/reminders';
import { createSavedStore } from '@/lib/store/saved-slice';
import type { SavedJob } from '@/lib/schemas/saved-job';
import { makeSavedJob } from './saved-job-factory';
import { openTestDatabase } from './open-test-database';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function waitFor(check: () => void | Promise<void>, timeoutMs = 4000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

const card = (id: string) => container.querySelector<HTMLElement>(`[data-job-id="${id}"]`);
const columnOf = (id: string) => card(id)?.closest('section')?.getAttribute('data-status');

async function mountBoard(jobs: SavedJob[], props: Partial<Parameters<typeof SavedTab>[0]> = {}) {
  const db: GapmarkDatabase = await openTestDatabase();
  await db.savedJobs.bulkPut(jobs);
  const store = createSavedStore();
  store.getState().setSavedView('board');
  act(() => root.render(<SavedTab db={db} store={store} layout="page" {...props} />));
  await waitFor(() => expect(card(jobs[0]!.id)).not.toBeNull());
  return db;
}

describe('the board view', () => {
  it('shows one column per status with each card in its own', async () => {
    await mountBoard([makeSavedJob({ id: 'a' }), makeSavedJob({ id: 'b', status: 'interviewing' })]);
    const titles = [...container.querySelectorAll('.gm-board-title')].map((h) => h.firstChild?.textContent);
    expect(titles).toEqual(['Saved', 'Applied', 'Interviewing', 'Offer', 'Rejected', 'Archived']);
    expect(columnOf('a')).toBe('saved');
    expect(columnOf('b')).toBe('interviewing');
  });

  it('moves a card with the arrow keys, records it in the status history, and keeps the focus on it', async () => {
    const onReminderSet = vi.fn();
    const onRemindersChanged = vi.fn();
    const db = await mountBoard([makeSavedJob({ id: 'a', title: 'Backend' })], {
      onReminderSet,
      onRemindersChanged,
    });
    card('a')!.focus();
    act(() => {
      card('a')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    await waitFor(() => expect(columnOf('a')).toBe('applied'));
    const stored = await db.savedJobs.get('a');
    expect(stored?.statusHistory.map((c) => c.status)).toEqual(['saved', 'applied']);
    expect(stored?.followUpAt).toBeGreaterThan(Date.now());
    expect(onReminderSet).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onRemindersChanged).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.activeElement).toBe(card('a')));
    expect(container.textContent).toContain('Moved “Backend” to Applied');
    // ← moves it back, recorded too.
    act(() => {
      card('a')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    await waitFor(() => expect(columnOf('a')).toBe('saved'));
  });

  it('moves a card dropped on another column', async () => {
    const db = await mountBoard([makeSavedJob({ id: 'a' })]);
    const target = container.querySelector<HTMLElement>('section[data-status="offer"]')!;
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      dropEffect: 'none',
      effectAllowed: 'all',
    };
    const fire = (element: HTMLElement, type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      element.dispatchEvent(event);
    };
    act(() => {
      fire(card('a')!, 'dragstart');
      fire(target, 'dragover');
      fire(target, 'drop');
    });
    await waitFor(() => expect(columnOf('a')).toBe('offer'));
    expect((await db.savedJobs.get('a'))?.statusHistory.map((c) => c.status)).toEqual(['saved', 'offer']);
  });

  it('lists what is due above the board', async () => {
    await mountBoard([
      makeSavedJob({ id: 'a', title: 'Due one', status: 'applied', followUpAt: Date.now() - DAY_MS }),
      makeSavedJob({ id: 'b', title: 'Later one', status: 'applied', followUpAt: Date.now() + DAY_MS }),
    ]);
    const due = container.querySelector('.gm-due')?.textContent ?? '';
    expect(due).toContain('Follow up (1)');
    expect(due).toContain('Due one');
    expect(due).not.toContain('Later one');
  });
});

describe('card texts', () => {
  const NOW = Date.UTC(2026, 11, 3, 12);
  const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it('gives the age from the posting date, else from saving', () => {
    expect(cardAge(makeSavedJob({ datePosted: '2026-11-20' }), NOW)).toBe('Posted 13 days ago');
    expect(cardAge(makeSavedJob({ savedAt: NOW - DAY_MS }), NOW)).toBe('Saved 1 day ago');
    expect(cardAge(makeSavedJob({ savedAt: NOW, datePosted: 'soon' }), NOW)).toBe('Saved today');
  });

  it('gives the follow-up as the next step, due or ahead, else the status step', () => {
    expect(nextStep(makeSavedJob({ status: 'applied', followUpAt: NOW - 1 }), NOW, date)).toEqual({
      text: 'Follow up now (since 2026-12-03)',
      due: true,
    });
    expect(nextStep(makeSavedJob({ status: 'applied', followUpAt: NOW + DAY_MS }), NOW, date)).toEqual({
      text: 'Follow up 2026-12-04',
      due: false,
    });
    expect(nextStep(makeSavedJob({ status: 'saved' }), NOW, date)?.text).toBe('Apply');
    expect(nextStep(makeSavedJob({ status: 'rejected', followUpAt: NOW }), NOW, date)).toBeNull();
  });

  it('finds the neighbouring column, none past either end', () => {
    const order = ['saved', 'applied', 'offer'] as const;
    expect(neighbourStatus(order, 'saved', 1)).toBe('applied');
    expect(neighbourStatus(order, 'saved', -1)).toBeNull();
    expect(neighbourStatus(order, 'offer', 1)).toBeNull();
  });
});
