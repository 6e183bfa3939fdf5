import { expect, it } from 'vitest';
import { addSkillFromGap, workingSkillDraft } from '@/lib/profile/add-skill-from-gap';

// A skill added from a list (a gap, a popular skill, a CV finding) starts at "working" with nothing else said;
// a skill the taxonomy does not know keeps its custom mark.
it('drafts a listed skill at working level, custom only for a custom id', () => {
  expect(workingSkillDraft({ skillId: 'kafka', name: 'Kafka', category: 'data' })).toEqual({
    skillId: 'kafka',
    name: 'Kafka',
    category: 'data',
    level: 'working',
    years: null,
    lastUsed: null,
    notes: '',
    custom: false,
  });
  expect(workingSkillDraft({ skillId: 'custom:acme-ql', name: 'AcmeQL', category: 'other' }).custom).toBe(
    true,
  );
});

it('adds a gap to the profile as that draft', async () => {
  const added: unknown[] = [];
  const repo = {
    add: (draft: never) => {
      added.push(draft);
      return Promise.resolve(draft);
    },
  };
  await addSkillFromGap(repo as never, { skillId: 'redis', name: 'Redis', category: 'database' });
  expect(added).toEqual([workingSkillDraft({ skillId: 'redis', name: 'Redis', category: 'database' })]);
});
