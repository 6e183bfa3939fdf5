import { describe, expect, it, vi } from 'vitest';
import { createSavedJobsRepository, SavedJobNotFoundError } from '@/lib/db/saved-jobs-repo';
import { makeAnalysis, makeMatch } from './saved-job-factory';
import { openTestDatabase } from './open-test-database';

async function setUp() {
  const db = await openTestDatabase();
  let clock = 1_000;
  let ids = 0;
  const onChange = vi.fn();
  const repo = createSavedJobsRepository(db, { now: () => clock, newId: () => `id-${++ids}`, onChange });
  return { db, repo, onChange, tick: (ms = 1) => (clock += ms) };
}

describe('saved jobs repository', () => {
  it('saves a job and finds it by its page URL', async () => {
    const { repo, onChange } = await setUp();
    const { job, created } = await repo.save({ analysis: makeAnalysis(), match: makeMatch({ php: 'have' }) });
    expect(created).toBe(true);
    expect(await repo.list()).toEqual([job]);
    expect(await repo.find({ url: 'https://jobs.acme.example/backend/?utm_source=mail#x' })).toEqual(job);
    expect(await repo.find({ url: 'https://jobs.acme.example/other' })).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the same URL with tracking', { url: 'https://jobs.acme.example/backend?utm_campaign=z&refId=1' }, {}],
    [
      'the same LinkedIn job from a search page',
      { url: 'https://www.linkedin.com/jobs/search/?currentJobId=3786945580' },
      {},
    ],
    [
      'the same identifier at the same company',
      { url: 'https://elsewhere.example/x' },
      { identifier: 'R-77' },
    ],
  ])('saving %s twice keeps one record with its history and notes', async (_label, posting, extra) => {
    const { repo, tick } = await setUp();
    const firstUrl = posting.url.includes('linkedin')
      ? 'https://www.linkedin.com/jobs/view/3786945580/'
      : undefined;
    const first = await repo.save({
      analysis: makeAnalysis({}, firstUrl ? { url: firstUrl } : {}),
      identifier: 'R-77',
    });
    tick(10);
    await repo.setStatus(first.job.id, 'applied');
    await repo.setNotes(first.job.id, 'Referral from Sam');
    tick(10);
    const second = await repo.save({ analysis: makeAnalysis({ text: 'Updated text' }, posting), ...extra });
    expect(second.created).toBe(false);
    const all = await repo.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: first.job.id,
      status: 'applied',
      notes: 'Referral from Sam',
      description: 'Updated text',
      savedAt: 1000,
      updatedAt: 1020,
    });
    expect(all[0]!.statusHistory.map((s) => s.status)).toEqual(['saved', 'applied']);
  });

  it('keeps two different postings apart', async () => {
    const { repo } = await setUp();
    await repo.save({ analysis: makeAnalysis() });
    await repo.save({ analysis: makeAnalysis({}, { url: 'https://jobs.acme.example/frontend' }) });
    await repo.save({
      analysis: makeAnalysis({}, { url: 'https://x.example/1', company: 'Globex' }),
      identifier: 'R-1',
    });
    await repo.save({
      analysis: makeAnalysis({}, { url: 'https://x.example/2', company: 'Initech' }),
      identifier: 'R-1',
    });
    expect(await repo.list()).toHaveLength(4);
  });

  it('records status changes with their dates and ignores a repeat', async () => {
    const { repo, tick, onChange } = await setUp();
    const { job } = await repo.save({ analysis: makeAnalysis() });
    tick(5);
    await repo.setStatus(job.id, 'interviewing');
    tick(5);
    const same = await repo.setStatus(job.id, 'interviewing');
    expect(same.statusHistory).toEqual([
      { status: 'saved', at: 1000 },
      { status: 'interviewing', at: 1005 },
    ]);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('deletes and restores exactly', async () => {
    const { repo } = await setUp();
    const { job } = await repo.save({ analysis: makeAnalysis() });
    const removed = await repo.remove(job.id);
    expect(removed).toEqual(job);
    expect(await repo.list()).toEqual([]);
    expect(await repo.remove(job.id)).toBeNull();
    await repo.restore(removed!);
    expect(await repo.get(job.id)).toEqual(job);
  });

  it('refuses to change a job that is not there, and a posting that was not read', async () => {
    const { repo } = await setUp();
    await expect(repo.setStatus('nope', 'offer')).rejects.toThrow(SavedJobNotFoundError);
    await expect(repo.save({ analysis: makeAnalysis({ isJobPosting: false }) })).rejects.toThrow(
      /not read as a job/,
    );
    expect(await repo.list()).toEqual([]);
  });

  it('lists newest first', async () => {
    const { repo, tick } = await setUp();
    await repo.save({ analysis: makeAnalysis({}, { url: 'https://a.example/1' }) });
    tick();
    await repo.save({ analysis: makeAnalysis({}, { url: 'https://a.example/2' }) });
    expect((await repo.list()).map((j) => j.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
  });
});
