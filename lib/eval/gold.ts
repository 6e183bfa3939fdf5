import type { GoldPosting, GoldSalary } from './gold-labels';

// Scores what the engine read from a posting against the hand labels of ../shared/fixtures/gold-dev.
//
// What counts, per fact (one posting is one case; "stated" means the engine gave a non-null value):
// - accurate: the engine's value equals the label, where "no value" equals "no value" (null minYears where the
//   label is null, no degree where the label is "none", no languages where the label lists none...).
// - false claim: the engine stated a value the label does not support: a value where the label is null/none,
//   or a different value. Saying less than the label (null where the label has a value, or "Degree" without a
//   level where the label has "Bachelor's") is a miss, not a false claim.
// - minYears, seniority, workplace: accuracy over all postings.
// - degree: accurate when the level matches and, for a degree that is asked, required/preferred matches too;
//   a stated "required" where the label says "preferred" (or the reverse) is a false claim.
// - languages: accurate when the set of languages equals the label's (order and case do not matter); every
//   language stated that the label does not list is one false claim.
// - visa and salary: accuracy "of those stated" in the labels (postings whose label is not null), since most
//   postings say nothing about either; a stated value where the label is null still counts as a false claim.
//   A salary is accurate when currency, period, min and max all match (min/max within 0.5%, null = null).

export interface ReadSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}

/** The facts of one analysis, in the label's terms (the script adapts an Analysis to this). */
export interface ReadFacts {
  minYears: number | null;
  degree: string | null; // "Bachelor's", "Master's", "PhD", "Degree" or null (none asked)
  degreeRequired: boolean | null; // true required, false preferred, null unknown / none
  seniority: string | null;
  spokenLanguages: string[];
  workplace: string | null;
  visaSponsorship: string | null;
  salary: ReadSalary | null;
}

/** A found skill: its canonical name and every span the engine marked for it, with the importance it gave. */
export interface ReadSkill {
  id: string;
  skill: string;
  importance: string;
  mentions: { start: number; end: number }[];
}

export const FACT_NAMES = [
  'minYears',
  'degree',
  'languages',
  'workplace',
  'seniority',
  'visa',
  'salary',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

export interface FactCase {
  /** This posting counts towards the accuracy (all postings, or only those labelled for visa and salary). */
  counted: boolean;
  accurate: boolean;
  /** Unsupported values stated (0, or 1, or one per extra language). */
  falseClaims: number;
  gold: string;
  read: string;
}

export interface SkillCase {
  skill: string;
  surface: string;
  gold: string;
  found: boolean;
  read: string | null; // the importance given, when found
}

export interface PostingScore {
  file: string;
  facts: Record<FactName, FactCase>;
  skills: SkillCase[];
  trapsMarked: { surface: string; why: string; skill: string }[];
  traps: number;
}

export interface FactTotal {
  accuracy: number;
  falseClaims: number;
  right: number;
  counted: number;
}

export interface GoldTotals {
  facts: Record<FactName, FactTotal>;
  importanceAccuracy: number;
  importanceRight: number;
  skillsFound: number;
  skillRecall: number;
  skillsLabelled: number;
  trapsMarked: number;
  traps: number;
}

function show(value: unknown): string {
  return value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

function exactCase<T>(gold: T | null, read: T | null): FactCase {
  const accurate = gold === read;
  return {
    counted: true,
    accurate,
    falseClaims: read !== null && !accurate ? 1 : 0,
    gold: show(gold),
    read: show(read),
  };
}

const DEGREE_LEVELS = new Set(["Bachelor's", "Master's", 'PhD']);

function degreeCase(gold: GoldPosting['facts'], read: ReadFacts): FactCase {
  const goldLevel = gold.degree === 'none' ? null : gold.degree;
  const goldRequired = gold.degreeStatus === null ? null : gold.degreeStatus === 'required';
  const readLevel = read.degree;
  const status = (required: boolean | null) =>
    required === null ? '' : required ? ' (required)' : ' (preferred)';
  const levelRight = goldLevel === readLevel;
  const accurate = levelRight && (goldLevel === null || goldRequired === read.degreeRequired);
  let falseClaim = false;
  if (readLevel !== null) {
    if (goldLevel === null) falseClaim = true;
    // A generic "Degree" where the label names a level says less, not something false.
    else if (!levelRight && !(readLevel === 'Degree' && DEGREE_LEVELS.has(goldLevel))) falseClaim = true;
    else if (read.degreeRequired !== null && goldRequired !== null && read.degreeRequired !== goldRequired)
      falseClaim = true;
  }
  return {
    counted: true,
    accurate,
    falseClaims: falseClaim ? 1 : 0,
    gold: `${goldLevel ?? '—'}${status(goldRequired)}`,
    read: `${readLevel ?? '—'}${readLevel === null ? '' : status(read.degreeRequired)}`,
  };
}

function languagesCase(gold: string[], read: string[]): FactCase {
  const goldSet = new Set(gold.map((l) => l.toLowerCase()));
  const readSet = new Set(read.map((l) => l.toLowerCase()));
  const extra = [...readSet].filter((l) => !goldSet.has(l));
  const missing = [...goldSet].filter((l) => !readSet.has(l));
  return {
    counted: true,
    accurate: extra.length === 0 && missing.length === 0,
    falseClaims: extra.length,
    gold: gold.length ? [...gold].sort().join(', ') : '—',
    read: read.length ? [...read].sort().join(', ') : '—',
  };
}

function near(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.abs(b) * 0.005;
}

export function sameSalary(gold: GoldSalary, read: ReadSalary): boolean {
  return (
    gold.currency.toUpperCase() === (read.currency ?? '').toUpperCase() &&
    gold.period === read.period &&
    near(read.min, gold.min) &&
    near(read.max, gold.max)
  );
}

function salaryCase(gold: GoldSalary | null, read: ReadSalary | null): FactCase {
  const accurate = gold === null ? read === null : read !== null && sameSalary(gold, read);
  const text = (s: ReadSalary | GoldSalary | null) =>
    s === null ? '—' : `${s.min ?? '?'}–${s.max ?? '?'} ${s.currency ?? '?'}/${s.period ?? '?'}`;
  return {
    counted: gold !== null,
    accurate,
    falseClaims: read !== null && !accurate ? 1 : 0,
    gold: text(gold),
    read: text(read),
  };
}

function visaCase(gold: string | null, read: string | null): FactCase {
  return { ...exactCase(gold, read), counted: gold !== null };
}

/** Every start offset of `surface` in `text` (exact, case-sensitive, as the labels copy it). */
export function findOccurrences(text: string, surface: string): number[] {
  const found: number[] = [];
  if (surface === '') return found;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) found.push(at);
  return found;
}

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}

/**
 * The found skill a labelled one corresponds to: the one whose canonical name (or id) the label names, by
 * `sameSkill`; otherwise one with a mark over the label's surface at its first occurrence. Null when not found.
 */
export function findLabelledSkill(
  text: string,
  label: { skill: string; surface: string },
  found: readonly ReadSkill[],
  sameSkill: (labelName: string, skill: ReadSkill) => boolean,
): ReadSkill | null {
  const byName = found.find((s) => sameSkill(label.skill, s) || sameSkill(label.surface, s));
  if (byName) return byName;
  const at = text.indexOf(label.surface);
  if (at < 0) return null;
  return found.find((s) => overlaps(s.mentions, at, at + label.surface.length)) ?? null;
}

/** One posting's score. `sameSkill` says whether a label's skill name names a found skill. */
export function scorePosting(
  file: string,
  text: string,
  gold: GoldPosting,
  read: ReadFacts,
  skills: readonly ReadSkill[],
  sameSkill: (labelName: string, skill: ReadSkill) => boolean,
): PostingScore {
  const facts: Record<FactName, FactCase> = {
    minYears: exactCase(gold.facts.minYears, read.minYears),
    degree: degreeCase(gold.facts, read),
    languages: languagesCase(gold.facts.spokenLanguages, read.spokenLanguages),
    workplace: exactCase(gold.facts.workplace, read.workplace),
    seniority: exactCase(gold.facts.seniority, read.seniority),
    visa: visaCase(gold.facts.visaSponsorship, read.visaSponsorship),
    salary: salaryCase(gold.facts.salary, read.salary),
  };
  const skillCases: SkillCase[] = gold.skills.map((label) => {
    const match = findLabelledSkill(text, label, skills, sameSkill);
    return {
      skill: label.skill,
      surface: label.surface,
      gold: label.importance,
      found: match !== null,
      read: match?.importance ?? null,
    };
  });
  // A trap is marked when any reported mention overlaps any occurrence of its surface.
  const trapsMarked: PostingScore['trapsMarked'] = [];
  for (const trap of gold.traps) {
    const hit = findOccurrences(text, trap.surface)
      .map((at) => skills.find((s) => overlaps(s.mentions, at, at + trap.surface.length)))
      .find((s) => s !== undefined);
    if (hit) trapsMarked.push({ surface: trap.surface, why: trap.why, skill: hit.skill });
  }
  return { file, facts, skills: skillCases, trapsMarked, traps: gold.traps.length };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Totals over postings; an accuracy over no counted case is 1 (nothing to get wrong). */
export function sumGoldScores(scores: readonly PostingScore[]): GoldTotals {
  const facts = {} as Record<FactName, FactTotal>;
  for (const name of FACT_NAMES) {
    const cases = scores.map((s) => s.facts[name]);
    const counted = cases.filter((c) => c.counted);
    const right = counted.filter((c) => c.accurate).length;
    facts[name] = {
      accuracy: ratio(right, counted.length),
      falseClaims: cases.reduce((sum, c) => sum + c.falseClaims, 0),
      right,
      counted: counted.length,
    };
  }
  const skills = scores.flatMap((s) => s.skills);
  const found = skills.filter((s) => s.found);
  const importanceRight = found.filter((s) => s.read === s.gold).length;
  return {
    facts,
    importanceAccuracy: ratio(importanceRight, found.length),
    importanceRight,
    skillsFound: found.length,
    skillRecall: ratio(found.length, skills.length),
    skillsLabelled: skills.length,
    trapsMarked: scores.reduce((sum, s) => sum + s.trapsMarked.length, 0),
    traps: scores.reduce((sum, s) => sum + s.traps, 0),
  };
}
