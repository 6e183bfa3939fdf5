import { describe, expect, it, vi } from 'vitest';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { createBackup, exportBackup, importBackup, parseBackup, serializeBackup } from '@/lib/export/backup';
import type { GapmarkDatabase } from '@/lib/db/database';
import { makeAnalysis, makeSavedJob } from '../saved/saved-job-factory';
import { openTestDatabase } from '../saved/open-test-database';

const snapshot = async (db: GapmarkDatabase) => ({
  profileSkills: await db.profileSkills.orderBy('skillId').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
  savedJobs: await db.savedJobs.orderBy('id').toArray(),
});

async function seeded() {
  const db = await openTestDatabase();
  const repo = createSavedJobsRepository(db);
  const { job } = await repo.save({ analysis: makeAnalysis() });
  await repo.setStatus(job.id, 'applied');
  await db.profileSkills.put({
    skillId: 'php',
    name: 'PHP',
    category: 'language',
    level: 'strong',
    years: 5,
    lastUsed: 2025,
    notes: '',
    custom: false,
    addedAt: 1,
    updatedAt: 1,
  });
  await db.settings.put({ key: 'disabledSites', value: ['www.indeed.com'] });
  return db;
}

describe('backup export and import through the database', () => {
  it('restores everything into a fresh database', async () => {
    const source = await seeded();
    const text = await exportBackup(source, 0);
    const target = await openTestDatabase();
    const result = await importBackup(target, text);
    expect(result).toEqual({
      ok: true,
      report: {
        profileSkills: { added: 1, updated: 0, skipped: 0 },
        settings: { added: 1, updated: 0, skipped: 0 },
        savedJobs: { added: 1, updated: 0, skipped: 0 },
      },
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('importing the same file again skips everything', async () => {
    const db = await seeded();
    const text = await exportBackup(db);
    const before = await snapshot(db);
    const result = await importBackup(db, text);
    expect(result.ok && result.report.savedJobs).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['non-JSON', () => 'definitely { not json'],
    ['a wrong version', (text: string) => text.replace('"version": 1', '"version": 99')],
    [
      'one invalid record among valid ones',
      (text: string) => {
        const file = JSON.parse(text);
        file.savedJobs.push({ ...makeSavedJob(), id: 'valid-new-job' });
        file.profileSkills.push({ ...file.profileSkills[0], skillId: 'go', name: 'Go' });
        file.savedJobs.push({ ...makeSavedJob(), title: 42 });
        return JSON.stringify(file);
      },
    ],
    [
      'an invalid value for a known setting',
      (text: string) => {
        const file = JSON.parse(text);
        file.settings[0].value = 'not a list';
        return JSON.stringify(file);
      },
    ],
  ])('a file with %s is rejected whole and nothing changes', async (_label, corrupt) => {
    const db = await seeded();
    const text = await exportBackup(db);
    // Change the stored data after the export, so an accidental import would show.
    await createSavedJobsRepository(db).save({
      analysis: makeAnalysis({}, { url: 'https://other.example/9' }),
    });
    const before = await snapshot(db);
    const bad = corrupt(text);
    expect(parseBackup(bad).ok).toBe(false);
    const result = await importBackup(db, bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(10);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes in one transaction: a failing write leaves nothing behind', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const backup = createBackup(
      {
        profileSkills: [],
        settings: [{ key: 'highlightsEnabled', value: false }], // written before the saved jobs
        savedJobs: [makeSavedJob({ id: 'new-a' }), makeSavedJob({ id: 'new-b' })],
      },
      0,
    );
    const failing = vi.spyOn(db.savedJobs, 'bulkPut').mockImplementation(() => {
      throw new Error('disk full');
    });
    try {
      await expect(importBackup(db, serializeBackup(backup))).resolves.toEqual({
        ok: false,
        error: 'Could not import this backup: disk full. Nothing was changed.',
      });
      expect(failing).toHaveBeenCalled();
    } finally {
      failing.mockRestore();
    }
    expect(await snapshot(db)).toEqual(before);
  });
});
