import type { Taxonomy, TaxonomySkill } from '../schemas/taxonomy';
import { taxonomyData } from './engine-data';
import { looseSkillKey, normalizeSkillName } from './normalize-skill-name';

export interface SimilarSkill {
  id: string;
  weight: number;
}

export interface LoadedTaxonomy {
  version: number;
  skills: readonly TaxonomySkill[];
  byId: ReadonlyMap<string, TaxonomySkill>;
  // normalizeSkillName(name or alias) -> ids of the skills written that way (one id unless a collision was kept)
  byName: ReadonlyMap<string, readonly string[]>;
  // id -> ids of the skills that directly imply it (php -> laravel, symfony, ...)
  impliedBy: ReadonlyMap<string, readonly string[]>;
  // id -> skills like it, with weights (already symmetric in the compiled file)
  similarTo: ReadonlyMap<string, readonly SimilarSkill[]>;
}

const EMPTY: readonly never[] = [];

// The full Zod parse of ~2,000 skills costs more than building every index below, so the hot path only checks
// the shape it relies on; tests/unit/taxonomy validates the whole file with TaxonomySchema.
function checkShape(value: unknown): Taxonomy {
  const candidate = value as Partial<Taxonomy> | null;
  if (!candidate || typeof candidate.version !== 'number' || !Array.isArray(candidate.skills)) {
    throw new Error('taxonomy.json: expected { version, skills[] }');
  }
  for (const skill of candidate.skills) {
    if (typeof skill?.id !== 'string' || typeof skill.name !== 'string' || !Array.isArray(skill.aliases)) {
      throw new Error(`taxonomy.json: malformed skill ${JSON.stringify(skill).slice(0, 80)}`);
    }
  }
  return candidate as Taxonomy;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function indexNames(skills: readonly TaxonomySkill[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const skill of skills) {
    push(byName, normalizeSkillName(skill.name), skill.id);
    for (const alias of skill.aliases) push(byName, normalizeSkillName(alias), skill.id);
  }
  return byName;
}

export function indexTaxonomy(taxonomy: Taxonomy): LoadedTaxonomy {
  const byId = new Map<string, TaxonomySkill>();
  const impliedBy = new Map<string, string[]>();
  const similarTo = new Map<string, SimilarSkill[]>();
  for (const skill of taxonomy.skills) {
    byId.set(skill.id, skill);
    for (const target of skill.implies ?? EMPTY) push(impliedBy, target, skill.id);
    if (skill.similar && skill.similar.length > 0) similarTo.set(skill.id, skill.similar);
  }
  // The name index (~8,000 keys) is most of the indexing cost and only name lookups need it (the mention
  // finder builds its own matcher from the skills), so it is built on first use.
  let byName: Map<string, string[]> | undefined;
  return {
    version: taxonomy.version,
    skills: taxonomy.skills,
    byId,
    get byName() {
      byName ??= indexNames(taxonomy.skills);
      return byName;
    },
    impliedBy,
    similarTo,
  };
}

let loaded: LoadedTaxonomy | undefined;

/** The compiled taxonomy with its lookup indexes, built once per process (or service worker). */
export function loadTaxonomy(): LoadedTaxonomy {
  loaded ??= indexTaxonomy(checkShape(taxonomyData()));
  return loaded;
}

let looseIndex: Map<string, string | null> | undefined;

// Built lazily: only name resolution from user input (autocomplete, imports, seed tests) needs it.
function looseLookup(taxonomy: LoadedTaxonomy, name: string): TaxonomySkill | null {
  if (looseIndex === undefined) {
    looseIndex = new Map();
    for (const [key, ids] of taxonomy.byName) {
      const loose = looseSkillKey(key);
      for (const id of ids) {
        const seen = looseIndex.get(loose);
        looseIndex.set(loose, seen === undefined || seen === id ? id : null); // null: ambiguous, refuse
      }
    }
  }
  const id = looseIndex.get(looseSkillKey(name));
  return id ? (taxonomy.byId.get(id) ?? null) : null;
}

/**
 * The skill a person means by a written name: exact match of the name or an alias after normalisation, then
 * the same ignoring spaces and punctuation other than + # . ("Event-Driven Architecture"). Null when unknown
 * or when the loose form belongs to more than one skill.
 */
export function resolveSkillName(name: string): TaxonomySkill | null {
  const taxonomy = loadTaxonomy();
  const ids = taxonomy.byName.get(normalizeSkillName(name));
  const first = ids?.[0];
  if (first !== undefined) return taxonomy.byId.get(first) ?? null;
  return looseLookup(taxonomy, name);
}

/** Every skill that `id` implies, transitively (spring-boot -> spring, java), without `id` itself. */
export function listImpliedSkills(id: string): string[] {
  const { byId } = loadTaxonomy();
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const target of byId.get(next)?.implies ?? EMPTY) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  seen.delete(id);
  return [...seen].sort();
}

interface SuggestionEntry {
  skill: TaxonomySkill;
  name: string;
  aliases: string[];
  curated: boolean;
}

let suggestionEntries: SuggestionEntry[] | undefined;

/**
 * Skills whose name or alias starts with what the person typed, best first, for the profile's autocomplete:
 * exact spelling, then name prefix, then alias prefix, then a later word of the name ("kaf" -> Apache Kafka);
 * curated skills before generated ones, then skills written in more ways (a fair proxy for how common they are),
 * then shorter names. A linear scan (~8,000 forms) is fast enough per
 * keystroke and needs no extra index in memory until first use.
 */
export function suggestSkills(query: string, limit = 10): TaxonomySkill[] {
  const typed = normalizeSkillName(query);
  if (typed === '' || limit <= 0) return [];
  suggestionEntries ??= loadTaxonomy().skills.map((skill) => ({
    skill,
    name: normalizeSkillName(skill.name),
    aliases: skill.aliases.map(normalizeSkillName),
    curated: skill.source?.includes('curated') ?? false,
  }));
  const ranked: { entry: SuggestionEntry; rank: number }[] = [];
  for (const entry of suggestionEntries) {
    let rank = -1;
    if (entry.name === typed || entry.aliases.includes(typed)) rank = 0;
    else if (entry.name.startsWith(typed)) rank = 1;
    else if (entry.aliases.some((alias) => alias.startsWith(typed))) rank = 2;
    else if (entry.name.split(/[\s/-]+/).some((word) => word.startsWith(typed))) rank = 3;
    if (rank >= 0) ranked.push({ entry, rank });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.entry.curated) - Number(a.entry.curated) ||
      b.entry.aliases.length - a.entry.aliases.length ||
      a.entry.skill.name.length - b.entry.skill.name.length ||
      (a.entry.skill.id < b.entry.skill.id ? -1 : 1),
  );
  return ranked.slice(0, limit).map(({ entry }) => entry.skill);
}
