import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { GapmarkDatabase, openDatabase } from '@/lib/db/database';
import { CURRENT_SCHEMA_VERSION, declareSchemaVersions, SCHEMA_VERSIONS } from '@/lib/db/schema-versions';
import { UpgradeStepError } from '@/lib/db/upgrade-error';
import { upgradeV1ToV2 } from '@/lib/db/upgrade-v1-to-v2';
import { ProfileSkillSchema } from '@/lib/schemas/profile';
import { readFixture } from './read-fixture';

const before = readFixture('db/profile-skills-v1.before.json') as unknown[];
const after = readFixture('db/profile-skills-v2.after.json') as unknown[];
const unconvertible = readFixture('db/profile-skills-v1.unconvertible.json') as unknown[];

let counter = 0;
const freshName = () => `gapmark-upgrade-test-${++counter}-${Math.random().toString(36).slice(2)}`;

/** Creates a database at an old version, exactly as that version declared it, and fills its profile. */
async function createAtVersion(name: string, version: number, rows: unknown[]): Promise<void> {
  const old = new Dexie(name);
  declareSchemaVersions(old, version);
  await old.open();
  await old.table('profileSkills').bulkAdd(rows);
  old.close();
}

describe('schema versions', () => {
  it('are declared oldest first with increasing numbers', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers.at(-1));
  });
});

describe('upgradeV1ToV2 as a pure function', () => {
  it('has golden fixtures of the same, non-zero length', () => {
    expect(before.length).toBeGreaterThan(0);
    expect(after).toHaveLength(before.length);
  });

  it.each(before.map((row, i) => [i, row, after[i]] as const))(
    'converts row %i to its golden form',
    (_i, row, golden) => {
      const converted = upgradeV1ToV2(row);
      expect(converted).toEqual(golden);
      expect(ProfileSkillSchema.safeParse(converted).success).toBe(true);
    },
  );

  it.each([
    ['a level outside 1..5', { ...(before[0] as object), level: 9 }],
    ['a missing name', { ...(before[0] as object), name: undefined }],
    ['not an object', 'kubernetes'],
    ['negative years', { ...(before[0] as object), years: -2 }],
  ])('refuses %s with a clear UpgradeStepError', (_label, row) => {
    expect(() => upgradeV1ToV2(row)).toThrow(UpgradeStepError);
    expect(() => upgradeV1ToV2(row)).toThrow(/Upgrade v1→v2 stopped/);
  });

  it('names the row that could not be converted', () => {
    expect(() => upgradeV1ToV2(unconvertible[1])).toThrow(/"cobol"/);
  });
});

describe('upgrades through Dexie', () => {
  it('opens a version-1 database with the current class and converts every row to the golden form', async () => {
    const name = freshName();
    await createAtVersion(name, 1, before);
    const db = await openDatabase(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const rows = await db.profileSkills.orderBy('skillId').toArray();
    const golden = [...(after as { skillId: string }[])].sort((a, b) => a.skillId.localeCompare(b.skillId));
    expect(rows).toEqual(golden);
    // The tables added by later versions exist and are usable.
    expect(await db.savedJobs.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('stops on a row it cannot convert, with a clear error, and leaves the data at version 1 untouched', async () => {
    const name = freshName();
    await createAtVersion(name, 1, unconvertible);

    const db = new GapmarkDatabase(name);
    const failure = await db.open().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toMatch(/Upgrade v1→v2 stopped: row "cobol"/);
    db.close();

    // Reopen without asking for a version: the database is still at version 1 with the same rows.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    const rows = await raw.table('profileSkills').orderBy('skillId').toArray();
    const expected = [...(unconvertible as { skillId: string }[])].sort((a, b) =>
      a.skillId.localeCompare(b.skillId),
    );
    expect(rows).toEqual(expected);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(['profileSkills', 'settings']);
    raw.close();
  });

  it('creates a fresh database at the current version', async () => {
    const db = await openDatabase(freshName());
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'profileSkills',
      'savedJobs',
      'seenPostings',
      'settings',
    ]);
    db.close();
  });
});
