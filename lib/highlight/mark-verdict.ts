import type { Importance } from '@/lib/schemas/analysis';
import type { Verdict } from '@/lib/schemas/match';

// What a mark on the page says. Missing splits by importance because a missed must-have and a missed
// nice-to-have look different on the page; a missing "mentioned" skill is not a gap, only context.
export const MARK_VERDICTS = [
  'have',
  'related',
  'short',
  'missing-required',
  'missing-preferred',
  'mentioned',
] as const;
export type MarkVerdict = (typeof MARK_VERDICTS)[number];

/** What "Next gap" walks through. */
export const GAP_VERDICTS: readonly MarkVerdict[] = ['missing-required', 'missing-preferred'];

/**
 * The mark for one requirement. A member of an any-of group that the profile meets through another member
 * is not a gap (the posting asked for any one of them), so it is marked as merely mentioned.
 */
export function markVerdictOf(verdict: Verdict, importance: Importance, groupMet = false): MarkVerdict {
  if (verdict !== 'missing') return verdict;
  if (groupMet || importance === 'mentioned') return 'mentioned';
  return importance === 'required' ? 'missing-required' : 'missing-preferred';
}
