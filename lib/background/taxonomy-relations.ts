import { engineData } from '@/lib/skills/engine-data';
import { unpackRelations } from '@/lib/skills/relations-table';
import { createSkillRelations, type SkillRelations } from '@/lib/match/skill-relations';

let relations: SkillRelations | undefined;

/**
 * The taxonomy's implies/similar/alias relations in the shape lib/match takes, built once from the engine's
 * relations table (lib/skills/relations-table: the same relations, without the rest of the taxonomy).
 */
export function taxonomyRelations(): SkillRelations {
  relations ??= createSkillRelations(unpackRelations(engineData().relations));
  return relations;
}
