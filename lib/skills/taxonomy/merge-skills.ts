import type { SkillCategory, Taxonomy, TaxonomySkill } from '../../schemas/taxonomy';
import { dropQualifiedForms } from './drop-qualified-forms';
import { looseSkillKey, normalizeSkillName } from '../normalize-skill-name';
import type { CuratedSkill } from './parse-curated';

// A skill proposed by a generated source (O*NET, Linguist, ESCO). It either merges into a skill that already
// owns one of its written forms, or becomes a new skill.
export interface SkillCandidate {
  name: string;
  aliases: string[];
  category: SkillCategory;
  source: string;
  ambiguousForms?: string[];
  // Only enrich a skill that already has this name; never create one, never match by alias (one-letter
  // Linguist names, ESCO knowledge entries outside the selection).
  mergeOnly?: boolean;
  // Merge only into a skill of the same category; otherwise drop the candidate (Linguist's "Lean", a theorem
  // prover, must not enrich the Lean method).
  sameCategoryOnly?: boolean;
  // Find the skill to merge into by the candidate's name only: ESCO's alternative labels are too loose to
  // decide identity ("computer vision" lists TensorFlow), though they are fine as extra spellings.
  matchByNameOnly?: boolean;
  // Merge into this skill id, whatever the names say (a hand-made mapping of an ESCO entry to a curated skill).
  mergeInto?: string;
}

// A written form that two skills both wanted. The earlier (higher-priority) skill keeps it.
export interface AliasCollision {
  form: string;
  keptBy: string;
  droppedFrom: string;
  source: string;
}

export interface MergeReport {
  collisions: AliasCollision[];
  addedBySource: Record<string, number>;
  mergedBySource: Record<string, number>;
  aliasesBySource: Record<string, number>; // which source brought each alias that was kept
}

// A curated skill as the merge grows it, with the sources that contributed.
interface WorkingSkill extends CuratedSkill {
  sources: string[];
}

export const TAXONOMY_VERSION = 1;

export function slugifySkillName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/^\./, 'dot')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'skill' : slug;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Merges the curated skills (first, so they own their names and aliases) with generated candidates in the
 * order given, checks every relation, makes "similar" symmetric and returns a sorted, deterministic taxonomy.
 */
export interface MergeOptions {
  // True for a form that is also an ordinary word ("ProFile" reads as "profile"). Applied to the forms generated
  // sources bring; the curated source marks its own by hand.
  isOrdinaryWord?: (form: string) => boolean;
}

// Spellings that are never a skill whatever a source says: abbreviations of ordinary prose.
const BANNED_FORMS = new Set([
  'etc',
  'etc.',
  'e.g.',
  'i.e.',
  'n/a',
  'ok',
  'it',
  'us',
  'we',
  'am',
  'pm',
  'tbd',
  'asap',
]);

export function mergeSkills(
  curated: CuratedSkill[],
  candidates: SkillCandidate[],
  options: MergeOptions = {},
): { taxonomy: Taxonomy; report: MergeReport } {
  const skills = new Map<string, WorkingSkill>();
  const owners = new Map<string, string>(); // normalised form -> skill id
  const looseOwners = new Map<string, string>(); // looseSkillKey -> first skill id written that way
  // Forms their owner marks as ordinary words. A candidate of another category never merges through one: O*NET's
  // "EDA" (electronic design automation) is not the curated "EDA" (event-driven architecture).
  const ambiguousKeys = new Set<string>();
  const report: MergeReport = { collisions: [], addedBySource: {}, mergedBySource: {}, aliasesBySource: {} };

  const addForm = (skill: WorkingSkill, form: string, source: string, ambiguous: boolean): void => {
    const key = normalizeSkillName(form);
    if (key === '' || BANNED_FORMS.has(key)) return;
    const owner = owners.get(key);
    if (owner === skill.id) return;
    if (owner !== undefined) {
      report.collisions.push({ form, keptBy: owner, droppedFrom: skill.id, source });
      return;
    }
    owners.set(key, skill.id);
    if (key !== normalizeSkillName(skill.name)) {
      skill.aliases.push(form);
      increment(report.aliasesBySource, source);
    }
    const ordinary =
      source !== 'curated' && /^\p{L}+$/u.test(form) && options.isOrdinaryWord?.(form) === true;
    if (ambiguous || ordinary) {
      ambiguousKeys.add(key);
      if (!skill.ambiguousForms.includes(form)) skill.ambiguousForms.push(form);
      return;
    }
    const loose = looseSkillKey(form);
    if (loose !== '' && !looseOwners.has(loose)) looseOwners.set(loose, skill.id);
  };

  // Through a form its owner marks as an ordinary word, a candidate merges only into a skill of its own kind or
  // of the very same name (O*NET's "Ruby" is the curated Ruby whatever its commodity class).
  const ownerFor = (form: string, candidate: SkillCandidate): string | undefined => {
    const key = normalizeSkillName(form);
    const owner = owners.get(key);
    if (owner === undefined || !ambiguousKeys.has(key)) return owner;
    const skill = skills.get(owner);
    const sameName =
      skill !== undefined && normalizeSkillName(skill.name) === normalizeSkillName(candidate.name);
    return skill?.category === candidate.category || sameName ? owner : undefined;
  };

  for (const entry of curated) {
    if (skills.has(entry.id)) throw new Error(`duplicate curated id "${entry.id}"`);
    const skill: WorkingSkill = {
      id: entry.id,
      name: entry.name,
      category: entry.category,
      aliases: [],
      ambiguousForms: [],
      implies: [...entry.implies],
      similar: entry.similar.map((similar) => ({ ...similar })),
      sources: ['curated'],
    };
    skills.set(skill.id, skill);
    for (const form of [entry.name, ...entry.aliases]) {
      addForm(skill, form, 'curated', entry.ambiguousForms.includes(form));
    }
    increment(report.addedBySource, 'curated');
  }

  for (const candidate of candidates) {
    const forms = [candidate.name, ...candidate.aliases];
    const ambiguous = new Set(candidate.ambiguousForms ?? []);
    const matchable = candidate.mergeOnly || candidate.matchByNameOnly ? [candidate.name] : forms;
    const ownerId: string | undefined =
      matchable.map((form) => ownerFor(form, candidate)).find((id) => id !== undefined) ??
      matchable.map((form) => looseOwners.get(looseSkillKey(form))).find((id) => id !== undefined);
    const targetId = candidate.mergeInto ?? ownerId;
    const existing = targetId === undefined ? undefined : skills.get(targetId);
    if (candidate.mergeInto && !existing)
      throw new Error(`"${candidate.name}" maps to unknown id ${targetId}`);
    if (existing && candidate.sameCategoryOnly && existing.category !== candidate.category) continue;
    if (existing) {
      if (!existing.sources.includes(candidate.source)) existing.sources.push(candidate.source);
      for (const form of forms) addForm(existing, form, candidate.source, ambiguous.has(form));
      increment(report.mergedBySource, candidate.source);
      continue;
    }
    if (candidate.mergeOnly) continue;
    // A new skill is named by its first spelling no other skill owns, so every written form keeps one owner.
    const name = forms.find((form) => {
      const key = normalizeSkillName(form);
      return key !== '' && !BANNED_FORMS.has(key) && !owners.has(key);
    });
    if (name === undefined) {
      report.collisions.push({
        form: candidate.name,
        keptBy: owners.get(normalizeSkillName(candidate.name)) ?? '',
        droppedFrom: '(new skill)',
        source: candidate.source,
      });
      continue;
    }
    let id = slugifySkillName(name);
    if (skills.has(id)) id = `${id}-${candidate.category}`;
    for (let n = 2; skills.has(id); n += 1) id = `${slugifySkillName(name)}-${n}`;
    const skill: WorkingSkill = {
      id,
      name,
      category: candidate.category,
      aliases: [],
      ambiguousForms: [],
      implies: [],
      similar: [],
      sources: [candidate.source],
    };
    skills.set(id, skill);
    for (const form of forms) addForm(skill, form, candidate.source, ambiguous.has(form));
    increment(report.addedBySource, candidate.source);
  }

  // Last and lowest in priority: the other ways people write the same name ("Vue.js" -> "VueJS", "Vue JS";
  // "event-driven" -> "event driven"; "e-commerce" -> "ecommerce").
  for (const skill of skills.values()) {
    for (const form of [skill.name, ...skill.aliases]) {
      const ambiguous = skill.ambiguousForms.includes(form);
      for (const variant of listSpellingVariants(form)) addForm(skill, variant, 'variant', ambiguous);
    }
  }

  const missing: string[] = [];
  for (const skill of skills.values()) {
    for (const target of skill.implies)
      if (!skills.has(target)) missing.push(`${skill.id} implies ${target}`);
    for (const { id } of skill.similar) if (!skills.has(id)) missing.push(`${skill.id} ~ ${id}`);
  }
  if (missing.length > 0) throw new Error(`relations to unknown ids: ${missing.join(', ')}`);

  // "A is like B" holds both ways; an explicit weight on the other side wins.
  for (const skill of skills.values()) {
    for (const { id, weight } of skill.similar) {
      const other = skills.get(id);
      if (other && !other.similar.some((entry) => entry.id === skill.id)) {
        other.similar.push({ id: skill.id, weight });
      }
    }
  }

  const sorted = [...skills.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { taxonomy: { version: TAXONOMY_VERSION, skills: sorted.map(toTaxonomySkill) }, report };
}

export function listSpellingVariants(form: string): string[] {
  const variants: string[] = [];
  const js = /^([\p{L}\p{N}]+)\.js$/iu.exec(form);
  if (js?.[1]) variants.push(`${js[1]}JS`, `${js[1]} JS`);
  if (/^\p{L}-\p{L}{3,}$/u.test(form)) variants.push(form.replace('-', ''));
  if (/\p{L}-\p{L}/u.test(form)) variants.push(form.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
  return variants;
}

function toTaxonomySkill(skill: WorkingSkill): TaxonomySkill {
  const out: TaxonomySkill = {
    id: skill.id,
    name: skill.name,
    category: skill.category,
    aliases: dropQualifiedForms(skill.name, skill.aliases),
  };
  if (skill.ambiguousForms.length > 0) {
    out.ambiguous = true;
    out.ambiguousAliases = skill.ambiguousForms;
  }
  const implies = [...new Set(skill.implies)].filter((id) => id !== skill.id).sort();
  if (implies.length > 0) out.implies = implies;
  const similar = skill.similar
    .filter((entry) => entry.id !== skill.id)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (similar.length > 0) out.similar = similar;
  out.source = skill.sources;
  return out;
}

// One skill per line: compact, yet a diff of the committed file still shows which skills changed.
export function serializeTaxonomy(taxonomy: Taxonomy): string {
  const lines = taxonomy.skills.map((skill) => JSON.stringify(skill));
  return `{"version":${taxonomy.version},"skills":[\n${lines.join(',\n')}\n]}\n`;
}
