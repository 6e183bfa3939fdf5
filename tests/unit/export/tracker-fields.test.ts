import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, savedJobsToCsv } from '@/lib/export/csv';
import { createBackup, exportBackup, importBackup, parseBackup, serializeBackup } from '@/lib/export/backup';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { DEFAULT_PREFERENCES } from '@/lib/schemas/preferences';
import { readFixture } from '../db/read-fixture';
import { makeSavedJob } from '../saved/saved-job-factory';
import { openTestDatabase } from '../saved/open-test-database';

// The tracker's new fields (follow-up dates, dealbreaker preferences) in the exports, and a backup made before
// them (tests/fixtures/backup/backup-v1-2026-12-03.json, today's format) importing unchanged.

const FOLLOW_UP = Date.UTC(2026, 11, 10, 9);

describe('CSV', () => {
  it('has a Follow up column with the date, empty without one', () => {
    const rows = Papa.parse<string[]>(
      savedJobsToCsv([makeSavedJob({ followUpAt: FOLLOW_UP }), makeSavedJob()]).replace(/^\uFEFF/, ''),
      { skipEmptyLines: true },
    ).data;
    const at = CSV_COLUMNS.indexOf('Follow up');
    expect(at).toBeGreaterThan(-1);
    expect(rows[1]![at]).toBe('2026-12-10T09:00:00.000Z');
    expect(rows[2]![at]).toBe('');
  });
});

describe('JSON backup', () => {
  it('carries follow-up dates and preferences through export and import', async () => {
    const source = await openTestDatabase();
    await source.savedJobs.put(makeSavedJob({ id: 'f', followUpAt: FOLLOW_UP, followUpNotifiedAt: null }));
    const preferences = {
      ...DEFAULT_PREFERENCES,
      needsVisaSponsorship: true,
      minSalary: { amount: 80_000, currency: 'EUR', period: 'year' as const },
    };
    await createSettingsRepository(source).set('preferences', preferences);
    const target = await openTestDatabase();
    const result = await importBackup(target, await exportBackup(source, 0));
    expect(result.ok).toBe(true);
    expect((await target.savedJobs.get('f'))?.followUpAt).toBe(FOLLOW_UP);
    expect(await createSettingsRepository(target).get('preferences')).toEqual(preferences);
  });

  it('refuses a backup whose preferences are damaged, naming the setting', () => {
    const text = serializeBackup(
      createBackup(
        {
          profileSkills: [],
          savedJobs: [],
          settings: [{ key: 'preferences', value: { workplaces: 'remote' } }],
        },
        0,
      ),
    );
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('invalid "preferences" setting');
  });

  it('imports a backup made before reminders and preferences unchanged', async () => {
    const fixture = readFixture('backup/backup-v1-2026-12-03.json') as {
      savedJobs: { id: string }[];
      profileSkills: unknown[];
    };
    expect(fixture.savedJobs).toHaveLength(2);
    const db = await openTestDatabase();
    const result = await importBackup(db, JSON.stringify(fixture));
    expect(result).toMatchObject({
      ok: true,
      report: { savedJobs: { added: 2 }, profileSkills: { added: 1 }, settings: { added: 3 } },
    });
    const stored = await db.savedJobs.orderBy('id').toArray();
    expect(stored).toEqual(fixture.savedJobs);
    expect(stored.every((job) => job.followUpAt === undefined)).toBe(true);
    expect(await createSettingsRepository(db).get('preferences')).toEqual(DEFAULT_PREFERENCES);
    // And it exports again as it came, plus nothing.
    const again = JSON.parse(await exportBackup(db, 0)) as typeof fixture;
    expect(again.savedJobs).toEqual(fixture.savedJobs);
  });
});
