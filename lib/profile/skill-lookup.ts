import type { TaxonomySkill } from '@/lib/schemas/taxonomy';
import { foldSkillName } from './fold-skill-name';

/** What the profile needs to know of a taxonomy skill. The taxonomy's own skills fit as they are. */
export type CatalogSkill = Pick<TaxonomySkill, 'id' | 'name' | 'aliases'> &
  Partial<Pick<TaxonomySkill, 'source' | 'ambiguous'>> & { category: string };

/** Finds taxonomy skills by id, or by a written name or alias ("k8s" → Kubernetes). */
export interface SkillLookup {
  readonly skills: readonly CatalogSkill[];
  getSkill(skillId: string): CatalogSkill | null;
  resolveSkillName(name: string): CatalogSkill | null;
}

/**
 * Builds a lookup over a list of skills (the full taxonomy, or a tiny one in tests). A display name wins over
 * another skill's alias with the same spelling, and earlier skills win ties, so the result is deterministic.
 */
export function createSkillLookup(skills: readonly CatalogSkill[]): SkillLookup {
  const byId = new Map<string, CatalogSkill>();
  const byName = new Map<string, CatalogSkill>();
  for (const skill of skills) {
    byId.set(skill.id, skill);
    const key = foldSkillName(skill.name);
    if (!byName.has(key)) byName.set(key, skill);
  }
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const key = foldSkillName(alias);
      if (key && !byName.has(key)) byName.set(key, skill);
    }
  }
  return {
    skills,
    getSkill: (skillId) => byId.get(skillId) ?? null,
    resolveSkillName: (name) => byName.get(foldSkillName(name)) ?? null,
  };
}
