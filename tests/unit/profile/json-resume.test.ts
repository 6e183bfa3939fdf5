import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { exportJsonResume, JsonResumeExportSchema, readJsonResume } from '@/lib/profile/json-resume';
import { createSkillLookup } from '@/lib/profile/skill-lookup';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { TINY_TAXONOMY } from './tiny-taxonomy';

const lookup = createSkillLookup(TINY_TAXONOMY);
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/json-resume/${name}`, import.meta.url), 'utf8');

let counter = 0;
async function freshRepo() {
  const db = await openDatabase(`gapmark-resume-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  return createProfileRepository(db, { now: () => 5_000 });
}

const withoutTimes = (skills: ProfileSkill[]) =>
  skills.map(({ addedAt: _a, updatedAt: _u, ...rest }) => rest);

describe('readJsonResume', () => {
  it('reads a JSON Resume written by another tool', () => {
    const result = readJsonResume(fixture('foreign.resume.json'), lookup);
    if (!result.ok) throw new Error(result.error);
    const byId = Object.fromEntries(result.drafts.map((d) => [d.skillId, d]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        'css',
        'custom:internal-billing-dsl',
        'go',
        'html',
        'javascript',
        'kubernetes',
        'postgresql',
        'python',
        'terraform',
      ].sort(),
    );
    // "Web Development" does not resolve but its keywords do: a group heading, not a skill.
    expect(byId['custom:web-development']).toBeUndefined();
    expect(byId.html).toMatchObject({ name: 'HTML', level: 'strong', custom: false, category: 'language' });
    expect(byId.kubernetes).toMatchObject({ level: 'expert' });
    expect(byId.terraform).toMatchObject({ level: 'expert' });
    expect(byId.postgresql).toMatchObject({ name: 'PostgreSQL', level: 'working' });
    expect(byId['custom:internal-billing-dsl']).toMatchObject({
      custom: true,
      level: 'working',
      category: 'custom',
    });
    expect(byId.go).toMatchObject({ level: 'learning' });
    expect(result.warnings.join('\n')).toMatch(/Level "Ninja"/);
    expect(result.warnings.join('\n')).toMatch(/Flexbox wizardry/);
  });

  it.each([
    ['not-json.resume.txt', /not JSON/],
    ['schema-invalid.resume.json', /not a JSON Resume file: skills\[0\]\.keywords/],
    ['no-skills.resume.json', /no skills/],
  ])('refuses %s with a clear message', (file, message) => {
    const result = readJsonResume(fixture(file), lookup);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it.each([
    ['an array', '[]', /not a JSON Resume/],
    ['a string', '"skills"', /not a JSON Resume/],
    ['an empty skills list', '{"skills": []}', /no skills/],
    ['items with nothing readable', '{"skills": [{"level": "Expert"}]}', /No skills could be read/],
  ])('refuses %s', (_label, text, message) => {
    const result = readJsonResume(text, lookup);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('importing into the profile', () => {
  it('merges without duplicates, and a second import changes nothing', async () => {
    const repo = await freshRepo();
    await repo.add({
      skillId: 'kubernetes',
      name: 'Kubernetes',
      category: 'devops',
      level: 'basic',
      years: null,
      lastUsed: null,
      notes: 'mine',
      custom: false,
    });
    const result = readJsonResume(fixture('foreign.resume.json'), lookup);
    if (!result.ok) throw new Error(result.error);
    const first = await repo.merge(result.drafts);
    expect(first.added).toHaveLength(8);
    expect(first.unchanged).toEqual(['kubernetes']);
    expect((await repo.get('kubernetes'))?.level).toBe('basic');
    const profile = await repo.list();
    const second = await repo.merge(result.drafts);
    expect(second.added).toEqual([]);
    expect(await repo.list()).toEqual(profile);
  });

  it('round-trips: export, import into an empty profile, export again — equal', async () => {
    const source = await freshRepo();
    await source.merge([
      {
        skillId: 'kubernetes',
        name: 'Kubernetes',
        category: 'devops',
        level: 'strong',
        years: 4.5,
        lastUsed: 2025,
        notes: 'EKS, GKE',
        custom: false,
      },
      {
        skillId: 'custom:internal-billing-dsl',
        name: 'Internal Billing DSL',
        category: 'custom',
        level: 'expert',
        years: 2,
        lastUsed: null,
        notes: '',
        custom: true,
      },
      {
        skillId: 'retired-skill',
        name: 'A skill the taxonomy dropped',
        category: 'tool',
        level: 'learning',
        years: null,
        lastUsed: 2012,
        notes: 'old',
        custom: false,
      },
      {
        skillId: 'postgresql',
        name: 'Postgres',
        category: 'database',
        level: 'working',
        years: 0.5,
        lastUsed: null,
        notes: 'line1\nline2 "quoted"',
        custom: false,
      },
    ]);
    const exported = exportJsonResume(await source.list());
    expect(JsonResumeExportSchema.safeParse(exported).success).toBe(true);
    expect(Object.keys(exported)).toEqual(['skills']);

    const target = await freshRepo();
    const read = readJsonResume(JSON.stringify(exported, null, 2), lookup);
    if (!read.ok) throw new Error(read.error);
    expect(read.warnings).toEqual([]);
    await target.merge(read.drafts);
    expect(withoutTimes(await target.list())).toEqual(withoutTimes(await source.list()));
    expect(exportJsonResume(await target.list())).toEqual(exported);
  });
});
