import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGlanceHandlers } from '@/lib/background/glance-handlers';
import { createJobsHandlers } from '@/lib/background/jobs-handlers';
import { openDatabase } from '@/lib/db/database';
import { declareSchemaVersions } from '@/lib/db/schema-versions';
import { savedJobsToCsv } from '@/lib/export/csv';
import { exportBackup } from '@/lib/export/backup';
import { sendRequest } from '@/lib/messaging/client';
import { createMessageListener } from '@/lib/messaging/server';
import { makeAnalysis, makeSavedJob } from '../saved/saved-job-factory';
import { openTestDatabase } from '../saved/open-test-database';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-12T10:00:00Z');

async function setUp() {
  fakeBrowser.reset();
  const db = await openTestDatabase();
  let now = T0;
  const broadcast = vi.fn(async () => 0);
  fakeBrowser.runtime.onMessage.addListener(
    createMessageListener({
      ...createJobsHandlers(db, { now: () => now }),
      ...createGlanceHandlers(db, { now: () => now, broadcast }),
    }),
  );
  return { db, broadcast, setNow: (at: number) => (now = at) };
}

const URL_A = 'https://jobs.acme.example/backend';
const page = (overrides: Partial<Parameters<typeof sendRequest<'glance.page'>>[1]> = {}) =>
  sendRequest('glance.page', {
    url: URL_A,
    identifier: null,
    title: 'Backend Engineer',
    company: 'Acme',
    datePosted: null,
    postedText: null,
    ...overrides,
  });

describe('glance requests in the background', () => {
  it('records first sight, then says saved and applied dates; the saved job keeps first seen and the date posted', async () => {
    const { db, setNow } = await setUp();
    const first = await page({ postedText: '3 days ago' });
    expect(first).toEqual({
      saved: null,
      lookAlike: null,
      age: 'Posted 9 Nov · first seen 12 Nov',
      reposted: false,
      stale: false,
    });

    setNow(T0 + DAY);
    const { job } = await sendRequest('jobs.save', {
      analysis: makeAnalysis({}, { url: `${URL_A}?utm_source=x` }),
    });
    expect(job).toMatchObject({ firstSeenAt: T0, datePosted: '2026-11-09' });
    setNow(T0 + 2 * DAY);
    await sendRequest('jobs.setStatus', { id: job.id, status: 'applied' });

    setNow(T0 + 40 * DAY);
    const later = await page();
    expect(later.saved).toEqual({ id: job.id, status: 'applied', line: 'Saved 13 Nov · Applied 14 Nov' });
    expect(later.age).toBe('Posted 9 Nov · first seen 12 Nov · posted over 30 days ago');
    expect(later.stale).toBe(true);

    // Exported: CSV "First seen" column and the JSON backup.
    const { jobs } = await sendRequest('jobs.list', {});
    const [header, row] = savedJobsToCsv(jobs)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const columns = header!.split(',').map((cell) => cell.replace(/"/g, ''));
    const cells = row!.match(/"(?:[^"]|"")*"/g)!.map((cell) => cell.slice(1, -1));
    expect(cells[columns.indexOf('First seen')]).toBe(new Date(T0).toISOString());
    expect(cells[columns.indexOf('Date posted')]).toBe('2026-11-09');
    expect(JSON.parse(await exportBackup(db)).savedJobs[0]).toMatchObject({
      firstSeenAt: T0,
      datePosted: '2026-11-09',
    });
  });

  it('recognises a repost: same company, near-identical title, another URL, with a link to the saved one', async () => {
    const { db, setNow } = await setUp();
    await sendRequest('jobs.save', {
      analysis: makeAnalysis({}, { title: 'Senior Backend Engineer', company: 'Acme GmbH', url: URL_A }),
      datePosted: '2026-11-01',
    });
    setNow(T0 + 20 * DAY);
    const repost = await page({
      url: 'https://www.linkedin.com/jobs/view/4000000001/',
      title: 'Sr. Backend Engineer (m/w/d)',
      company: 'ACME',
      datePosted: '2026-11-30',
    });
    expect(repost.saved).toBeNull();
    expect(repost.lookAlike).toMatchObject({
      url: URL_A,
      title: 'Senior Backend Engineer',
      line: 'Looks like a job you saved 12 Nov (saved)',
    });
    expect(repost.reposted).toBe(true);
    expect(repost.age).toBe('Posted 30 Nov · first seen 2 Dec · reposted (first seen 1 Nov)');

    // Another level at the same company is another job: no claim.
    expect((await page({ url: 'https://x.example/2', title: 'Backend Engineer' })).lookAlike).toBeNull();
    // A stored URL that is not http(s) is never offered as a link.
    await db.savedJobs.put(
      makeSavedJob({ url: 'javascript:alert(1)', canonicalUrl: null, title: 'Designer', company: 'Evil' }),
    );
    expect(
      (await page({ url: 'https://x.example/3', title: 'Designer', company: 'Evil' })).lookAlike,
    ).toBeNull();
  });

  it('list cards: marks by job id, and nothing (with enabled false) when the toggle is off', async () => {
    const { broadcast } = await setUp();
    const { job } = await sendRequest('jobs.save', {
      analysis: makeAnalysis({}, { url: 'https://www.linkedin.com/jobs/view/4275929861/' }),
    });
    await sendRequest('jobs.setStatus', { id: job.id, status: 'rejected' });
    const cards = [
      { key: 'linkedin:4275929861', title: null, company: null },
      { key: 'linkedin:1', title: 'Other', company: 'Other' },
    ];
    expect(await sendRequest('glance.cards', { cards })).toEqual({
      enabled: true,
      marks: [
        { status: 'rejected', dim: true },
        { status: null, dim: false },
      ],
    });
    expect(await sendRequest('glance.setListBadges', { enabled: false })).toEqual({ enabled: false });
    expect(broadcast).toHaveBeenCalledTimes(1);
    expect(await sendRequest('glance.notifyTabs', {})).toEqual({ notified: true });
    expect(broadcast).toHaveBeenCalledTimes(2);
    expect(await sendRequest('glance.cards', { cards })).toEqual({ enabled: false, marks: [] });
  });

  it('a version-2 database with saved jobs opens at the current version with its jobs unchanged', async () => {
    const name = `glance-v2-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    declareSchemaVersions(old, 2);
    const job = makeSavedJob();
    await old.open();
    await old.table('savedJobs').put(job);
    old.close();
    const db = await openDatabase(name);
    expect(await db.savedJobs.toArray()).toEqual([job]);
    expect(await db.seenPostings.count()).toBe(0);
    // The backup of a job without firstSeenAt still carries it as it was.
    expect(JSON.parse(await exportBackup(db)).savedJobs[0].firstSeenAt).toBeUndefined();
    db.close();
  });
});
