import { normalizeSkillName } from '@/lib/skills/normalize-skill-name';

/**
 * The taxonomy's normal form of a skill name, with accents also dropped: what the profile compares typed text
 * with, so "francais" finds "Français" and a custom skill typed twice with different accents is one skill.
 */
export function foldSkillName(name: string): string {
  return normalizeSkillName(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
