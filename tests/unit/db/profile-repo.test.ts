import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/db/database';
import {
  createProfileRepository,
  ProfileValidationError,
  type ProfileSkillDraft,
} from '@/lib/db/profile-repo';
import { createSettingsRepository } from '@/lib/db/settings-repo';

let counter = 0;
async function setUp() {
  const db = await openDatabase(`gapmark-repo-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  let clock = 1_000;
  const onChange = vi.fn();
  const repo = createProfileRepository(db, { now: () => clock, onChange });
  return { db, repo, onChange, tick: (ms = 1) => (clock += ms) };
}

const draft = (over: Partial<ProfileSkillDraft> = {}): ProfileSkillDraft => ({
  skillId: 'kubernetes',
  name: 'Kubernetes',
  category: 'devops',
  level: 'working',
  years: 2,
  lastUsed: null,
  notes: '',
  custom: false,
  ...over,
});

describe('profile repository', () => {
  it('adds, lists sorted by name and gets skills', async () => {
    const { repo, onChange } = await setUp();
    await repo.add(draft());
    await repo.add(draft({ skillId: 'ansible', name: 'Ansible' }));
    expect((await repo.list()).map((s) => s.skillId)).toEqual(['ansible', 'kubernetes']);
    expect(await repo.get('kubernetes')).toMatchObject({ level: 'working', addedAt: 1000, updatedAt: 1000 });
    expect(await repo.get('nope')).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps the added time when a skill is added again', async () => {
    const { repo, tick } = await setUp();
    await repo.add(draft());
    tick(50);
    const again = await repo.add(draft({ level: 'expert' }));
    expect(again).toMatchObject({ level: 'expert', addedAt: 1000, updatedAt: 1050 });
    expect(await repo.list()).toHaveLength(1);
  });

  it('updates level, years, last-used year and notes', async () => {
    const { repo, tick } = await setUp();
    await repo.add(draft());
    tick(10);
    const updated = await repo.update('kubernetes', {
      level: 'strong',
      years: 4.5,
      lastUsed: 2024,
      notes: 'EKS',
    });
    expect(updated).toMatchObject({
      level: 'strong',
      years: 4.5,
      lastUsed: 2024,
      notes: 'EKS',
      updatedAt: 1010,
    });
    expect(await repo.get('kubernetes')).toEqual(updated);
  });

  it.each([
    ['an unknown level', { level: 'guru' }],
    ['negative years', { years: -1 }],
    ['years beyond 60', { years: 61 }],
    ['a last-used year before 1950', { lastUsed: 1900 }],
  ])('refuses an update with %s and changes nothing', async (_label, patch) => {
    const { repo } = await setUp();
    const original = await repo.add(draft());
    await expect(repo.update('kubernetes', patch as never)).rejects.toThrow(ProfileValidationError);
    expect(await repo.get('kubernetes')).toEqual(original);
  });

  it('refuses to update a skill that is not in the profile', async () => {
    const { repo } = await setUp();
    await expect(repo.update('kubernetes', { level: 'basic' })).rejects.toThrow(/not in the profile/);
  });

  it.each([
    ['an empty id', draft({ skillId: '' })],
    ['an empty name', draft({ name: '' })],
    ['a level number', { ...draft(), level: 3 }],
  ])('refuses to add a skill with %s', async (_label, bad) => {
    const { repo } = await setUp();
    await expect(repo.add(bad as ProfileSkillDraft)).rejects.toThrow(ProfileValidationError);
    expect(await repo.list()).toEqual([]);
  });

  it('removes a skill and restores it exactly (undo)', async () => {
    const { repo, tick } = await setUp();
    await repo.add(draft());
    tick(5);
    await repo.update('kubernetes', { notes: 'kept' });
    const before = await repo.get('kubernetes');
    const removed = await repo.remove('kubernetes');
    expect(removed).toEqual(before);
    expect(await repo.get('kubernetes')).toBeNull();
    await repo.restore(removed!);
    expect(await repo.get('kubernetes')).toEqual(before);
    expect(await repo.remove('never-there')).toBeNull();
  });

  it('merges without duplicates: same id, or a custom skill with the same name', async () => {
    const { repo } = await setUp();
    await repo.add(draft({ years: null }));
    await repo.add(
      draft({ skillId: 'custom:billing-dsl', name: 'Billing DSL', custom: true, category: 'tool' }),
    );
    const result = await repo.merge([
      draft({ years: 3, level: 'expert' }), // same id: fills the missing years, keeps the stored level
      draft({ skillId: 'custom:kubernetes', name: 'kubernetes', custom: true }), // custom with a known name
      draft({ skillId: 'custom:billing-dsl', name: 'billing  DSL', custom: true }), // same custom skill
      draft({ skillId: 'python', name: 'Python', category: 'language' }),
      draft({ skillId: 'python', name: 'Python', category: 'language', notes: 'twice in one file' }),
    ]);
    expect(result).toEqual({ added: ['python'], updated: ['kubernetes'], unchanged: ['custom:billing-dsl'] });
    const skills = await repo.list();
    expect(skills.map((s) => s.skillId)).toEqual(['custom:billing-dsl', 'kubernetes', 'python']);
    expect(skills.find((s) => s.skillId === 'kubernetes')).toMatchObject({ level: 'working', years: 3 });
    expect(skills.find((s) => s.skillId === 'python')?.notes).toBe('twice in one file');
  });

  it('merging the same drafts twice changes nothing the second time', async () => {
    const { repo, onChange } = await setUp();
    const drafts = [draft(), draft({ skillId: 'go', name: 'Go', category: 'language' })];
    await repo.merge(drafts);
    const first = await repo.list();
    onChange.mockClear();
    const again = await repo.merge(drafts);
    expect(again).toEqual({ added: [], updated: [], unchanged: ['kubernetes', 'go'] });
    expect(await repo.list()).toEqual(first);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('writes nothing when one draft of a merge is invalid', async () => {
    const { repo } = await setUp();
    await expect(repo.merge([draft(), draft({ skillId: 'x', name: '' })])).rejects.toThrow(/skill #2/);
    expect(await repo.list()).toEqual([]);
  });
});

describe('settings repository', () => {
  it('returns defaults, stores typed values and refuses bad ones', async () => {
    const { db } = await setUp();
    const settings = createSettingsRepository(db);
    expect(await settings.get('highlightsEnabled')).toBe(true);
    await settings.set('disabledSites', ['www.linkedin.com']);
    expect(await settings.get('disabledSites')).toEqual(['www.linkedin.com']);
    await expect(settings.set('highlightsEnabled', 'yes' as never)).rejects.toThrow(/highlightsEnabled/);
    await db.settings.put({ key: 'enabledSites', value: 'garbage' });
    expect(await settings.get('enabledSites')).toEqual([]);
  });
});
