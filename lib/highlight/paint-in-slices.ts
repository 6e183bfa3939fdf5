import type { Analysis } from '@/lib/schemas/analysis';
import type { Match } from '@/lib/schemas/match';
import {
  createRangeFactory,
  markVerdictsOf,
  type DomSegment,
  type LocateText,
  type Mark,
} from './build-marks';
import type { MarkVerdict } from './mark-verdict';
import type { Highlighter } from './paint';
import { yieldToPage } from '@/lib/text/steps';

// Browser-only. Builds the ranges and registers them in one pass, in slices of a few milliseconds: a posting of
// ordinary size is done in the first slice (the same task as before), a huge one (the 1 MB page: ~9,000 marks)
// paints its first slice at once and the rest in later tasks, so no task runs long. Mentions go in text order,
// so the first slice is the top of the description, where the page opens.

export interface PaintInSlicesOptions {
  /** Time per slice (ms) before yielding to the page. */
  sliceMs?: number;
  /** Where later slices run; a test can pass its own. */
  schedule?: (run: () => void) => () => void;
  now?: () => number;
}

interface Mention {
  verdict: MarkVerdict;
  start: number;
  end: number;
}

/**
 * Paints every mention of the analysis under its verdict, slice by slice; calls `done` (synchronously when the
 * first slice was enough) once all are painted. Returns a function that stops the slices still to come.
 */
export function paintInSlices(
  doc: Document,
  highlighter: Highlighter,
  analysis: Analysis,
  match: Match,
  locate: LocateText,
  done: () => void,
  options: PaintInSlicesOptions = {},
): () => void {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  // Later slices in a later task as the sliced read takes them (lib/text/steps' yieldToPage), not a timer: a
  // background tab runs timers once a second at best (Firefox), which would paint a huge page for minutes.
  const schedule =
    options.schedule ??
    ((run) => {
      let stopped = false;
      void yieldToPage().then(() => {
        if (!stopped) run();
      });
      return () => {
        stopped = true;
      };
    });
  const verdicts = markVerdictsOf(analysis, match);
  const mentions: Mention[] = [];
  for (const requirement of analysis.requirements) {
    const verdict = verdicts.get(requirement.id);
    if (!verdict) continue;
    for (const m of requirement.mentions) mentions.push({ verdict, start: m.start, end: m.end });
  }
  mentions.sort((a, b) => a.start - b.start);
  const createRange = createRangeFactory(doc);

  let next = 0;
  let first = true;
  let cancel: (() => void) | null = null;
  const slice = () => {
    cancel = null;
    const deadline = now() + sliceMs;
    const byVerdict = new Map<MarkVerdict, { ranges: AbstractRange[]; offsets: number[] }>();
    // Check the clock every 32 mentions: reading it costs more than one range.
    while (next < mentions.length && (next % 32 !== 0 || now() < deadline)) {
      const mention = mentions[next++]!;
      const range = rangeOf(locate, createRange, mention);
      if (!range) continue;
      let list = byVerdict.get(mention.verdict);
      if (!list) byVerdict.set(mention.verdict, (list = { ranges: [], offsets: [] }));
      list.ranges.push(range);
      list.offsets.push(mention.start);
    }
    const marks: Mark[] = [...byVerdict].map(([verdict, list]) => ({ verdict, ...list }));
    if (first) highlighter.paint(marks);
    else highlighter.paintMore(marks);
    first = false;
    if (next < mentions.length) cancel = schedule(slice);
    else done();
  };
  slice();
  return () => cancel?.();
}

/** One range per mention even when it crosses text nodes ("Kubern<i>etes</i>"), as buildMarks makes it. */
function rangeOf(
  locate: LocateText,
  createRange: (segment: DomSegment) => AbstractRange,
  mention: Mention,
): AbstractRange | null {
  const located = locate(mention.start, mention.end);
  const segments: readonly DomSegment[] =
    located === null ? [] : 'startNode' in located ? [located] : located;
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  return createRange({
    startNode: first.startNode,
    startOffset: first.startOffset,
    endNode: last.endNode,
    endOffset: last.endOffset,
  });
}
