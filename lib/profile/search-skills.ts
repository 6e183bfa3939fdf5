import type { CatalogSkill } from './skill-lookup';
import { foldSkillName } from './fold-skill-name';
import { POPULAR_SKILL_IDS } from './popular-skill-ids';

/** How well a query matched a skill's name or one of its aliases; lower is better. */
export const MatchTier = { exact: 0, namePrefix: 1, aliasPrefix: 2, wordPrefix: 3, substring: 4 } as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

export interface SkillSuggestion {
  skillId: string;
  name: string;
  category: string;
  /** The alias the query matched, when it was not the display name ("k8s" for Kubernetes). */
  matchedAlias: string | null;
  tier: MatchTier;
}

export interface SkillSearchIndex {
  readonly skills: readonly CatalogSkill[];
  /** Every searchable form, normalised; `owner[i]` is the index in `skills` of `terms[i]`. */
  readonly terms: readonly string[];
  readonly owner: Int32Array;
  /** Whether `terms[i]` is an alias rather than the display name. */
  readonly isAlias: Uint8Array;
  readonly original: readonly string[];
  /** 2 for popular skills, 1 for other curated ones, 0 for the rest: the tie-break within a tier. */
  readonly boost: Uint8Array;
  /** How many ways a skill is written, capped: a fair proxy for how common it is (Spring Framework: 4). */
  readonly spread: Uint8Array;
  readonly termSet: ReadonlySet<string>;
}

// Characters after which a word starts inside a name: "Google Cloud", "ci/cd", "scikit-learn", "node.js".
const WORD_START = /[\s/\-_.(]/;

/** Precomputes the normalised names and aliases once, so each keystroke is a flat scan with no allocation. */
export function createSkillSearchIndex(
  skills: readonly CatalogSkill[],
  popular: ReadonlySet<string> = POPULAR_SKILL_IDS,
): SkillSearchIndex {
  const terms: string[] = [];
  const original: string[] = [];
  const owner: number[] = [];
  const isAlias: number[] = [];
  skills.forEach((skill, i) => {
    const seen = new Set<string>();
    for (const [form, alias] of [[skill.name, 0] as const, ...skill.aliases.map((a) => [a, 1] as const)]) {
      const term = foldSkillName(form);
      if (!term || seen.has(term)) continue;
      seen.add(term);
      terms.push(term);
      original.push(form);
      owner.push(i);
      isAlias.push(alias);
    }
  });
  return {
    skills,
    terms,
    original,
    owner: Int32Array.from(owner),
    isAlias: Uint8Array.from(isAlias),
    boost: Uint8Array.from(
      skills.map((s) => (popular.has(s.id) ? 2 : s.source?.includes('curated') ? 1 : 0)),
    ),
    spread: Uint8Array.from(skills.map((s) => Math.min(s.aliases.length, MAX_SPREAD))),
    termSet: new Set(terms),
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Beyond a handful of aliases, more says little about popularity (JavaScript's 25 vs Java's 13).
const MAX_SPREAD = 5;

interface Hit {
  tier: MatchTier;
  /** The typed text ends where a word of the form ends ("excel" in "excel vba", not in "excellent"). */
  wholeWord: boolean;
  term: number;
}

function hitOf(index: SkillSearchIndex, t: number, query: string): Hit | null {
  const term = index.terms[t]!;
  const endsWord = (at: number) =>
    at + query.length >= term.length || !WORD_CHAR.test(term[at + query.length]!);
  if (term === query) return { tier: MatchTier.exact, wholeWord: true, term: t };
  if (term.startsWith(query)) {
    const tier = index.isAlias[t] ? MatchTier.aliasPrefix : MatchTier.namePrefix;
    return { tier, wholeWord: endsWord(0), term: t };
  }
  let at = term.indexOf(query, 1);
  if (at < 0) return null;
  const first = at;
  while (at >= 0) {
    if (WORD_START.test(term[at - 1]!))
      return { tier: MatchTier.wordPrefix, wholeWord: endsWord(at), term: t };
    at = term.indexOf(query, at + 1);
  }
  return { tier: MatchTier.substring, wholeWord: endsWord(first), term: t };
}

/** Negative when hit `x` of skill `a` ranks before hit `y` of skill `b`. */
function compareHits(index: SkillSearchIndex, a: number, x: Hit, b: number, y: Hit): number {
  if (x.tier !== y.tier) return x.tier - y.tier;
  if (x.wholeWord !== y.wholeWord) return x.wholeWord ? -1 : 1;
  if (index.boost[a] !== index.boost[b]) return index.boost[b]! - index.boost[a]!;
  if (index.spread[a] !== index.spread[b]) return index.spread[b]! - index.spread[a]!;
  const lengthDiff = index.terms[x.term]!.length - index.terms[y.term]!.length;
  if (lengthDiff !== 0) return lengthDiff;
  return index.skills[a]!.name.localeCompare(index.skills[b]!.name);
}

export interface SearchOptions {
  limit?: number;
  /** Skill ids to leave out (those already in the profile). */
  exclude?: ReadonlySet<string>;
}

/**
 * Ranks skills for what the person typed: exact (name or alias) > name prefix > alias prefix > word prefix >
 * substring; within a tier, a match that ends on a word boundary first, then popular skills, then other curated
 * ones, then skills written in more ways, then the shorter matched form, then by name.
 */
export function searchSkills(
  index: SkillSearchIndex,
  rawQuery: string,
  options: SearchOptions = {},
): SkillSuggestion[] {
  const query = foldSkillName(rawQuery);
  const limit = options.limit ?? 8;
  if (!query || limit <= 0) return [];
  const best = new Map<number, Hit>();
  for (let t = 0; t < index.terms.length; t++) {
    const hit = hitOf(index, t, query);
    if (!hit) continue;
    const skill = index.owner[t]!;
    const current = best.get(skill);
    if (!current || compareHits(index, skill, hit, skill, current) < 0) best.set(skill, hit);
  }
  const ranked = [...best]
    .filter(([skill]) => !options.exclude?.has(index.skills[skill]!.id))
    .sort(([a, x], [b, y]) => compareHits(index, a, x, b, y))
    .slice(0, limit);
  return ranked.map(([skill, hit]) => {
    const s = index.skills[skill]!;
    return {
      skillId: s.id,
      name: s.name,
      category: s.category,
      matchedAlias: index.isAlias[hit.term] ? index.original[hit.term]! : null,
      tier: hit.tier,
    };
  });
}

/**
 * Whether to offer "Add "<query>" as a custom skill": something was typed, no taxonomy skill is written that way
 * (name or alias), and no skill in the profile has that name.
 */
export function shouldOfferCustomSkill(
  index: SkillSearchIndex,
  rawQuery: string,
  profileNames: Iterable<string> = [],
): boolean {
  const query = foldSkillName(rawQuery);
  if (!query || index.termSet.has(query)) return false;
  for (const name of profileNames) if (foldSkillName(name) === query) return false;
  return true;
}
