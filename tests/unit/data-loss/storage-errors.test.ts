import { describe, expect, it, vi } from 'vitest';
import type { GapmarkDatabase } from '@/lib/db/database';
import { describeStorageError, isQuotaError } from '@/lib/db/describe-storage-error';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { exportBackup, exportBackupReport, importBackup, parseBackup } from '@/lib/export/backup';
import { makeAnalysis, makeSavedJob } from '../saved/saved-job-factory';
import { openTestDatabase } from '../saved/open-test-database';

// Issue 8, "no data loss": a full disk during save or import is reported and writes nothing; a damaged
// database still exports everything that can be read.

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const snapshot = async (db: GapmarkDatabase) => ({
  profileSkills: await db.profileSkills.orderBy('skillId').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
  savedJobs: await db.savedJobs.orderBy('id').toArray(),
});

describe('storage errors in words a person can act on', () => {
  it.each([
    [quotaError(), true],
    [Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() }), true],
    [new Error('NS_ERROR_DOM_QUOTA_REACHED'), true],
    [new Error('Database closed'), false],
    ['quota', false],
  ])('%s is a quota error: %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('says the storage is full and nothing was changed', () => {
    expect(describeStorageError(quotaError(), 'save this job')).toMatch(
      /^Could not save this job: the browser's storage for Gapmark is full\. Nothing was changed\./,
    );
    expect(describeStorageError(new Error('Database closed'), 'import')).toBe(
      'Could not import: Database closed. Nothing was changed.',
    );
  });
});

describe('a full disk', () => {
  it('while importing a backup: reported, and the database is exactly as before', async () => {
    const source = await openTestDatabase();
    await createSavedJobsRepository(source).save({
      analysis: makeAnalysis({}, { title: 'Incoming', url: 'https://jobs.other.example/1' }),
    });
    await source.profileSkills.put({
      skillId: 'kafka',
      name: 'Apache Kafka',
      category: 'data-ml',
      level: 'working',
      years: 2,
      lastUsed: null,
      notes: '',
      custom: false,
      addedAt: 1,
      updatedAt: 1,
    });
    const text = await exportBackup(source, 0);

    const target = await openTestDatabase();
    await createSavedJobsRepository(target).save({ analysis: makeAnalysis() });
    const before = await snapshot(target);
    // The last of the three writes fails, after the first two went in: the transaction must undo them.
    vi.spyOn(target.savedJobs, 'bulkPut').mockImplementationOnce(() => Promise.reject(quotaError()) as never);
    const result = await importBackup(target, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/storage for Gapmark is full\. Nothing was changed/);
    expect(await snapshot(target)).toEqual(before);
  });

  it('while saving a job: a clear error, and no record half-written', async () => {
    const db = await openTestDatabase();
    const repo = createSavedJobsRepository(db);
    vi.spyOn(db.savedJobs, 'put').mockImplementationOnce(() => Promise.reject(quotaError()) as never);
    await expect(repo.save({ analysis: makeAnalysis() })).rejects.toThrow(/storage for Gapmark is full/);
    expect(await db.savedJobs.count()).toBe(0);
  });
});

describe('a damaged database', () => {
  it('still exports every record that can be read, and the file imports back', async () => {
    const db = await openTestDatabase();
    const good = makeSavedJob({ id: 'good-1', title: 'Kept' });
    await db.savedJobs.put(good);
    // Damage written past every check (as a bug or another tool might): wrong types, missing fields.
    await db.savedJobs.put({ id: 'bad-1', title: 42 } as never);
    await db.profileSkills.put({ skillId: 'php', name: '' } as never);
    await db.settings.put({ key: 'disabledSites', value: 'not a list' });

    const report = await exportBackupReport(db, 0);
    expect(report.leftOut).toBe(3);
    expect(report.unreadableTables).toEqual([]);
    const parsed = parseBackup(report.text);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.backup.savedJobs.map((j) => j.id)).toEqual(['good-1']);

    const fresh = await openTestDatabase();
    expect((await importBackup(fresh, report.text)).ok).toBe(true);
    expect(await fresh.savedJobs.get('good-1')).toEqual(good);
  });

  it('exports the other tables when one cannot be read at all', async () => {
    const db = await openTestDatabase();
    await db.savedJobs.put(makeSavedJob({ id: 'good-2' }));
    vi.spyOn(db.profileSkills, 'toArray').mockRejectedValueOnce(new Error('corrupt table'));
    const report = await exportBackupReport(db, 0);
    expect(report.unreadableTables).toEqual(['profile skills']);
    const parsed = parseBackup(report.text);
    expect(parsed.ok && parsed.backup.savedJobs.map((j) => j.id)).toEqual(['good-2']);
  });
});
