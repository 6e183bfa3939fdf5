import { isAboutCandidate, quote } from './fact-cues';
import type { FactSentence } from './fact-sentences';

export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'lead' | 'principal' | 'head';

export interface SeniorityFact {
  seniority: Seniority;
  evidence: string;
}

// Levels that place a role on a ladder above the individual contributor; the highest named in a title wins.
const LEADING: [Seniority, RegExp][] = [
  [
    'head',
    /\b(?:head of|director|vice president|VP|chief \w+ officer|C[TIO]O|Leiter(?:in)?|directeur|directrice|responsabile)\b/i,
  ],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['staff', /\bstaff (?:\w+ )?(?:engineer|developer|scientist|architect|designer)\b/i],
  [
    'lead',
    /\b(?:lead|tech lead|team lead|leader|engineering manager|delivery manager|development manager|teamleiter(?:in)?|chef de projet|chef d['’]équipe)\b/i,
  ],
];
// Levels of an individual contributor; where a title or a level field gives a range ("Mid-Senior"), the lowest.
const LEVELS: [Seniority, RegExp][] = [
  [
    'intern',
    /\b(?:intern|internship|werkstudent(?:in)?|praktikum|praktikant(?:in)?|stagiaire|tirocinio|tirocinante|apprentice)\b/i,
  ],
  [
    'junior',
    /\b(?:junior|jr\.?|entry[- ]level|graduate|trainee|débutant(?:e)?|berufseinsteiger(?:in)?)\b|未経験/i,
  ],
  // "Experienced" says more than junior and less than senior.
  ['mid', /\b(?:mid[- ]?level|mid|intermediate|medior|regular|experienced)\b|\b(?:engineer|developer) II\b/i],
  ['senior', /\b(?:senior|sr\.?|sen\.|confirmé(?:e)?|expérimenté(?:e)?)|\b(?:engineer|developer) III\b/i],
];
const ORDER: Seniority[] = ['intern', 'junior', 'mid', 'senior'];

/** The level a title or level field names, or null. */
export function seniorityOfTitle(title: string): Seniority | null {
  for (const [level, pattern] of LEADING) if (pattern.test(title)) return level;
  let lowest: Seniority | null = null;
  for (const [level, pattern] of LEVELS)
    if (pattern.test(title) && (lowest === null || ORDER.indexOf(level) < ORDER.indexOf(lowest)))
      lowest = level;
  return lowest;
}

// A board's level field: "Experience level: Lead", "Seniority level: Mid-Senior level", on one line or two.
const LEVEL_LABEL =
  /^(?:experience level|seniority(?: level)?|career level|job level|level|niveau|berufserfahrung|livello)\s*:?\s*(.*)$/i;
// "a senior engineer", "as a Mid-Level developer", "The senior role": a level said of this role in the text.
const LEVEL_OF_ROLE =
  /\b(?:an?|the|as an?)\s+(?:senior|junior|mid[- ]level|entry[- ]level|principal|experienced)\s+(?:[\w-]+\s+){0,3}?(?:role|position|engineer|developer|architect|designer|scientist|analyst|consultant|specialist)s?\b/i;
// A line that is only a level, as boards print it: "Mid Level", "Entry level", "Senior level".
const BARE_LEVEL = /^(?:entry|junior|mid|mid-senior|senior|executive|director)[- ]level$/i;
// "the Director of eCommerce", "as a Head of Data", "an Engineering Manager": a leading role said of this job...
const LEADER_OF_ROLE =
  /\b(?:an?|the|as an?)\s+(?:director|head of|vice president|engineering manager|tech lead|team lead)\b/i;
// ...but not the person this job reports to or works with.
const REPORTS_TO =
  /\b(?:report(?:s|ing)? (?:directly )?(?:in)?to|with|alongside|support(?:s|ing)?|assist(?:s|ing)?|partner(?:s|ing)? with)\s*$/i;
// "no experience needed", "未経験歓迎": an entry-level job.
const NO_EXPERIENCE =
  /\bno (?:prior |previous )?experience (?:required|needed|necessary)\b|未経験(?:の方|者)?(?:歓迎|OK|可)|経験不問/i;

/** Years asked overall to a level: about 0-1 junior, 2-4 mid, 5 or more senior. */
export function seniorityOfYears(years: number): Seniority {
  return years <= 1 ? 'junior' : years <= 4 ? 'mid' : 'senior';
}

/**
 * Seniority: the title first, then a level field or a level said of the role, then the years asked. Null where
 * nothing says one.
 */
export function readSeniority(
  title: string | null,
  sentences: readonly FactSentence[],
  minYears: { years: number; evidence: string } | null,
): SeniorityFact | null {
  if (title) {
    const level = seniorityOfTitle(title);
    if (level) return { seniority: level, evidence: title };
  }
  // A board's level field: one level decides; a range ("Junior Mid-Level Senior") gives way to the text and
  // the years, and only then to its lowest level.
  let range: SeniorityFact | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const text = sentence.text.trim();
    if (text.length > 80 || !/level|seniority|niveau|livello|berufserfahrung/i.test(text)) continue;
    const label = LEVEL_LABEL.exec(text);
    const value = label
      ? label[1]?.trim() || sentences[i + 1]?.text.trim() || ''
      : BARE_LEVEL.test(text)
        ? text
        : '';
    if (value === '' || value.length > 40) continue;
    const levels = levelsIn(value);
    if (levels.length === 1) return { seniority: levels[0]!, evidence: value };
    if (levels.length > 1) range ??= { seniority: levels[0]!, evidence: value };
  }
  for (const sentence of sentences) {
    if (!/senior|junior|mid|entry|principal|experienced|director|head of/i.test(sentence.text)) continue;
    if (!isAboutCandidate(sentence) && sentence.section !== 'about') continue;
    if (sentence.companyVoice && !/\b(?:looking for|seeking|hiring|searching for)\b/i.test(sentence.text))
      continue;
    const m = LEVEL_OF_ROLE.exec(sentence.text) ?? LEADER_OF_ROLE.exec(sentence.text);
    if (m && !REPORTS_TO.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))) {
      const level = seniorityOfTitle(m[0]);
      if (level) return { seniority: level, evidence: quote(sentence, m.index) };
    }
  }
  if (minYears) return { seniority: seniorityOfYears(minYears.years), evidence: minYears.evidence };
  if (range) return range;
  for (const sentence of sentences) {
    const m = NO_EXPERIENCE.exec(sentence.text);
    if (m) return { seniority: 'junior', evidence: quote(sentence, m.index) };
  }
  return null;
}

/** Every level named in a short value, lowest first. */
function levelsIn(value: string): Seniority[] {
  const found: Seniority[] = [];
  for (const [level, pattern] of LEADING) if (pattern.test(value)) found.push(level);
  for (const [level, pattern] of LEVELS) if (pattern.test(value)) found.push(level);
  const order: Seniority[] = ['intern', 'junior', 'mid', 'senior', 'staff', 'lead', 'principal', 'head'];
  return found.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
