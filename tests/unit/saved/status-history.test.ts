import { describe, expect, it } from 'vitest';
import { changeNotes, changeStatus, dateOfStatus } from '@/lib/saved/status-history';
import { makeSavedJob } from './saved-job-factory';

describe('status history', () => {
  it('records every change with its date, in order', () => {
    let job = makeSavedJob({ statusHistory: [{ status: 'saved', at: 10 }], savedAt: 10, updatedAt: 10 });
    job = changeStatus(job, 'applied', 20);
    job = changeStatus(job, 'interviewing', 30);
    job = changeStatus(job, 'rejected', 40);
    expect(job.status).toBe('rejected');
    expect(job.updatedAt).toBe(40);
    expect(job.statusHistory).toEqual([
      { status: 'saved', at: 10 },
      { status: 'applied', at: 20 },
      { status: 'interviewing', at: 30 },
      { status: 'rejected', at: 40 },
    ]);
    expect(dateOfStatus(job, 'applied')).toBe(20);
    expect(dateOfStatus(job, 'offer')).toBeNull();
  });

  it('does not add an entry when the status does not change', () => {
    const job = makeSavedJob({ updatedAt: 5 });
    const same = changeStatus(job, 'saved', 99);
    expect(same).toBe(job);
    expect(same.statusHistory).toHaveLength(1);
  });

  it('does not mutate the job it was given', () => {
    const job = makeSavedJob();
    changeStatus(job, 'offer', 99);
    expect(job.status).toBe('saved');
    expect(job.statusHistory).toHaveLength(1);
  });

  it('changes notes and bumps updatedAt only when they differ', () => {
    const job = makeSavedJob({ notes: 'a', updatedAt: 1 });
    expect(changeNotes(job, 'a', 50)).toBe(job);
    expect(changeNotes(job, 'b', 50)).toMatchObject({ notes: 'b', updatedAt: 50 });
  });
});
