import type { Importance } from '@/lib/schemas/analysis';
import type { Verdict } from '@/lib/schemas/match';
import type { BestGain } from './find-best-gain';

// One scored requirement as the reason line sees it: a single skill, or an any-of group as one unit.
export interface ReasonUnit {
  label: string; // "Kafka", or "one of Python / Go / Node.js"
  importance: Importance;
  verdict: Verdict;
  viaName: string | null;
  profileYears: number | null;
  yearsAsked: number | null;
  broad?: boolean; // a broad practice ("Backend development") rather than a concrete skill
}

export interface ReasonInput {
  units: readonly ReasonUnit[];
  minYears: number | null; // overall years the posting asks for
  profileMaxYears: number | null; // the most years the profile lists for any skill
  bestGain?: BestGain | null; // what would raise the score most
}

const MAX_NAMES = 4;

/** "Kafka, SQS, Datadog, RAG +2 more": long lists stay one readable line. */
export function listNames(names: readonly string[]): string {
  if (names.length <= MAX_NAMES) return names.join(', ');
  return `${names.slice(0, MAX_NAMES).join(', ')} +${names.length - MAX_NAMES} more`;
}

/** Concrete skills first, broad practices after, each in posting order: "missing Kafka" tells more. */
export function orderForReason<T extends Pick<ReasonUnit, 'broad'>>(units: readonly T[]): T[] {
  return [...units.filter((u) => !u.broad), ...units.filter((u) => u.broad)];
}

/** "Add Kafka: +12" (missing, or only related), "5 years of PHP: +8", "Kubernetes beyond learning: +3". */
export function formatGain({ unit, points }: BestGain): string {
  const what =
    unit.verdict === 'short' && unit.yearsAsked !== null
      ? `${formatYears(unit.yearsAsked)} years of ${unit.label}`
      : unit.verdict === 'have'
        ? `${unit.label} beyond learning`
        : `Add ${unit.label}`;
  return `${what}: +${points}`;
}

function formatYears(years: number): string {
  return Number.isInteger(years) ? String(years) : years.toFixed(1);
}

/**
 * The line a person reads on the chip and in the popup, kept short: what is met, the missing must-haves and
 * the one change that would raise the score most, e.g. "Meets 7 of 9 required; missing Kafka, Terraform.
 * Add Kafka: +12". Counts are the ones the score uses (a group is one requirement), so the line and the
 * number agree; partly met and nice-to-have skills are in the Match for the popup's lists.
 */
export function formatReason({ units, minYears, profileMaxYears, bestGain }: ReasonInput): string {
  const required = units.filter((u) => u.importance === 'required');
  const preferred = units.filter((u) => u.importance === 'preferred');
  const mentioned = units.filter((u) => u.importance === 'mentioned');
  const parts: string[] = [];

  // The lead count is about the strongest importance the posting has, so a posting with no must-haves still
  // gets a useful first clause.
  const lead = required.length > 0 ? required : preferred.length > 0 ? preferred : mentioned;
  const leadWord = lead === required ? 'required' : lead === preferred ? 'preferred' : 'mentioned skills';
  const met = lead.filter((u) => u.verdict !== 'missing').length;
  parts.push(
    met === lead.length && lead.length > 2
      ? `Meets all ${lead.length} ${leadWord}`
      : `Meets ${met} of ${lead.length} ${leadWord}`,
  );
  const missingLead = orderForReason(lead.filter((u) => u.verdict === 'missing')).map((u) => u.label);
  if (missingLead.length > 0) parts.push(`missing ${listNames(missingLead)}`);

  if (minYears !== null && profileMaxYears !== null && profileMaxYears < minYears) {
    parts.push(`asks ${formatYears(minYears)}+ years overall (you list ${formatYears(profileMaxYears)})`);
  }
  const line = parts.join('; ');
  return bestGain ? `${line}. ${formatGain(bestGain)}` : line;
}
