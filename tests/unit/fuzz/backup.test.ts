import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import {
  BackupSchema,
  exportBackup,
  importBackup,
  parseBackup,
  type ParseBackupResult,
} from '@/lib/export/backup';
import { ProfileSkillSchema } from '@/lib/schemas/profile';
import { SavedJobSchema } from '@/lib/schemas/saved-job';
import { makeAnalysis, makeSavedJob } from '../saved/saved-job-factory';
import { openTestDatabase } from '../saved/open-test-database';
import { HOSTILE_SNIPPETS, binaryGarbage, fuzzParams, mutatedText } from './fuzz-support';

// The JSON backup importer on damaged and hostile files: parseBackup never throws, and importBackup either
// imports a valid file or refuses the whole file with a reason a person can read, leaving what is stored
// exactly as it was. The database is fake-indexeddb (vitest.config.ts).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const snapshot = async (db: GapmarkDatabase) => ({
  profileSkills: await db.profileSkills.orderBy('skillId').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
  savedJobs: await db.savedJobs.orderBy('id').toArray(),
});

async function seededDatabase(): Promise<GapmarkDatabase> {
  const db = await openTestDatabase();
  const repo = createSavedJobsRepository(db);
  await repo.save({ analysis: makeAnalysis() });
  await repo.save({
    analysis: makeAnalysis({}, { title: HOSTILE_SNIPPETS[0]!, url: 'https://jobs.example/hostile' }),
  });
  await db.savedJobs.put(makeSavedJob({ notes: HOSTILE_SNIPPETS.join(' ') }));
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
  await db.settings.put({ key: 'highlightsEnabled', value: false });
  return db;
}

function expectClearResult(result: ParseBackupResult): void {
  if (result.ok) {
    expect(BackupSchema.safeParse(result.backup).success).toBe(true);
  } else {
    expect(result.error).toMatch(/^(?:This is not|The backup is damaged|Backup format version)/);
    expect(result.error.length).toBeLessThan(2_000);
  }
}

function parseSafely(text: string): ParseBackupResult {
  let result: ParseBackupResult | undefined;
  expect(() => {
    result = parseBackup(text);
  }).not.toThrow();
  return result!;
}

/** An edit at a path picked by `picks` inside a JSON value: replace, delete, or duplicate an array item. */
interface JsonEdit {
  picks: number[];
  op: 'set' | 'delete' | 'duplicate';
  value: Json;
}

function applyJsonEdit(root: Json, edit: JsonEdit): Json {
  const copy = structuredClone(root);
  let parent: Json = copy;
  let key: string | number | null = null;
  let node: Json = copy;
  for (const pick of edit.picks) {
    if (Array.isArray(node) && node.length > 0) {
      parent = node;
      key = pick % node.length;
      node = node[key]!;
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      parent = node;
      key = keys[pick % keys.length]!;
      node = node[key]!;
    } else break;
  }
  if (key === null) return edit.value;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (edit.op === 'delete') parent.splice(key, 1);
    else if (edit.op === 'duplicate') parent.splice(key, 0, structuredClone(parent[key]!));
    else parent[key] = edit.value;
  } else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    if (edit.op === 'delete') delete parent[key];
    else parent[key] = edit.op === 'duplicate' ? [node, node] : edit.value;
  }
  return copy;
}

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.record({
  picks: fc.array(fc.nat(), { maxLength: 6 }),
  op: fc.constantFrom('set' as const, 'delete' as const, 'duplicate' as const),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>(...HOSTILE_SNIPPETS, -1, 1e308, '', [], {}, null, 'saved', 'custom:x'),
  ),
});

describe('backup import fuzz', () => {
  let db: GapmarkDatabase;
  let backupText = '';
  let backupJson: Json = null;

  beforeAll(async () => {
    db = await seededDatabase();
    backupText = await exportBackup(db, 1_700_000_000_000);
    backupJson = JSON.parse(backupText) as Json;
  });
  afterAll(() => db.close());

  it('the unmutated backup parses (so the mutations start from a valid file)', () => {
    const result = parseBackup(backupText);
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.savedJobs.length).toBe(3);
  });

  it('parseBackup gives a backup or a clear error for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), (text) => {
        expectClearResult(parseSafely(text));
      }),
      fuzzParams(400),
    );
  });

  it('parseBackup gives a backup or a clear error for text-mutated backups', () => {
    fc.assert(
      fc.property(
        fc.constant(null).chain(() => mutatedText([backupText], 6)),
        (text) => {
          expectClearResult(parseSafely(text));
        },
      ),
      fuzzParams(300),
    );
  });

  it('parseBackup gives a backup or a clear error for structurally mutated backups', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        const mutated = edits.reduce(applyJsonEdit, backupJson);
        const result = parseSafely(JSON.stringify(mutated));
        expectClearResult(result);
        if (!result.ok) refused++;
      }),
      fuzzParams(400),
    );
    expect(refused).toBeGreaterThan(100);
  });

  it('a refused import leaves the database untouched; an accepted one stores only valid records', async () => {
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(jsonEdit, { minLength: 1, maxLength: 2 })
            .map((edits) => JSON.stringify(edits.reduce(applyJsonEdit, backupJson))),
          fc.constant(null).chain(() => mutatedText([backupText], 3)),
        ),
        async (text) => {
          const before = await snapshot(db);
          const result = await importBackup(db, text);
          const after = await snapshot(db);
          if (!result.ok) {
            refused++;
            expect(result.error.length).toBeGreaterThan(10);
            expect(after).toEqual(before);
            return;
          }
          accepted++;
          // Importing never deletes: every key stored before is still there, and every row is valid.
          for (const table of ['profileSkills', 'savedJobs'] as const) {
            const keys = new Set(after[table].map((r) => ('skillId' in r ? r.skillId : r.id)));
            for (const row of before[table])
              expect(keys.has('skillId' in row ? row.skillId : row.id)).toBe(true);
          }
          for (const skill of after.profileSkills)
            expect(ProfileSkillSchema.safeParse(skill).success).toBe(true);
          for (const job of after.savedJobs) expect(SavedJobSchema.safeParse(job).success).toBe(true);
        },
      ),
      fuzzParams(60),
    );
    expect(refused).toBeGreaterThan(10);
    expect(accepted).toBeGreaterThan(3);
  });

  describe('hostile files', () => {
    it.each([
      ['binary garbage', () => binaryGarbage(1_000_000)],
      ['an empty file', () => ''],
      ['a byte-order mark only', () => '\ufeff'],
      ['10,000 nested arrays', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
      [
        'a setting value nested 10,000 deep (threw RangeError before the fix)',
        () =>
          JSON.stringify({ ...(backupJson as object), settings: [] }).replace(
            '"settings":[]',
            `"settings":[{"key":"fromLater","value":${'['.repeat(10_000)}${']'.repeat(10_000)}}]`,
          ),
      ],
      ['a newer version', () => JSON.stringify({ ...(backupJson as object), version: 2 })],
    ])('%s is refused whole, nothing written', async (_name, make) => {
      const before = await snapshot(db);
      const result = await importBackup(db, make());
      expect(result.ok).toBe(false);
      expectClearResult(result.ok ? { ok: false, error: '' } : result);
      expect(await snapshot(db)).toEqual(before);
    });

    it('a valid file with one bad record among 5 MB of good ones writes nothing', async () => {
      const backup = JSON.parse(backupText) as { savedJobs: Record<string, unknown>[] };
      const template = backup.savedJobs[0]!;
      backup.savedJobs = Array.from({ length: 2_500 }, (_, i) => ({
        ...template,
        id: `bulk-${i}`,
        url: `https://bulk.example/${i}`,
        canonicalUrl: `https://bulk.example/${i}`,
        description: `${HOSTILE_SNIPPETS.join(' ')} ${'x'.repeat(1_800)}`,
      }));
      backup.savedJobs[2_000] = { ...template, id: 'bulk-bad', status: 'hired' };
      const text = JSON.stringify(backup);
      expect(text.length).toBeGreaterThan(5_000_000);
      const before = await snapshot(db);
      const result = await importBackup(db, text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/savedJobs\[2000\]\.status/);
      expect(await snapshot(db)).toEqual(before);
    });

    it('a __proto__ key neither pollutes objects nor breaks the import', async () => {
      const text = backupText.replace(
        '"settings": [',
        '"__proto__": {"polluted": true}, "settings": [{"key": "__proto__", "value": {"polluted": true}},',
      );
      expect(text).not.toBe(backupText);
      const result = await importBackup(db, text);
      expectClearResult(result.ok ? parseBackup(text) : result);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
