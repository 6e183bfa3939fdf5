import { foldSkillName } from './fold-skill-name';

export const CUSTOM_SKILL_PREFIX = 'custom:';

/**
 * The id of a skill the taxonomy does not know: "custom:" and a slug of its name, so the same name typed twice
 * (in any case or spacing) is the same skill. "+", "#" and "." are spelled out so C++ and C# stay distinct.
 */
export function customSkillId(name: string): string {
  const slug = foldSkillName(name)
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/\./g, ' dot ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${CUSTOM_SKILL_PREFIX}${slug || 'skill'}`;
}

export const isCustomSkillId = (skillId: string): boolean => skillId.startsWith(CUSTOM_SKILL_PREFIX);
