import type { MarkVerdict } from '@/lib/highlight/mark-verdict';
import type { Analysis } from '@/lib/schemas/analysis';
import type { Match } from '@/lib/schemas/match';
import type { ChipState } from './create-chip';

/**
 * The chip's state from what the content script has: the Analysis, its Match, and the highlighter's counts.
 * The toggles and the saved flag come from the caller, which owns them.
 */
export function chipStateOf(
  analysis: Analysis | null,
  match: Match | null,
  counts: Partial<Record<MarkVerdict, number>>,
): Pick<ChipState, 'status' | 'score' | 'reason' | 'gaps'> {
  if (!analysis || !match) return { status: 'loading', score: null, reason: '', gaps: 0 };
  if (!analysis.isJobPosting) return { status: 'unreadable', score: null, reason: match.reason, gaps: 0 };
  return {
    status: 'ready',
    score: match.score,
    reason: match.reason,
    gaps: (counts['missing-required'] ?? 0) + (counts['missing-preferred'] ?? 0),
  };
}
