import type { ProfileRepository, ProfileSkillDraft } from '@/lib/db/profile-repo';
import { CUSTOM_SKILL_PREFIX } from './custom-skill-id';
import type { ProfileSkill } from '@/lib/schemas/profile';

export interface GapSkill {
  skillId: string;
  name: string;
  category: string;
}

/**
 * A skill as first added from a list (a gap, a popular skill, a CV finding): level "working" with no years,
 * which the person can refine in the Profile tab.
 */
export function workingSkillDraft(skill: GapSkill): ProfileSkillDraft {
  return {
    skillId: skill.skillId,
    name: skill.name,
    category: skill.category,
    level: 'working',
    years: null,
    lastUsed: null,
    notes: '',
    custom: skill.skillId.startsWith(CUSTOM_SKILL_PREFIX),
  };
}

/** "Add to profile" on a gap (the This job tab, the Saved tab's missing-across-jobs list). */
export function addSkillFromGap(
  repo: Pick<ProfileRepository, 'add'>,
  skill: GapSkill,
): Promise<ProfileSkill> {
  return repo.add(workingSkillDraft(skill));
}
