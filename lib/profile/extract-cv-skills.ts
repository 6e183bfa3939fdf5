import type { SkillLookup } from './skill-lookup';

/** One place in a text where a skill is written. Offsets are UTF-16 indexes into that text. */
export interface SkillMention {
  skillId: string;
  start: number;
  end: number;
  /** Written in a form that is also an ordinary word ("React", "Go"): the finder accepted it from context. */
  ambiguous?: boolean;
}

export type MentionFinder = (text: string) => readonly SkillMention[];

/** A skill found in a pasted CV, with the line that shows it, for the person to tick or not. */
export interface CvSkillFinding {
  skillId: string;
  name: string;
  category: string;
  /** The CV line of the first mention (shortened around it when long). */
  evidence: string;
  /** Offsets of the mention inside `evidence`, to emphasise it. */
  evidenceStart: number;
  evidenceEnd: number;
  mentions: number;
  /** Every mention was a form that is also an ordinary word ("React", "basic"): worth a second look. */
  ambiguous: boolean;
}

const MAX_EVIDENCE = 140;

function evidenceFor(text: string, start: number, end: number) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  let from = lineStart;
  let to = lineEnd;
  if (to - from > MAX_EVIDENCE) {
    const room = Math.max(0, MAX_EVIDENCE - (end - start));
    from = Math.max(lineStart, start - Math.floor(room / 2));
    to = Math.min(lineEnd, from + MAX_EVIDENCE);
  }
  // Trim surrounding blanks and bullets, keeping the mention's offsets right.
  const raw = text.slice(from, to);
  const lead = raw.length - raw.replace(/^[\s•·*\-–—]+/u, '').length;
  const body = raw.slice(lead).trimEnd();
  const prefix = from > lineStart ? '…' : '';
  const suffix = to < lineEnd ? '…' : '';
  return {
    evidence: `${prefix}${body}${suffix}`,
    evidenceStart: prefix.length + start - from - lead,
    evidenceEnd: prefix.length + end - from - lead,
  };
}

/**
 * Finds the skills in a CV's text, one finding per skill in order of first appearance, each with the line that
 * shows it. Mentions of skills the lookup does not know are dropped.
 */
export function extractCvSkills(
  text: string,
  findMentions: MentionFinder,
  lookup: SkillLookup,
): CvSkillFinding[] {
  const findings = new Map<string, CvSkillFinding>();
  const sorted = [...findMentions(text)].sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    const existing = findings.get(mention.skillId);
    if (existing) {
      existing.mentions += 1;
      existing.ambiguous &&= mention.ambiguous === true;
      continue;
    }
    const skill = lookup.getSkill(mention.skillId);
    if (!skill) continue;
    findings.set(mention.skillId, {
      skillId: skill.id,
      name: skill.name,
      category: skill.category,
      ...evidenceFor(text, mention.start, mention.end),
      mentions: 1,
      ambiguous: mention.ambiguous === true,
    });
  }
  return [...findings.values()];
}
