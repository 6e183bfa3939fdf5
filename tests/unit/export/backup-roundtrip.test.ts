import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GapmarkDatabase } from '@/lib/db/database';
import { exportBackup, importBackup } from '@/lib/export/backup';
import type { Requirement } from '@/lib/schemas/analysis';
import type { Match } from '@/lib/schemas/match';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { JobStatusSchema, type SavedJob } from '@/lib/schemas/saved-job';
import { openTestDatabase } from '../saved/open-test-database';

// Property: whatever is stored, export then import into an empty database gives back equal data, and
// importing the export over the same database changes nothing. Bounded and seeded so a run is repeatable.

const text = fc.string({ unit: 'binary', maxLength: 40 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const status = fc.constantFrom(...JobStatusSchema.options);

const requirement: fc.Arbitrary<Requirement> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  skill: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  category: fc.constantFrom('language', 'devops', ''),
  importance: fc.constantFrom('required', 'preferred', 'mentioned'),
  years: fc.option(fc.integer({ min: 0, max: 20 })),
  group: fc.option(fc.constantFrom('g1', 'g2')),
  mentions: fc.array(
    fc.record({ start: fc.nat(5000), end: fc.nat(5000), text: fc.string({ maxLength: 10 }) }),
    { maxLength: 2 },
  ),
});

const match: fc.Arbitrary<Match> = fc.record({
  score: fc.option(fc.integer({ min: 0, max: 100 })),
  reason: text,
  verdicts: fc.array(
    fc.record({
      requirementId: fc.string({ maxLength: 12 }),
      verdict: fc.constantFrom('have', 'related', 'short', 'missing'),
      credit: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      via: fc.option(fc.string({ maxLength: 10 })),
      profileYears: fc.option(fc.integer({ min: 0, max: 30 })),
      yearsAsked: fc.option(fc.integer({ min: 0, max: 30 })),
    }),
    { maxLength: 3 },
  ),
  required: fc.record({ met: fc.nat(9), total: fc.nat(9) }),
  preferred: fc.record({ met: fc.nat(9), total: fc.nat(9) }),
  missingRequired: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
  missingPreferred: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
});

// Canonical URLs and identifiers are made unique per job: two equal ones are one posting and would merge.
const savedJob = (index: number): fc.Arbitrary<SavedJob> =>
  fc.record({
    id: fc.constant(`job-${index}`),
    url: text,
    canonicalUrl: fc.option(fc.constant(`https://jobs.example/${index}`)),
    identifier: fc.option(fc.constant(`R-${index}`)),
    title: text,
    company: fc.option(text),
    location: fc.option(text),
    remote: fc.option(fc.boolean()),
    employmentType: fc.option(text),
    salary: fc.option(text),
    datePosted: fc.option(fc.constant('2026-11-01')),
    savedAt: time,
    updatedAt: time,
    source: text,
    description: fc.string({ unit: 'binary', maxLength: 400 }),
    minYears: fc.option(fc.integer({ min: 0, max: 15 })),
    requirements: fc.array(requirement, { maxLength: 4 }),
    groups: fc.array(
      fc.record({
        id: fc.constantFrom('g1', 'g2'),
        mode: fc.constant('any' as const),
        requirementIds: fc.array(fc.string(), { maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
    match: fc.option(match),
    status,
    statusHistory: fc.array(fc.record({ status, at: time }), { minLength: 1, maxLength: 4 }),
    notes: text,
  });

const profileSkill: fc.Arbitrary<ProfileSkill> = fc.record({
  skillId: fc.string({ minLength: 1, maxLength: 12 }),
  name: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  category: fc.constantFrom('language', 'devops'),
  level: fc.constantFrom('learning', 'basic', 'working', 'strong', 'expert'),
  years: fc.option(fc.integer({ min: 0, max: 60 })),
  lastUsed: fc.option(fc.integer({ min: 1950, max: 2100 })),
  notes: text,
  custom: fc.boolean(),
  addedAt: time,
  updatedAt: time,
});

const stored = fc.record({
  savedJobs: fc.nat(6).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => savedJob(i)))),
  profileSkills: fc.uniqueArray(profileSkill, { selector: (s) => s.skillId, maxLength: 5 }),
  settings: fc.record({
    highlightsEnabled: fc.boolean(),
    disabledSites: fc.array(fc.domain(), { maxLength: 3 }),
    unknownFromLater: fc.jsonValue({ maxDepth: 2 }),
  }),
});

const snapshot = async (db: GapmarkDatabase) => ({
  profileSkills: await db.profileSkills.orderBy('skillId').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
  savedJobs: await db.savedJobs.orderBy('id').toArray(),
});

describe('backup round trip (property)', () => {
  it('export then import gives back equal data', async () => {
    await fc.assert(
      fc.asyncProperty(stored, async (data) => {
        const source = await openTestDatabase();
        await source.savedJobs.bulkPut(data.savedJobs);
        await source.profileSkills.bulkPut(data.profileSkills);
        await source.settings.bulkPut(Object.entries(data.settings).map(([key, value]) => ({ key, value })));
        const text = await exportBackup(source, 0);

        const target = await openTestDatabase();
        const result = await importBackup(target, text);
        expect(result.ok).toBe(true);
        expect(await snapshot(target)).toEqual(await snapshot(source));
        expect(result.ok && result.report.savedJobs.added).toBe(data.savedJobs.length);

        const before = await snapshot(source);
        const again = await importBackup(source, text);
        expect(again.ok && again.report.savedJobs).toEqual({
          added: 0,
          updated: 0,
          skipped: data.savedJobs.length,
        });
        expect(await snapshot(source)).toEqual(before);
        source.close();
        target.close();
      }),
      { numRuns: 40, seed: 20261124, endOnFailure: true },
    );
  });
});
