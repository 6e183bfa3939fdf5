import type { Analysis, Importance, Requirement } from '@/lib/schemas/analysis';
import type { GroupVerdict, Match, RequirementVerdict, Verdict } from '@/lib/schemas/match';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { findBestGain } from './find-best-gain';
import { formatReason, orderForReason, type ReasonUnit } from './format-reason';
// The seed fixtures' loose comparison (no case, spaces or punctuation but + # .): "node.js" is "Node JS".
import { looseSkillKey } from '@/lib/skills/normalize-skill-name';
import type { SkillRelations } from './skill-relations';

/**
 * Every number the score depends on. The defaults are the product's choices; callers may override any of
 * them (tests do, to show each one matters).
 */
export interface MatchOptions {
  /** Weight of one requirement by importance: a missed must-have costs three nice-to-haves. */
  weights: Record<Importance, number>;
  /** A skill the profile lists at level "learning" earns this share of what it would otherwise earn. */
  learningFactor: number;
  /** The profile has a skill that implies the asked one (has Laravel, asked PHP): nearly a have. */
  impliedCredit: number;
  /** The same through a chain of two or three implications (PHPUnit → unit testing → automated testing). */
  impliedChainCredit: number;
  /** The asked skill implies one the profile has (has PHP, asked Laravel): the base, not the specialism. */
  impliesCredit: number;
  /** A similar skill (has MySQL, asked MariaDB) earns similarFactor × the similarity weight… */
  similarFactor: number;
  /** …when the weight is at least this; weaker similarities earn nothing. */
  minSimilarWeight: number;
  /** Having the skill with fewer years than asked earns years/asked, but never less than this. */
  shortFloor: number;
  /**
   * Categories a skills profile rarely lists (communication, teamwork): they count as `mentioned` whatever
   * the posting says, so they never show as a missed must-have.
   */
  softCategories: readonly string[];
  /**
   * Broad categories: practices and knowledge areas ("Scalability", "Distributed systems"). They are listed
   * after concrete skills in the reason and weigh `broadFactor` of a concrete skill of the same importance.
   */
  broadCategories: readonly string[];
  /** A broad must-have weighs as much as a concrete nice-to-have: a posting is judged by its stack. */
  broadFactor: number;
  /** A profile skill that implies a broad one asked (has Kafka, asked event-driven architecture) meets it. */
  broadImpliedCredit: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  weights: { required: 3, preferred: 1, mentioned: 0.25 },
  learningFactor: 0.5,
  impliedCredit: 0.8,
  impliedChainCredit: 0.7,
  impliesCredit: 0.4,
  similarFactor: 0.8,
  minSimilarWeight: 0.5,
  shortFloor: 0.25,
  softCategories: ['soft-skill'],
  broadCategories: ['practice', 'knowledge'],
  broadFactor: 1 / 3,
  broadImpliedCredit: 1,
};

export const UNREADABLE_REASON = 'Could not read this posting';
export const NO_SKILLS_REASON = 'No skills found in this posting';

const IMPORTANCE_RANK: Record<Importance, number> = { required: 3, preferred: 2, mentioned: 1 };

interface Candidate {
  verdict: Verdict;
  credit: number;
  skill: ProfileSkill;
}

function levelFactor(skill: ProfileSkill, options: MatchOptions): number {
  return skill.level === 'learning' ? options.learningFactor : 1;
}

/** The names a requirement answers to: its display name, its id and the taxonomy's aliases. */
function namesOf(requirement: Requirement, relations: SkillRelations): Set<string> {
  const names = new Set([looseSkillKey(requirement.skill), looseSkillKey(requirement.id)]);
  for (const alias of relations.aliases?.(requirement.id) ?? []) names.add(looseSkillKey(alias));
  names.delete('');
  return names;
}

function directCandidate(
  requirement: Requirement,
  skill: ProfileSkill,
  names: Set<string>,
  options: MatchOptions,
): Candidate | null {
  const same = skill.skillId === requirement.id || names.has(looseSkillKey(skill.name));
  if (!same) return null;
  const level = levelFactor(skill, options);
  const asked = requirement.years;
  // Unknown years on either side are not held against the person: the posting or the profile is silent.
  if (asked !== null && asked > 0 && skill.years !== null && skill.years < asked) {
    return {
      verdict: 'short',
      credit: Math.max(options.shortFloor, skill.years / asked) * level,
      skill,
    };
  }
  return { verdict: 'have', credit: level, skill };
}

const MAX_IMPLICATION_HOPS = 3;

/** Every skill `id` implies, with the number of implication steps it takes (1 = directly). */
function impliedWithHops(id: string, relations: SkillRelations): Map<string, number> {
  const hops = new Map<string, number>();
  let frontier = [id];
  for (let step = 1; step <= MAX_IMPLICATION_HOPS && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const to of relations.implies(from)) {
        if (to === id || hops.has(to)) continue;
        hops.set(to, step);
        next.push(to);
      }
    }
    frontier = next;
  }
  return hops;
}

function relatedCandidate(
  requirement: Requirement,
  skill: ProfileSkill,
  relations: SkillRelations,
  implied: Map<string, number>,
  options: MatchOptions,
): Candidate | null {
  const asked = requirement.id;
  const own = skill.skillId;
  let credit = 0;
  const hops = relations.impliedBy(asked).includes(own) ? 1 : implied.get(asked);
  // Knowing a concrete skill is knowing the broad area it belongs to; a base skill (PHP under Laravel) is
  // nearly but not fully met.
  const direct = options.broadCategories.includes(requirement.category)
    ? options.broadImpliedCredit
    : options.impliedCredit;
  if (hops !== undefined) credit = hops === 1 ? direct : options.impliedChainCredit;
  if (relations.implies(asked).includes(own) || relations.impliedBy(own).includes(asked)) {
    credit = Math.max(credit, options.impliesCredit);
  }
  // Similarity is read both ways because the taxonomy may store it on either skill only.
  const weight = Math.max(
    0,
    ...relations
      .similar(asked)
      .filter((s) => s.id === own)
      .map((s) => s.weight),
    ...relations
      .similar(own)
      .filter((s) => s.id === asked)
      .map((s) => s.weight),
  );
  if (weight >= options.minSimilarWeight) credit = Math.max(credit, options.similarFactor * weight);
  if (credit <= 0) return null;
  return { verdict: 'related', credit: Math.min(1, credit) * levelFactor(skill, options), skill };
}

/** The best thing the profile offers for one requirement; ties go to the profile skill with the lower id. */
function bestCandidate(
  requirement: Requirement,
  profile: readonly ProfileSkill[],
  relations: SkillRelations,
  implied: (skillId: string) => Map<string, number>,
  options: MatchOptions,
): Candidate | null {
  const names = namesOf(requirement, relations);
  let best: Candidate | null = null;
  for (const skill of profile) {
    const candidate =
      directCandidate(requirement, skill, names, options) ??
      relatedCandidate(requirement, skill, relations, implied(skill.skillId), options);
    if (!candidate) continue;
    if (
      !best ||
      candidate.credit > best.credit ||
      (candidate.credit === best.credit && candidate.skill.skillId < best.skill.skillId)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The importance a requirement counts with: the posting's, except soft skills, which count as mentioned. */
export function scoredImportance(
  requirement: Requirement,
  options: Pick<MatchOptions, 'softCategories'> = DEFAULT_MATCH_OPTIONS,
): Importance {
  return options.softCategories.includes(requirement.category) ? 'mentioned' : requirement.importance;
}

function verdictFor(
  requirement: Requirement,
  candidate: Candidate | null,
  importance: Importance,
): RequirementVerdict {
  return {
    requirementId: requirement.id,
    verdict: candidate?.verdict ?? 'missing',
    credit: round(candidate?.credit ?? 0),
    via: candidate?.verdict === 'related' ? candidate.skill.skillId : null,
    viaName: candidate?.verdict === 'related' ? candidate.skill.name : null,
    profileYears: candidate?.skill.years ?? null,
    yearsAsked: requirement.years,
    importance,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

interface Unit extends ReasonUnit {
  credit: number;
}

/** What one unit weighs in the score: its importance, less for a broad practice or knowledge area. */
function unitWeight(unit: Pick<Unit, 'importance' | 'broad'>, options: MatchOptions): number {
  return options.weights[unit.importance] * (unit.broad ? options.broadFactor : 1);
}

function emptyMatch(reason: string): Match {
  return {
    score: null,
    reason,
    verdicts: [],
    required: { met: 0, total: 0 },
    preferred: { met: 0, total: 0 },
    missingRequired: [],
    missingPreferred: [],
    groups: [],
    mentioned: { met: 0, total: 0 },
  };
}

/** The label of an any-of group: "one of Python / Go / Node.js". */
export function groupLabel(members: readonly Requirement[]): string {
  return `one of ${members.map((m) => m.skill).join(' / ')}`;
}

/**
 * Compares a profile with a posting's requirements.
 *
 * Each requirement gets a verdict: `have` (the profile lists it, by id or by normalised name/alias), `short`
 * (listed with fewer years than asked), `related` (a profile skill implies it or is similar to it; `via` names
 * that skill) or `missing`. An any-of group is one requirement whose credit is its best member's. The score is
 * the weighted share of credit, 0..100: Σ weight × credit / Σ weight with weights required 3, preferred 1,
 * mentioned 0.25, times 1/3 for a broad practice or knowledge area. A posting that was not read, or has no requirements, gets no score and says why.
 */
export function scoreMatch(
  analysis: Analysis,
  profile: readonly ProfileSkill[],
  relations: SkillRelations,
  overrides: Partial<MatchOptions> = {},
): Match {
  const options: MatchOptions = { ...DEFAULT_MATCH_OPTIONS, ...overrides };
  if (!analysis.isJobPosting) return emptyMatch(UNREADABLE_REASON);
  if (analysis.requirements.length === 0) return emptyMatch(NO_SKILLS_REASON);

  // What each profile skill implies, worked out once per call rather than once per requirement.
  const impliedCache = new Map<string, Map<string, number>>();
  const implied = (skillId: string) => {
    let hops = impliedCache.get(skillId);
    if (!hops) impliedCache.set(skillId, (hops = impliedWithHops(skillId, relations)));
    return hops;
  };
  const verdicts = analysis.requirements.map((r) =>
    verdictFor(r, bestCandidate(r, profile, relations, implied, options), scoredImportance(r, options)),
  );
  const verdictById = new Map(verdicts.map((v) => [v.requirementId, v]));
  const requirementById = new Map(analysis.requirements.map((r) => [r.id, r]));

  const units: Unit[] = [];
  const groupVerdicts: GroupVerdict[] = [];
  const grouped = new Set<string>();
  for (const group of analysis.groups) {
    const members = group.requirementIds
      .map((id) => requirementById.get(id))
      .filter((r): r is Requirement => r !== undefined);
    if (members.length === 0) continue;
    let best: Requirement | null = null;
    for (const member of members) {
      grouped.add(member.id);
      const credit = verdictById.get(member.id)?.credit ?? 0;
      if (credit > 0 && (!best || credit > (verdictById.get(best.id)?.credit ?? 0))) best = member;
    }
    const bestVerdict = best ? verdictById.get(best.id) : undefined;
    const importance = members
      .map((m) => scoredImportance(m, options))
      .reduce<Importance>((top, i) => (IMPORTANCE_RANK[i] > IMPORTANCE_RANK[top] ? i : top), 'mentioned');
    groupVerdicts.push({
      groupId: group.id,
      verdict: bestVerdict?.verdict ?? 'missing',
      credit: bestVerdict?.credit ?? 0,
      bestRequirementId: best?.id ?? null,
    });
    units.push({
      label: best ? best.skill : groupLabel(members),
      importance,
      broad: members.every((m) => options.broadCategories.includes(m.category)),
      verdict: bestVerdict?.verdict ?? 'missing',
      credit: bestVerdict?.credit ?? 0,
      viaName: bestVerdict?.viaName ?? null,
      profileYears: bestVerdict?.profileYears ?? null,
      yearsAsked: bestVerdict?.yearsAsked ?? null,
    });
  }
  for (const requirement of analysis.requirements) {
    if (grouped.has(requirement.id)) continue;
    const verdict = verdictById.get(requirement.id);
    units.push({
      label: requirement.skill,
      importance: scoredImportance(requirement, options),
      broad: options.broadCategories.includes(requirement.category),
      verdict: verdict?.verdict ?? 'missing',
      credit: verdict?.credit ?? 0,
      viaName: verdict?.viaName ?? null,
      profileYears: verdict?.profileYears ?? null,
      yearsAsked: requirement.years,
    });
  }

  let earned = 0;
  let possible = 0;
  for (const unit of units) {
    earned += unitWeight(unit, options) * unit.credit;
    possible += unitWeight(unit, options);
  }
  const score = possible > 0 ? Math.round((100 * earned) / possible) : null;
  const count = (importance: Importance) => {
    const of = units.filter((u) => u.importance === importance);
    return { met: of.filter((u) => u.verdict !== 'missing').length, total: of.length };
  };
  const missing = (importance: Importance) =>
    orderForReason(units.filter((u) => u.importance === importance && u.verdict === 'missing')).map(
      (u) => u.label,
    );
  const yearsListed = profile.map((s) => s.years).filter((y): y is number => y !== null);

  return {
    score,
    reason: formatReason({
      units,
      minYears: analysis.minYears,
      profileMaxYears: yearsListed.length > 0 ? Math.max(...yearsListed) : null,
      bestGain: findBestGain(units, (u) => unitWeight(u, options), earned, possible),
    }),
    verdicts,
    required: count('required'),
    preferred: count('preferred'),
    missingRequired: missing('required'),
    missingPreferred: missing('preferred'),
    groups: groupVerdicts,
    mentioned: count('mentioned'),
  };
}
