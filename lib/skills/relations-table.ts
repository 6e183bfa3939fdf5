import type { TaxonomySkill } from '../schemas/taxonomy';

// What scoring needs from the taxonomy (lib/match's SkillRelations: aliases, implies, similar), as a compact
// table the extension ships beside the finder's index, so a worker scores its first posting without loading the
// whole taxonomy (names, categories, sources: only the popup's profile tools need those).

/** [id, aliases, implied ids or 0, [similar id, weight] pairs or 0], for each skill that has any of them. */
export type RelationsTable = [string, string[], string[] | 0, [string, number][] | 0][];

export interface RelationSkill {
  id: string;
  aliases: string[];
  implies?: string[];
  similar?: { id: string; weight: number }[];
}

export function packRelations(skills: readonly TaxonomySkill[]): RelationsTable {
  const table: RelationsTable = [];
  for (const skill of skills) {
    const implies = skill.implies ?? [];
    const similar = skill.similar ?? [];
    if (skill.aliases.length === 0 && implies.length === 0 && similar.length === 0) continue;
    table.push([
      skill.id,
      [...skill.aliases],
      implies.length ? [...implies] : 0,
      similar.length ? similar.map((s) => [s.id, s.weight] as [string, number]) : 0,
    ]);
  }
  return table;
}

/** The table's rows as the skills createSkillRelations takes (a skill absent from it relates to nothing). */
export function unpackRelations(table: RelationsTable): RelationSkill[] {
  return table.map(([id, aliases, implies, similar]) => ({
    id,
    aliases,
    ...(implies === 0 ? {} : { implies }),
    ...(similar === 0 ? {} : { similar: similar.map(([near, weight]) => ({ id: near, weight })) }),
  }));
}
