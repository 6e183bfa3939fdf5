// What lib/match needs to know about the taxonomy, as a narrow interface: the background passes the loaded
// taxonomy's relations, tests pass tiny inline tables, and lib/match never imports the taxonomy itself.
export interface SkillRelations {
  /** Skills that knowing `id` implies (laravel → ["php"]). */
  implies(id: string): readonly string[];
  /** Skills that imply `id` (php → ["laravel", "symfony"]). */
  impliedBy(id: string): readonly string[];
  /** Skills close to `id`, weight 0..1 (mysql → [{ id: "mariadb", weight: 0.9 }]). */
  similar(id: string): readonly { id: string; weight: number }[];
  /** Other written forms of `id` ("k8s" for kubernetes), so a custom profile skill can match by alias. */
  aliases?(id: string): readonly string[];
}

/** Relations that know nothing: every match is by id or name only. */
export const noRelations: SkillRelations = {
  implies: () => [],
  impliedBy: () => [],
  similar: () => [],
};

/** Builds relations from plain tables, the shape the taxonomy stores (`implies`, `similar` per skill). */
export function createSkillRelations(
  skills: readonly {
    id: string;
    aliases?: readonly string[];
    implies?: readonly string[];
    similar?: readonly { id: string; weight: number }[];
  }[],
): SkillRelations {
  const implies = new Map<string, string[]>();
  const impliedBy = new Map<string, string[]>();
  const similar = new Map<string, { id: string; weight: number }[]>();
  const aliases = new Map<string, string[]>();
  for (const skill of skills) {
    aliases.set(skill.id, [...(skill.aliases ?? [])]);
    for (const target of skill.implies ?? []) {
      implies.set(skill.id, [...(implies.get(skill.id) ?? []), target]);
      impliedBy.set(target, [...(impliedBy.get(target) ?? []), skill.id]);
    }
    for (const near of skill.similar ?? []) {
      similar.set(skill.id, [...(similar.get(skill.id) ?? []), near]);
    }
  }
  return {
    implies: (id) => implies.get(id) ?? [],
    impliedBy: (id) => impliedBy.get(id) ?? [],
    similar: (id) => similar.get(id) ?? [],
    aliases: (id) => aliases.get(id) ?? [],
  };
}
