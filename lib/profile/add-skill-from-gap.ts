import type { ProfileRepository } from '@/lib/db/profile-repo';
import type { ProfileSkill } from '@/lib/schemas/profile';

export interface GapSkill {
  skillId: string;
  name: string;
  category: string;
}

/**
 * "Add to profile" on a gap (the This job tab, the Saved tab's missing-across-jobs list): the skill at level
 * "working" with no years, which the person can refine in the Profile tab.
 */
export function addSkillFromGap(
  repo: Pick<ProfileRepository, 'add'>,
  skill: GapSkill,
): Promise<ProfileSkill> {
  return repo.add({
    skillId: skill.skillId,
    name: skill.name,
    category: skill.category,
    level: 'working',
    years: null,
    lastUsed: null,
    notes: '',
    custom: skill.skillId.startsWith('custom:'),
  });
}
