import { describe, expect, it } from 'vitest';
import { customSkillId, isCustomSkillId } from '@/lib/profile/custom-skill-id';
import { readSkillLevel } from '@/lib/profile/read-skill-level';
import { createSkillLookup } from '@/lib/profile/skill-lookup';
import { TINY_TAXONOMY } from './tiny-taxonomy';

describe('customSkillId', () => {
  it.each([
    ['Internal Billing DSL', 'custom:internal-billing-dsl'],
    ['  internal   billing dsl ', 'custom:internal-billing-dsl'],
    ['C++', 'custom:c-plus-plus'],
    ['C#', 'custom:c-sharp'],
    ['Crème brûlée', 'custom:creme-brulee'],
    ['!!!', 'custom:skill'],
  ])('%j → %s', (name, id) => {
    expect(customSkillId(name)).toBe(id);
    expect(isCustomSkillId(customSkillId(name))).toBe(true);
  });

  it('keeps C++ and C# apart', () => {
    expect(customSkillId('C++')).not.toBe(customSkillId('C#'));
  });
});

describe('createSkillLookup', () => {
  const lookup = createSkillLookup(TINY_TAXONOMY);
  it.each([
    ['k8s', 'kubernetes'],
    ['Postgres', 'postgresql'],
    ['NODE.JS', 'nodejs'],
    ['Deutsch', 'german'],
    ['nope', null],
  ])('resolves %j to %s', (name, id) => {
    expect(lookup.resolveSkillName(name)?.id ?? null).toBe(id);
  });

  it('gets by id', () => {
    expect(lookup.getSkill('python')?.name).toBe('Python');
    expect(lookup.getSkill('nope')).toBeNull();
  });
});

describe('readSkillLevel', () => {
  it.each([
    ['expert', 'expert'],
    ['Advanced', 'strong'],
    ['Intermediate', 'working'],
    ['beginner', 'learning'],
    ['Master', 'expert'],
    ['ninja', null],
    [undefined, null],
  ])('%j → %s', (written, level) => {
    expect(readSkillLevel(written)).toBe(level);
  });
});
