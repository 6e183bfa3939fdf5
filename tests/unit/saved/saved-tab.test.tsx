// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SavedTab } from '@/components/saved/SavedTab';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createBackup, serializeBackup } from '@/lib/export/backup';
import { createSavedStore } from '@/lib/store/saved-slice';
import type { SavedJob } from '@/lib/schemas/saved-job';
import { makeMatch, makeRequirement, makeSavedJob } from './saved-job-factory';
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
  vi.restoreAllMocks();
});

/** Waits until `check` stops throwing, letting Dexie's live queries and React settle in between. */
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

const text = () => container.textContent ?? '';
const listText = () => container.querySelector('[role="list"]')?.textContent ?? '';
const button = (label: string | RegExp) => {
  const found = [...container.querySelectorAll('button')].find((b) =>
    typeof label === 'string'
      ? b.textContent === label || b.getAttribute('aria-label') === label
      : label.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`No button ${String(label)}`);
  return found;
};
// Async act also flushes the promise a click starts (e.g. "Add to profile" settling its button state).
const click = (element: HTMLElement) => act(async () => element.click());
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

const kafkaJob = (over: Partial<SavedJob> = {}) =>
  makeSavedJob({
    requirements: [makeRequirement('Kafka'), makeRequirement('PHP')],
    match: makeMatch({ kafka: 'missing', php: 'have' }, 60),
    ...over,
  });

async function mount(jobs: SavedJob[], props: Partial<Parameters<typeof SavedTab>[0]> = {}) {
  const db: GapmarkDatabase = await openTestDatabase();
  await db.savedJobs.bulkPut(jobs);
  const store = createSavedStore();
  act(() => root.render(<SavedTab db={db} store={store} {...props} />));
  await waitFor(() => expect(text()).not.toContain('Loading'));
  return { db, store };
}

describe('SavedTab', () => {
  it('renders only a window of rows for 1,000 saved jobs and moves the window on scroll', async () => {
    const jobs = Array.from({ length: 1000 }, (_, i) =>
      makeSavedJob({ title: `Job ${i}`, savedAt: 1_000_000 - i }),
    );
    await mount(jobs);
    expect(text()).toContain('1000 saved');
    const rows = () => container.querySelectorAll('[role="listitem"]');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(30);
    expect(rows()[0]!.textContent).toContain('Job 0');
    const list = container.querySelector<HTMLElement>('[role="list"]')!;
    act(() => {
      list.scrollTop = 52 * 500;
      list.dispatchEvent(new Event('scroll'));
    });
    expect([...rows()].some((row) => row.textContent?.includes('Job 500'))).toBe(true);
    expect([...rows()].some((row) => row.textContent?.includes('Job 0 '))).toBe(false);
  });

  it('paints the newest jobs before the full list has been read', async () => {
    const db = await openTestDatabase();
    await db.savedJobs.bulkPut(
      Array.from({ length: 100 }, (_, i) => makeSavedJob({ title: `Early ${i}`, savedAt: 1_000 + i })),
    );
    // Hold the full read back, as a slow read of several MB would.
    vi.spyOn(db.savedJobs, 'toArray').mockImplementation(() => new Promise(() => undefined) as never);
    act(() => root.render(<SavedTab db={db} store={createSavedStore()} />));
    await waitFor(() => expect(listText()).toContain('Early 99'));
    expect(text()).toContain('Loading all saved jobs…');
    expect(listText()).not.toContain('Early 0');
    expect(button('CSV').disabled).toBe(true);
  });

  it('filters by status through the store and the status select', async () => {
    const { store } = await mount([
      kafkaJob({ title: 'Alpha', status: 'applied' }),
      kafkaJob({ title: 'Beta' }),
    ]);
    const statusFilter = container.querySelector<HTMLSelectElement>('select[aria-label="Filter by status"]')!;
    await choose(statusFilter, 'applied');
    expect(store.getState().savedQuery.statuses).toEqual(['applied']);
    expect(text()).toContain('1 of 2 shown');
    expect(listText()).toContain('Alpha');
    expect(listText()).not.toContain('Beta');
    act(() => store.getState().setSavedQuery({ statuses: [], search: 'beta' }));
    expect(listText()).toContain('Beta');
    expect(listText()).not.toContain('Alpha');
  });

  it('changes status, then deletes with undo', async () => {
    const job = kafkaJob({ title: 'Gamma' });
    const { db } = await mount([job]);
    await click(button(/Gamma/));
    const status = container.querySelector<HTMLSelectElement>('.gm-saved-detail select')!;
    await choose(status, 'interviewing');
    await waitFor(async () => expect((await db.savedJobs.get(job.id))?.status).toBe('interviewing'));
    await waitFor(() => expect(text()).toContain('Interviewing'));
    expect((await db.savedJobs.get(job.id))!.statusHistory.map((s) => s.status)).toEqual([
      'saved',
      'interviewing',
    ]);

    const notes = container.querySelector<HTMLTextAreaElement>('.gm-saved-detail textarea')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        notes,
        'Spoke to Ana',
      );
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Written without a blur, a moment after typing stops.
    await waitFor(async () => expect((await db.savedJobs.get(job.id))?.notes).toBe('Spoke to Ana'));

    await click(button('Delete'));
    await waitFor(() => expect(text()).toContain('Deleted “Gamma”'));
    expect(await db.savedJobs.count()).toBe(0);
    await click(button('Undo'));
    await waitFor(() => expect(text()).not.toContain('Deleted'));
    expect((await db.savedJobs.get(job.id))?.status).toBe('interviewing');
  });

  it('shows skills missing across jobs and offers to add them to the profile', async () => {
    const onAddToProfile = vi.fn();
    await mount([kafkaJob(), kafkaJob(), makeSavedJob({ match: makeMatch({}, 90) })], { onAddToProfile });
    expect(text()).toContain('Kafka: missing in 2 of 3');
    await click(button('Add Kafka to profile'));
    expect(onAddToProfile).toHaveBeenCalledWith({ skillId: 'kafka', name: 'Kafka', category: 'tool' });
    await waitFor(() => expect(button('Add Kafka to profile').textContent).toBe('Added'));
  });

  it('exports CSV as a download with a BOM', async () => {
    await mount([kafkaJob({ title: 'Zeta, "quoted"' })]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await click(button('CSV'));
    expect(clicked).toHaveBeenCalledTimes(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv).toContain('"Zeta, ""quoted"""');
  });

  it('imports a backup and reports what it did; a bad file changes nothing and says why', async () => {
    const { db } = await mount([]);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = (content: string) =>
      act(() => {
        Object.defineProperty(input, 'files', {
          configurable: true,
          value: [new File([content], 'backup.json')],
        });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });

    await pick('{ broken');
    await waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/not a JSON file/),
    );
    expect(await db.savedJobs.count()).toBe(0);

    const backup = createBackup(
      { profileSkills: [], settings: [], savedJobs: [kafkaJob({ title: 'Imported one' })] },
      0,
    );
    await pick(serializeBackup(backup));
    await waitFor(() => expect(text()).toContain('Saved jobs: 1 added, 0 updated, 0 skipped'));
    await waitFor(() => expect(text()).toContain('Imported one'));
  });
});
