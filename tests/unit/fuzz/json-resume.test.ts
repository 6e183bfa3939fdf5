import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfileSkillDraftSchema, createProfileRepository } from '@/lib/db/profile-repo';
import { readJsonResume, type JsonResumeReadResult } from '@/lib/profile/json-resume';
import type { SkillLookup } from '@/lib/profile/skill-lookup';
import { loadTaxonomy, resolveSkillName } from '@/lib/skills/load-taxonomy';
import { FIXTURES_DIR } from '../../fixtures/sites';
import { openTestDatabase } from '../saved/open-test-database';
import { HOSTILE_SNIPPETS, POSTING_WORDS, binaryGarbage, fuzzParams, mutatedText } from './fuzz-support';

// The JSON Resume importer on any file a person might pick: it never throws, and either refuses with a message
// for a person or gives drafts the profile repository accepts (schema-valid, one per skill id).

const taxonomy = loadTaxonomy();
const lookup: SkillLookup = {
  skills: taxonomy.skills,
  getSkill: (id) => taxonomy.byId.get(id) ?? null,
  resolveSkillName,
};

const RESUME_DIR = path.resolve(FIXTURES_DIR, '../json-resume');
const resumeFixtures = ['foreign.resume.json', 'no-skills.resume.json', 'schema-invalid.resume.json'].map(
  (f) => readFileSync(path.join(RESUME_DIR, f), 'utf8'),
);

function readSafely(text: string): JsonResumeReadResult {
  let result: JsonResumeReadResult | undefined;
  expect(() => {
    result = readJsonResume(text, lookup);
  }).not.toThrow();
  return result!;
}

/** The result is a clear refusal, or drafts the repository's schema accepts with unique ids. */
function expectWellFormed(result: JsonResumeReadResult): void {
  if (!result.ok) {
    expect(result.error.length).toBeGreaterThan(10);
    expect(result.error.length).toBeLessThan(2_000);
    return;
  }
  expect(result.drafts.length).toBeGreaterThan(0);
  const ids = result.drafts.map((d) => d.skillId);
  expect(new Set(ids).size).toBe(ids.length);
  for (const draft of result.drafts) {
    const parsed = ProfileSkillDraftSchema.safeParse(draft);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  }
  for (const warning of result.warnings) expect(typeof warning).toBe('string');
}

// Anything at all in each field, so the schema's refusals and the reader's fallbacks are both reached.
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...HOSTILE_SNIPPETS, ...POSTING_WORDS, '', ' ', 'Expert', 'learning', 'k8s'),
);
const resumeItem = fc.record(
  {
    name: fc.oneof(anyValue, fc.constantFrom(...POSTING_WORDS, ...HOSTILE_SNIPPETS)),
    level: anyValue,
    keywords: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...POSTING_WORDS), fc.string())), anyValue),
    skillId: fc.oneof(fc.constantFrom('python', 'custom:x', '', 'nope'), anyValue),
    category: anyValue,
    years: fc.oneof(fc.integer({ min: -5, max: 80 }), fc.double(), anyValue),
    lastUsed: fc.oneof(fc.integer({ min: 1900, max: 2200 }), anyValue),
    notes: anyValue,
    custom: fc.oneof(fc.boolean(), anyValue),
  },
  { requiredKeys: [] },
);
// Mostly the right types, as real files have, so that most of these are read and reach the repository.
const plausibleItem = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...POSTING_WORDS, ...HOSTILE_SNIPPETS), fc.string({ maxLength: 30 })),
    level: fc.constantFrom('Expert', 'Beginner', 'Master', 'working', '', 'ninja'),
    keywords: fc.array(fc.oneof(fc.constantFrom(...POSTING_WORDS), fc.string({ maxLength: 10 })), {
      maxLength: 4,
    }),
    skillId: fc.constantFrom('python', 'docker', 'custom:x', 'nope'),
    category: fc.constantFrom('language', 'custom', ''),
    years: fc.option(fc.integer({ min: 0, max: 60 })),
    lastUsed: fc.option(fc.integer({ min: 1950, max: 2100 })),
    notes: fc.string({ maxLength: 20 }),
    custom: fc.boolean(),
  },
  { requiredKeys: [] },
);
const plausibleResume = fc.record({ skills: fc.array(plausibleItem, { minLength: 1, maxLength: 12 }) });

const resume = fc.record(
  { skills: fc.oneof(fc.array(resumeItem, { maxLength: 12 }), anyValue), basics: anyValue },
  { requiredKeys: [] },
);

describe('readJsonResume fuzz', () => {
  it('any string is refused with a message or read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), (text) => {
        expectWellFormed(readSafely(text));
      }),
      fuzzParams(400),
    );
  });

  it('generated resumes with fields of every type give drafts the repository accepts, or a refusal', () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(resume, plausibleResume), (value) => {
        const result = readSafely(JSON.stringify(value));
        expectWellFormed(result);
        if (result.ok) read++;
        else refused++;
      }),
      fuzzParams(400),
    );
    // Both paths were exercised, not only the refusal.
    expect(read).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(50);
  });

  it('mutated resume files (cut, repeated, spliced text) are refused or read', () => {
    fc.assert(
      fc.property(mutatedText(resumeFixtures, 6), (text) => {
        expectWellFormed(readSafely(text));
      }),
      fuzzParams(300),
    );
  });

  it('what it reads merges into the profile, and merging it again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(plausibleResume, async (value) => {
        const result = readSafely(JSON.stringify(value));
        fc.pre(result.ok);
        if (!result.ok) return;
        const db = await openTestDatabase();
        try {
          const repo = createProfileRepository(db, { now: () => 1 });
          const first = await repo.merge(result.drafts);
          expect(first.added.length).toBeGreaterThan(0);
          const stored = await repo.list();
          const again = await repo.merge(result.drafts);
          expect(again.added).toEqual([]);
          expect(again.updated).toEqual([]);
          expect(await repo.list()).toEqual(stored);
        } finally {
          db.close();
        }
      }),
      fuzzParams(40),
    );
  });

  describe('hostile files', () => {
    it('markup and invisible characters in names are kept as plain names', () => {
      const items = HOSTILE_SNIPPETS.filter((s) => s.trim() !== '').map((name) => ({ name }));
      const result = readSafely(JSON.stringify({ skills: items }));
      expectWellFormed(result);
      if (!result.ok) throw new Error(result.error);
      expect(result.drafts.map((d) => d.name)).toContain('<script>alert(1)</script>');
    });

    it('5 MB of skills', () => {
      const skills = Array.from({ length: 60_000 }, (_, i) => ({
        name: `Skill number ${i} with a long name padded out ${'x'.repeat(40)}`,
        level: 'Advanced',
        // A name that does not resolve but whose keywords do is a heading: only the keywords count.
        keywords: i % 2 === 0 ? ['Python', 'k8s'] : [],
      }));
      const text = JSON.stringify({ skills });
      expect(text.length).toBeGreaterThan(5_000_000);
      const result = readSafely(text);
      expectWellFormed(result);
      expect(result.ok && result.drafts.length).toBe(30_000 + 2);
    });

    it('10,000 levels of nested arrays and binary garbage are refused', () => {
      const deep = `{"skills":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      for (const text of [deep, binaryGarbage(1_000_000), '\ufeff{"skills":[{"name":"Go"}]}', '']) {
        const result = readSafely(text);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }
    });
  });
});
