import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  createBackup,
  parseBackup,
  planBackupImport,
  serializeBackup,
  type BackupData,
} from '@/lib/export/backup';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { makeSavedJob } from '../saved/saved-job-factory';

const skill = (skillId: string, updatedAt = 1): ProfileSkill => ({
  skillId,
  name: skillId,
  category: 'tool',
  level: 'working',
  years: 2,
  lastUsed: null,
  notes: '',
  custom: false,
  addedAt: 1,
  updatedAt,
});
const job = makeSavedJob({ id: 'j1' });
// A fresh copy each call, always of the same records.
const data = (): BackupData =>
  structuredClone({
    profileSkills: [skill('php')],
    settings: [{ key: 'highlight', value: { enabled: true } }],
    savedJobs: [job],
  });
const valid = () => JSON.parse(serializeBackup(createBackup(data(), 0))) as Record<string, unknown>;

describe('parseBackup', () => {
  it('accepts a backup it wrote', () => {
    const result = parseBackup(serializeBackup(createBackup(data(), 0)));
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.savedJobs[0]!.id).toBe('j1');
  });

  it.each([
    ['not JSON', () => '{"format": "gapmark-backup", ', /not a JSON file/],
    ['JSON but not a backup', () => JSON.stringify([1, 2]), /not a Gapmark backup/],
    ['another format', () => JSON.stringify({ ...valid(), format: 'other' }), /not a Gapmark backup/],
    [
      'a newer version',
      () => JSON.stringify({ ...valid(), version: BACKUP_VERSION + 1 }),
      /version 2 is not supported.*newer/,
    ],
    ['a version as text', () => JSON.stringify({ ...valid(), version: '1' }), /version "1" is not supported/],
    [
      'one invalid saved job among valid ones',
      () => {
        const file = valid();
        const jobs = file.savedJobs as Record<string, unknown>[];
        jobs.push({ ...jobs[0], id: 'j2', status: 'ghosted' });
        return JSON.stringify(file);
      },
      /savedJobs\[1\]\.status/,
    ],
    [
      'a saved job with an empty status history',
      () => {
        const file = valid();
        (file.savedJobs as Record<string, unknown>[])[0]!.statusHistory = [];
        return JSON.stringify(file);
      },
      /savedJobs\[0\]\.statusHistory/,
    ],
    [
      'a profile skill with an invalid level',
      () => {
        const file = valid();
        (file.profileSkills as Record<string, unknown>[])[0]!.level = 'guru';
        return JSON.stringify(file);
      },
      /profileSkills\[0\]\.level/,
    ],
    [
      'two saved jobs with the same id',
      () => {
        const file = valid();
        const jobs = file.savedJobs as unknown[];
        jobs.push(jobs[0]);
        return JSON.stringify(file);
      },
      /appears twice/,
    ],
    ['a missing list', () => JSON.stringify({ ...valid(), savedJobs: undefined }), /savedJobs/],
  ])('rejects %s with a reason', (_label, text, reason) => {
    const result = parseBackup(text());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
  });
});

describe('planBackupImport', () => {
  const empty: BackupData = { profileSkills: [], settings: [], savedJobs: [] };

  it('adds everything into an empty store', () => {
    const plan = planBackupImport(empty, createBackup(data(), 0));
    expect(plan.writes).toEqual(data());
    expect(plan.report.savedJobs).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(plan.report.profileSkills).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(plan.report.settings).toEqual({ added: 1, updated: 0, skipped: 0 });
  });

  it('skips what is already there and writes nothing', () => {
    const plan = planBackupImport(data(), createBackup(data(), 0));
    expect(plan.writes).toEqual(empty);
    expect(plan.report.savedJobs).toEqual({ added: 0, updated: 0, skipped: 1 });
  });

  it('merges a job by canonical URL under the stored id when the backup is newer', () => {
    const stored = makeSavedJob({
      id: 'local',
      canonicalUrl: 'https://a.example/1',
      updatedAt: 10,
      notes: 'old',
    });
    const incoming = { ...stored, id: 'remote', updatedAt: 20, notes: 'new' };
    const plan = planBackupImport(
      { ...empty, savedJobs: [stored] },
      createBackup({ ...empty, savedJobs: [incoming] }, 0),
    );
    expect(plan.report.savedJobs).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(plan.writes.savedJobs).toEqual([{ ...incoming, id: 'local' }]);
  });

  it('keeps a stored record that is newer than the backup', () => {
    const stored = makeSavedJob({ id: 'x', updatedAt: 30, notes: 'newer' });
    const plan = planBackupImport(
      { ...empty, savedJobs: [stored], profileSkills: [skill('php', 30)] },
      createBackup(
        {
          ...empty,
          savedJobs: [{ ...stored, updatedAt: 20, notes: 'older' }],
          profileSkills: [skill('php', 20)],
        },
        0,
      ),
    );
    expect(plan.writes.savedJobs).toEqual([]);
    expect(plan.writes.profileSkills).toEqual([]);
    expect(plan.report.savedJobs.skipped).toBe(1);
    expect(plan.report.profileSkills.skipped).toBe(1);
  });

  it('merges two backup records for the same posting into one write', () => {
    const a = makeSavedJob({ id: 'a', canonicalUrl: 'https://a.example/same', updatedAt: 1 });
    const b = { ...a, id: 'b', updatedAt: 2, notes: 'later' };
    const plan = planBackupImport(empty, createBackup({ ...empty, savedJobs: [a, b] }, 0));
    expect(plan.writes.savedJobs).toEqual([{ ...b, id: 'a' }]);
    expect(plan.report.savedJobs).toEqual({ added: 1, updated: 0, skipped: 1 });
  });

  it('updates a setting whose value differs', () => {
    const plan = planBackupImport(
      { ...empty, settings: [{ key: 'highlight', value: { enabled: false } }] },
      createBackup(data(), 0),
    );
    expect(plan.report.settings).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(plan.writes.settings).toEqual([{ key: 'highlight', value: { enabled: true } }]);
  });
});
