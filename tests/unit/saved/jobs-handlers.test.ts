import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJobsHandlers } from '@/lib/background/jobs-handlers';
import { sendRequest } from '@/lib/messaging/client';
import { createMessageListener } from '@/lib/messaging/server';
import type { ScoreJob } from '@/lib/saved/rescore-jobs';
import { makeAnalysis, makeMatch } from './saved-job-factory';
import { openTestDatabase } from './open-test-database';

async function setUp(score?: ScoreJob) {
  fakeBrowser.reset();
  const db = await openTestDatabase();
  const onChange = vi.fn();
  fakeBrowser.runtime.onMessage.addListener(
    createMessageListener(createJobsHandlers(db, { score, onChange })),
  );
  return { db, onChange };
}

describe('jobs handlers over the typed protocol', () => {
  it('saves, reports saved, changes status and notes, deletes and restores', async () => {
    const { onChange } = await setUp();
    const analysis = makeAnalysis();
    expect(await sendRequest('jobs.isSaved', { url: 'https://jobs.acme.example/backend' })).toEqual({
      id: null,
      status: null,
    });

    const saved = await sendRequest('jobs.save', { analysis, match: makeMatch({ php: 'have' }, 70) });
    expect(saved.created).toBe(true);
    const again = await sendRequest('jobs.save', { analysis, match: null });
    expect(again).toMatchObject({ created: false, job: { id: saved.job.id } });
    expect(again.job.match?.score).toBe(70);

    expect(await sendRequest('jobs.isSaved', { url: 'https://jobs.acme.example/backend#apply' })).toEqual({
      id: saved.job.id,
      status: 'saved',
    });
    await sendRequest('jobs.setStatus', { id: saved.job.id, status: 'applied' });
    const noted = await sendRequest('jobs.setNotes', { id: saved.job.id, notes: 'sent CV' });
    expect(noted.job).toMatchObject({ status: 'applied', notes: 'sent CV' });

    const removed = await sendRequest('jobs.delete', { id: saved.job.id });
    expect((await sendRequest('jobs.list', {})).jobs).toEqual([]);
    await sendRequest('jobs.restore', { job: removed.job! });
    expect((await sendRequest('jobs.list', {})).jobs).toEqual([noted.job]);
    expect(onChange).toHaveBeenCalled();
  });

  it('scores a job saved without a match when a scorer is given, and re-scores all', async () => {
    let bonus = 0;
    const score: ScoreJob = (a, skills) =>
      makeMatch({}, Math.min(100, a.requirements.length * 10 + skills.length + bonus));
    await setUp(score);
    const { job } = await sendRequest('jobs.save', { analysis: makeAnalysis() });
    expect(job.match?.score).toBe(20);
    bonus = 5;
    expect(await sendRequest('jobs.rescoreAll', {})).toEqual({ scored: 1, changed: 1 });
    expect((await sendRequest('jobs.list', {})).jobs[0]!.match?.score).toBe(25);
  });

  it('refuses a save of a page that was not read, and re-scoring without a scorer', async () => {
    await setUp();
    await expect(
      sendRequest('jobs.save', { analysis: makeAnalysis({ isJobPosting: false }) }),
    ).rejects.toThrow(/not read as a job posting/);
    await expect(sendRequest('jobs.rescoreAll', {})).rejects.toThrow(/no scoring function/);
  });

  it('re-scores saved jobs after importing a backup with profile skills', async () => {
    const score: ScoreJob = (_a, skills) => makeMatch({}, Math.min(100, skills.length * 10));
    const { db } = await setUp(score);
    await sendRequest('jobs.save', { analysis: makeAnalysis() });
    const { text } = await sendRequest('backup.export', {});
    const backup = JSON.parse(text);
    backup.profileSkills = [
      {
        skillId: 'php',
        name: 'PHP',
        category: 'language',
        level: 'strong',
        years: 3,
        lastUsed: null,
        notes: '',
        custom: false,
        addedAt: 1,
        updatedAt: 1,
      },
    ];
    await db.profileSkills.clear();
    expect(await sendRequest('backup.import', { text: JSON.stringify(backup) })).toMatchObject({ ok: true });
    expect((await sendRequest('jobs.list', {})).jobs[0]!.match?.score).toBe(10);
  });

  it('exports and imports a backup, and explains a bad file', async () => {
    await setUp();
    await sendRequest('jobs.save', { analysis: makeAnalysis() });
    const { text } = await sendRequest('backup.export', {});
    expect(JSON.parse(text)).toMatchObject({ format: 'gapmark-backup', version: 1 });
    expect(await sendRequest('backup.import', { text })).toMatchObject({
      ok: true,
      report: { savedJobs: { skipped: 1 } },
    });
    expect(await sendRequest('backup.import', { text: 'nope' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/JSON/),
    });
  });
});
