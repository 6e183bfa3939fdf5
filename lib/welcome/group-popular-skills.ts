import type { CatalogSkill, SkillLookup } from '@/lib/profile/skill-lookup';

// The welcome page's third quick start: the skills postings ask for most, as chips grouped the way a person
// thinks of them (languages, frameworks, cloud…), each group in the popular list's own order.

export interface SkillGroup {
  id: string;
  label: string;
  skills: CatalogSkill[];
}

/** Taxonomy categories merged into the groups shown, in the order shown. */
const GROUPS: { id: string; label: string; categories: string[] }[] = [
  { id: 'languages', label: 'Languages', categories: ['language'] },
  { id: 'frameworks', label: 'Frameworks and libraries', categories: ['framework', 'library'] },
  { id: 'data', label: 'Databases and data', categories: ['database', 'data-ml'] },
  { id: 'cloud', label: 'Cloud and DevOps', categories: ['cloud', 'devops'] },
  { id: 'ways', label: 'Ways of working', categories: ['practice', 'soft-skill'] },
  { id: 'spoken', label: 'Spoken languages', categories: ['spoken-language'] },
];
const OTHER = { id: 'other', label: 'Tools' };

/** Groups the ids the taxonomy knows; unknown ids are left out, empty groups too. */
export function groupPopularSkills(
  ids: Iterable<string>,
  lookup: Pick<SkillLookup, 'getSkill'>,
): SkillGroup[] {
  const groups = new Map<string, SkillGroup>();
  for (const def of [...GROUPS, OTHER]) groups.set(def.id, { id: def.id, label: def.label, skills: [] });
  for (const id of ids) {
    const skill = lookup.getSkill(id);
    if (!skill) continue;
    const group = GROUPS.find((g) => g.categories.includes(skill.category)) ?? OTHER;
    groups.get(group.id)!.skills.push(skill);
  }
  return [...groups.values()].filter((g) => g.skills.length > 0);
}
