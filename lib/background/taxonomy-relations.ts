import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { createSkillRelations, type SkillRelations } from '@/lib/match/skill-relations';

let relations: SkillRelations | undefined;

/** The taxonomy's implies/similar/alias relations in the shape lib/match takes, built once. */
export function taxonomyRelations(): SkillRelations {
  relations ??= createSkillRelations(loadTaxonomy().skills);
  return relations;
}
