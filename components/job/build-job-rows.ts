import { groupLabel } from '@/lib/match/score-match';
import type { Analysis, Importance, Requirement } from '@/lib/schemas/analysis';
import type { Match, RequirementVerdict, Verdict } from '@/lib/schemas/match';

// The "This job" tab's view model: requirements become rows, an any-of group collapses into one row, and each
// row carries the words that say its verdict (the icon and colour only repeat them).

export interface AddableSkill {
  skillId: string;
  name: string;
  category: string;
}

export interface JobRow {
  key: string;
  label: string; // "Kafka", or "One of Python / Go / Node.js"
  importance: Importance;
  verdict: Verdict | null; // null when there is no match to show (no profile yet)
  verdictText: string; // "You have it", "related: you have MySQL", "3 of 5 years", "Missing"
  yearsAsked: number | null;
  isGroup: boolean;
  /** What "Add to profile" offers: the skill of a gap, or every member of an unmet group. */
  addable: AddableSkill[];
}

export interface JobRows {
  required: JobRow[];
  preferred: JobRow[];
  mentioned: JobRow[];
}

function verdictText(verdict: RequirementVerdict | undefined, subject?: string): string {
  switch (verdict?.verdict) {
    case 'have':
      return subject ? `You have ${subject}` : 'You have it';
    case 'related':
      return verdict.viaName
        ? `${subject ? `${subject} · ` : ''}related: you have ${verdict.viaName}`
        : 'Related skill';
    case 'short':
      return verdict.profileYears !== null && verdict.yearsAsked !== null
        ? `${subject ? `${subject}: ` : ''}${verdict.profileYears} of ${verdict.yearsAsked} years`
        : 'Fewer years than asked';
    default:
      return 'Missing';
  }
}

const addableOf = (r: Requirement): AddableSkill => ({ skillId: r.id, name: r.skill, category: r.category });

/** Is this verdict a gap the person might close by adding the skill? Missing, or only related. */
const isGap = (verdict: Verdict) => verdict === 'missing' || verdict === 'related';

export function buildJobRows(analysis: Analysis, match: Match | null): JobRows {
  const verdicts = new Map((match?.verdicts ?? []).map((v) => [v.requirementId, v]));
  const groupVerdicts = new Map((match?.groups ?? []).map((g) => [g.groupId, g]));
  const groups = new Map(analysis.groups.map((g) => [g.id, g]));
  const byId = new Map(analysis.requirements.map((r) => [r.id, r]));
  const rows: JobRows = { required: [], preferred: [], mentioned: [] };
  const doneGroups = new Set<string>();

  for (const requirement of analysis.requirements) {
    const group = requirement.group ? groups.get(requirement.group) : undefined;
    if (group) {
      if (doneGroups.has(group.id)) continue;
      doneGroups.add(group.id);
      const members = group.requirementIds
        .map((id) => byId.get(id))
        .filter((r): r is Requirement => r !== undefined);
      const result = groupVerdicts.get(group.id);
      const best = result?.bestRequirementId ? byId.get(result.bestRequirementId) : undefined;
      const verdict = match ? (result?.verdict ?? 'missing') : null;
      const counted = members.map((m) => verdicts.get(m.id)?.importance ?? m.importance);
      const importance = counted.includes('required')
        ? 'required'
        : counted.includes('preferred')
          ? 'preferred'
          : 'mentioned';
      const years = members.map((m) => m.years).filter((y): y is number => y !== null);
      const label = groupLabel(members);
      rows[importance].push({
        key: `group:${group.id}`,
        label: label.charAt(0).toUpperCase() + label.slice(1),
        importance,
        verdict,
        verdictText: match ? verdictText(best ? verdicts.get(best.id) : undefined, best?.skill) : '',
        yearsAsked: years.length > 0 ? Math.max(...years) : null,
        isGroup: true,
        addable: verdict === 'missing' ? members.map(addableOf) : [],
      });
      continue;
    }
    const verdict = verdicts.get(requirement.id);
    const kind = match ? (verdict?.verdict ?? 'missing') : null;
    // Listed where the score counted it: a soft skill the posting "requires" sits with the mentioned ones.
    const importance = verdict?.importance ?? requirement.importance;
    rows[importance].push({
      key: requirement.id,
      label: requirement.skill,
      importance,
      verdict: kind,
      verdictText: match ? verdictText(verdict) : '',
      yearsAsked: requirement.years,
      isGroup: false,
      addable: kind && isGap(kind) ? [addableOf(requirement)] : [],
    });
  }
  return rows;
}
