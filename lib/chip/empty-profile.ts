import type { AnalysisRunReply } from '@/lib/messaging/requests-analysis';
import type { Match } from '@/lib/schemas/match';
import type { ChipGap } from './gap-list';

type Reply = Pick<AnalysisRunReply, 'analysis' | 'match'>;

/**
 * With an empty profile every requirement is "missing", which says nothing about the person: the marks show
 * what the posting asks for, neutrally (as mentioned), never red.
 */
export function neutralMatch(match: Match): Match {
  return { ...match, verdicts: match.verdicts.map((v) => ({ ...v, importance: 'mentioned' as const })) };
}

/** The gaps the chip lists: missing required and nice-to-have skills with their mark offsets. */
export function chipGaps({ analysis, match }: Reply): ChipGap[] {
  const verdicts = new Map(match.verdicts.map((v) => [v.requirementId, v]));
  const met = new Set((match.groups ?? []).filter((g) => g.verdict !== 'missing').map((g) => g.groupId));
  const gaps: ChipGap[] = [];
  for (const r of analysis.requirements) {
    const v = verdicts.get(r.id);
    const importance = v?.importance ?? r.importance;
    if (v?.verdict !== 'missing' || importance === 'mentioned' || (r.group && met.has(r.group))) continue;
    const offsets = r.mentions.map((m) => m.start).sort((a, b) => a - b);
    if (offsets.length) gaps.push({ name: r.skill, offsets, required: importance === 'required' });
  }
  return gaps;
}

/**
 * The chip panel's line for an empty profile: what the posting asks for and what to do, never "Meets 0 of N" (a
 * verdict about an empty list, not about the person).
 */
export function emptyProfileReason(match: Pick<Match, 'required' | 'preferred'>): string {
  const must = match.required.total;
  const nice = match.preferred.total;
  const asks = [
    `${must} must-have${must === 1 ? '' : 's'}`,
    ...(nice > 0 ? [`${nice} nice-to-have${nice === 1 ? '' : 's'}`] : []),
  ].join(' and ');
  return `No score yet: your profile has no skills. This posting asks for ${asks}; add the skills you have to see how you match.`;
}
