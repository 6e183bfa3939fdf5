import type { Analysis } from '@/lib/schemas/analysis';
import type { Match } from '@/lib/schemas/match';
import { markVerdictOf, type MarkVerdict } from './mark-verdict';

/** A stretch of the page's DOM that one piece of the analysed text came from. */
export interface DomSegment {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

/**
 * Maps text offsets of the analysed string to the DOM: one stretch, several (one per text node crossed), or
 * null/none when the text is not on the page. `textMap.rangeFor` of lib/highlight/text-map.ts fits as is:
 * `buildMarks(doc, analysis, match, (s, e) => textMap.rangeFor(s, e))`.
 */
export type LocateText = (start: number, end: number) => DomSegment | readonly DomSegment[] | null;

/** One verdict's ranges, as `paint()` takes them. */
export interface Mark {
  verdict: MarkVerdict;
  ranges: readonly AbstractRange[];
  /** The text offset of each range, when known: "next gap" then orders by number instead of by DOM walk. */
  offsets?: readonly number[];
}

/**
 * Ranges are created in one pass before anything is painted: StaticRange where the browser has it (no
 * bookkeeping on later DOM changes, which matters on pages that re-render often), else Range. Neither
 * reads layout.
 */
export function createRangeFactory(doc: Document): (segment: DomSegment) => AbstractRange {
  const StaticRangeCtor = (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange;
  if (typeof StaticRangeCtor === 'function') {
    return (s) =>
      new StaticRangeCtor({
        startContainer: s.startNode,
        startOffset: s.startOffset,
        endContainer: s.endNode,
        endOffset: s.endOffset,
      });
  }
  return (s) => {
    const range = doc.createRange();
    range.setStart(s.startNode, s.startOffset);
    range.setEnd(s.endNode, s.endOffset);
    return range;
  };
}

/** The mark verdict of every requirement of the analysis, by requirement id. */
export function markVerdictsOf(analysis: Analysis, match: Match): Map<string, MarkVerdict> {
  const verdicts = new Map(match.verdicts.map((v) => [v.requirementId, v]));
  const metGroups = new Set(
    (match.groups ?? []).filter((g) => g.verdict !== 'missing').map((g) => g.groupId),
  );
  const result = new Map<string, MarkVerdict>();
  for (const requirement of analysis.requirements) {
    const verdict = verdicts.get(requirement.id);
    if (!verdict) continue; // an unscored posting has no verdicts, and no marks
    const groupMet = requirement.group !== null && metGroups.has(requirement.group);
    // The importance the score counted (a soft skill is never a red "missing, required" mark).
    const importance = verdict.importance ?? requirement.importance;
    result.set(requirement.id, markVerdictOf(verdict.verdict, importance, groupMet));
  }
  return result;
}

/**
 * Turns an analysis and its match into the marks to paint: every mention of every requirement, under its
 * verdict, located in the DOM by `locate`. Mentions `locate` cannot place (text not on the page) are skipped.
 * Build them on an unmarked page: call `highlighter.clear()` before reading the text map again, since the
 * fallback's <mark> elements split the page's text nodes.
 */
export function buildMarks(
  doc: Document,
  analysis: Analysis,
  match: Match,
  locate: LocateText,
  createRange: (segment: DomSegment) => AbstractRange = createRangeFactory(doc),
): Mark[] {
  const byVerdict = new Map<MarkVerdict, { start: number; range: AbstractRange }[]>();
  const verdicts = markVerdictsOf(analysis, match);
  for (const requirement of analysis.requirements) {
    const verdict = verdicts.get(requirement.id);
    if (!verdict) continue;
    const list = byVerdict.get(verdict) ?? [];
    for (const mention of requirement.mentions) {
      // One range per mention even when it crosses text nodes ("Kubern<i>etes</i>"), so "next gap" and the
      // counts see one mention as one mark.
      const located = locate(mention.start, mention.end);
      const segments: readonly DomSegment[] =
        located === null ? [] : 'startNode' in located ? [located] : located;
      const first = segments[0];
      const last = segments[segments.length - 1];
      if (!first || !last) continue;
      list.push({
        start: mention.start,
        range: createRange({
          startNode: first.startNode,
          startOffset: first.startOffset,
          endNode: last.endNode,
          endOffset: last.endOffset,
        }),
      });
    }
    byVerdict.set(verdict, list);
  }
  return [...byVerdict]
    .filter(([, list]) => list.length > 0)
    .map(([verdict, list]) => {
      list.sort((a, b) => a.start - b.start);
      return { verdict, ranges: list.map((item) => item.range), offsets: list.map((item) => item.start) };
    });
}
