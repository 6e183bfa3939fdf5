import type { Mark } from './build-marks';
import { detectPageTheme } from './detect-page-theme';
import { GAP_VERDICTS, MARK_VERDICTS, type MarkVerdict } from './mark-verdict';
import { buildHighlightCss, VERDICT_PRIORITY, type PageTheme } from './verdict-styles';

// Browser-only. Paints marks with the CSS Custom Highlight API, which changes nothing in the page's DOM (so
// React-rendered boards cannot trip over our marks, and clearing is exact). Where the API is missing, marks
// are <mark> elements wrapped around the text, and clear() puts the page's own text nodes back as they were.

/** The slice of the Custom Highlight API we use; a test can pass a fake. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(ranges: readonly AbstractRange[], priority: number): unknown;
  /** Adds ranges to a highlight made by `create` (a huge page's later slices). */
  add?(highlight: unknown, ranges: readonly AbstractRange[]): void;
}

export interface HighlighterOptions {
  prefix?: string; // highlight names, classes and the style element id start with it
  theme?: PageTheme | 'auto'; // 'auto' reads the background behind the first mark
  forceFallback?: boolean;
  highlightApi?: HighlightApi | null; // default: the page's own, when it has one
  flashMs?: number;
  /** Text nodes the fallback wraps per task (the rest follow in later tasks). */
  fallbackBatchSize?: number;
}

export interface Highlighter {
  /** Replaces whatever is painted with these marks. */
  paint(marks: readonly Mark[]): void;
  /** Adds these marks to what is painted (a huge page's later slices; see paint-in-slices). */
  paintMore(marks: readonly Mark[]): void;
  /** Removes every mark; on the fallback path the page's text nodes are restored exactly. */
  clear(): void;
  /**
   * Scrolls to the next painted range of these verdicts after the last one visited (wrapping), flashes it
   * briefly and returns it; null when there is none.
   */
  scrollToNext(verdicts?: MarkVerdict | readonly MarkVerdict[]): AbstractRange | null;
  /** The same for the mark that starts at this text offset (the chip's gap list); null when none does. */
  scrollToOffset(offset: number): AbstractRange | null;
  /**
   * True when the page replaced text that carries marks (a single-page board re-rendered): the caller reads
   * the page again and repaints. Cheap enough to call from a debounced MutationObserver.
   */
  isStale(): boolean;
  /** How many ranges are painted per verdict (for the chip's "3 gaps"). */
  counts(): Record<MarkVerdict, number>;
  /** The page's theme, found after the page's own layout (no style read in the paint): recolours the marks. */
  setTheme(theme: PageTheme): void;
  /** clear(), and remove the stylesheet. */
  destroy(): void;
  readonly isUsingFallback: boolean;
}

interface HighlightCtor {
  new (...ranges: AbstractRange[]): { priority: number; add(range: AbstractRange): unknown };
}
interface HighlightScope {
  CSS?: { highlights?: HighlightApi['registry'] };
  Highlight?: HighlightCtor;
}

/** The page's Custom Highlight API, or null where the browser lacks it. */
export function detectHighlightApi(doc: Document): HighlightApi | null {
  for (const scope of [doc.defaultView, globalThis] as (HighlightScope | null)[]) {
    const registry = scope?.CSS?.highlights;
    const Highlight = scope?.Highlight;
    if (registry && typeof Highlight === 'function') {
      return {
        registry,
        create: (ranges, priority) => {
          const highlight = new Highlight(...ranges);
          highlight.priority = priority;
          return highlight;
        },
        add: (highlight, ranges) => {
          for (const range of ranges) (highlight as InstanceType<HighlightCtor>).add(range);
        },
      };
    }
  }
  return null;
}

interface Painted {
  verdict: MarkVerdict;
  range: AbstractRange;
  elements: HTMLElement[]; // fallback only: the <mark> elements of this range
  offset: number | null; // text offset, when the mark gave one: ordering by number, not by DOM walk
}

/** Page order of two painted ranges: by text offset when known, else by the DOM (after the fallback's
 * changes, by its <mark> elements, whose positions stay true). */
function compareItems(a: Painted, b: Painted): number {
  if (a.offset !== null && b.offset !== null) return a.offset - b.offset;
  const [ea, eb] = [a.elements[0], b.elements[0]];
  if (ea && eb) return ea === eb ? 0 : ea.compareDocumentPosition(eb) & 4 ? -1 : 1;
  return comparePoints(
    a.range.startContainer,
    a.range.startOffset,
    b.range.startContainer,
    b.range.startOffset,
  );
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
  item: Painted;
}

/** Document order of two boundary points (the DOM standard's algorithm): negative when a comes first. */
export function comparePoints(aNode: Node, aOffset: number, bNode: Node, bOffset: number): number {
  if (aNode === bNode) return aOffset - bOffset;
  const position = aNode.compareDocumentPosition(bNode);
  if (position & 1 /* DISCONNECTED */) return 0;
  if (!(position & 4 /* b FOLLOWING a */)) return -comparePoints(bNode, bOffset, aNode, aOffset);
  if (position & 16 /* b CONTAINED_BY a */) {
    let child: Node = bNode;
    while (child.parentNode && child.parentNode !== aNode) child = child.parentNode;
    const index = Array.prototype.indexOf.call(aNode.childNodes, child) as number;
    return index < aOffset ? 1 : -1;
  }
  return -1;
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const prefix = options.prefix ?? 'gapmark';
  const api = options.forceFallback ? null : (options.highlightApi ?? detectHighlightApi(doc));
  const flashMs = options.flashMs ?? 1200;
  const view = doc.defaultView;
  const styleId = `${prefix}-highlight-style`;

  let painted: Painted[] = [];
  let registered: string[] = [];
  // Fallback bookkeeping: each split page text node and the pieces it was split into.
  const splits = new Map<Text, Set<Text>>();
  let last: Painted | null = null; // the range "next gap" visited last
  const ordered = new Map<string, Painted[]>(); // page order per verdict set, worked out on first use
  let flashTimer: ReturnType<typeof setTimeout> | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null; // the fallback's next batch
  const batchSize = options.fallbackBatchSize ?? 200;
  let endFlash: (() => void) | null = null;
  let theme: PageTheme | null = null;
  // A fixed theme (or one set later by setTheme) paints without reading any style; 'auto' reads it at paint.
  let wantedTheme: PageTheme | null = options.theme && options.theme !== 'auto' ? options.theme : null;

  function orderOf(verdicts: readonly MarkVerdict[]): Painted[] {
    const key = [...verdicts].sort().join(' ');
    let list = ordered.get(key);
    if (!list) {
      const wanted = new Set(verdicts);
      list = painted.filter((item) => wanted.has(item.verdict)).sort(compareItems);
      ordered.set(key, list);
    }
    return list;
  }

  function itemsOf(marks: readonly Mark[]): Painted[] {
    return marks.flatMap((mark) =>
      mark.ranges.map((range, i) => ({
        verdict: mark.verdict,
        range,
        elements: [],
        offset: mark.offsets?.[i] ?? null,
      })),
    );
  }

  function ensureStyle(themeNow: PageTheme): void {
    let style = doc.getElementById(styleId);
    if (!style) {
      style = doc.createElement('style');
      style.id = styleId;
      (doc.head ?? doc.documentElement).append(style);
      theme = null;
    }
    if (theme !== themeNow) {
      style.textContent = buildHighlightCss(prefix, themeNow);
      theme = themeNow;
    }
  }

  function stopFlash(): void {
    if (flashTimer !== null) clearTimeout(flashTimer);
    flashTimer = null;
    endFlash?.();
    endFlash = null;
  }

  // The highlight registered per name, with its ranges, so later slices add to it (without the API's add, the
  // highlight is made again with all of them).
  const highlights = new Map<string, { highlight: unknown; ranges: AbstractRange[] }>();
  function paintWithApi(highlightApi: HighlightApi, marks: readonly Mark[]): void {
    for (const mark of marks) {
      if (mark.ranges.length === 0) continue;
      const name = `${prefix}-${mark.verdict}`;
      const known = highlights.get(name);
      if (known && highlightApi.add) {
        highlightApi.add(known.highlight, mark.ranges);
        continue;
      }
      const ranges = known ? [...known.ranges, ...mark.ranges] : [...mark.ranges];
      const highlight = highlightApi.create(ranges, VERDICT_PRIORITY[mark.verdict]);
      highlights.set(name, { highlight, ranges: highlightApi.add ? [] : ranges });
      highlightApi.registry.set(name, highlight);
      if (!known) registered.push(name);
    }
  }

  /** Splits a range into the text-node stretches it covers; read before any DOM change. */
  function textPiecesOf(item: Painted): TextPiece[] {
    const { startContainer, startOffset, endContainer, endOffset } = item.range;
    if (startContainer === endContainer && startContainer.nodeType === 3) {
      return startOffset < endOffset
        ? [{ node: startContainer as Text, start: startOffset, end: endOffset, item }]
        : [];
    }
    const live = doc.createRange();
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    const walker = doc.createTreeWalker(live.commonAncestorContainer, 4 /* SHOW_TEXT */);
    const pieces: TextPiece[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (comparePoints(text, text.length, startContainer, startOffset) <= 0) continue;
      if (comparePoints(text, 0, endContainer, endOffset) >= 0) break;
      const start = text === startContainer ? startOffset : 0;
      const end = text === endContainer ? endOffset : text.length;
      if (start < end) pieces.push({ node: text, start, end, item });
    }
    return pieces;
  }

  function wrapPieces(node: Text, nodePieces: readonly TextPiece[]): void {
    // Overlaps cannot nest in the fallback: the more important verdict keeps the text.
    const kept: TextPiece[] = [];
    for (const piece of [...nodePieces].sort(
      (a, b) => VERDICT_PRIORITY[b.item.verdict] - VERDICT_PRIORITY[a.item.verdict] || a.start - b.start,
    )) {
      // A node the page changed since the ranges were made is left alone rather than cut wrongly.
      if (piece.end > node.length) return;
      if (kept.every((k) => piece.end <= k.start || piece.start >= k.end)) kept.push(piece);
    }
    // From the end backwards, so the offsets still to do stay valid in `node`, which keeps the head.
    kept.sort((a, b) => b.start - a.start);
    const created = splits.get(node) ?? new Set<Text>();
    for (const piece of kept) {
      const middle = node.splitText(piece.start);
      const tail = middle.splitText(piece.end - piece.start);
      created.add(middle).add(tail);
      const element = doc.createElement('mark');
      element.className = `${prefix}-mark ${prefix}-${piece.item.verdict}`;
      middle.replaceWith(element);
      element.append(middle);
      piece.item.elements.push(element);
    }
    if (created.size > 0) splits.set(node, created);
  }

  /**
   * Wraps in batches of text nodes: the first batch at once, the rest in later tasks, so a huge page never
   * gets one long task (1 MB page, 9,000 marks: 83 ms in one go). clear() stops what is still to do.
   */
  function paintWithMarks(items: readonly Painted[], before: readonly Painted[] = []): void {
    const byNode = new Map<Text, TextPiece[]>();
    for (const piece of items.flatMap(textPiecesOf)) {
      const list = byNode.get(piece.node);
      if (list) list.push(piece);
      else byNode.set(piece.node, [piece]);
    }
    const jobs = [...byNode];
    let next = 0;
    const runBatch = () => {
      pending = null;
      for (const end = Math.min(jobs.length, next + batchSize); next < end; next++) {
        const [node, nodePieces] = jobs[next]!;
        wrapPieces(node, nodePieces);
      }
      if (next < jobs.length) {
        pending = setTimeout(runBatch, 0);
        return;
      }
      for (const item of items) {
        if (item.elements.length > 1)
          item.elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      }
      // Ranges whose text was wholly taken by a more important mark have nothing to scroll to.
      painted = [...before, ...items.filter((item) => item.elements.length > 0)];
      ordered.clear();
    };
    runBatch();
  }

  function clearMarks(): void {
    for (const item of painted) {
      for (const element of item.elements) {
        if (element.parentNode) element.replaceWith(...element.childNodes);
      }
    }
    // Join each split node back with its pieces: the page keeps its own Text objects (React holds them).
    for (const [node, pieces] of splits) {
      let next = node.nextSibling;
      while (next && next.nodeType === 3 && pieces.has(next as Text)) {
        node.appendData((next as Text).data);
        const after: ChildNode | null = next.nextSibling;
        next.remove();
        next = after;
      }
    }
    splits.clear();
  }

  /** Scrolls to one painted range, flashes it, and makes it where "next gap" goes on from. */
  function visit(item: Painted | undefined): AbstractRange | null {
    if (!item) return null;
    last = item;
    const target =
      item.elements[0] ??
      (item.range.startContainer.nodeType === 1
        ? (item.range.startContainer as Element)
        : item.range.startContainer.parentElement);
    const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    stopFlash();
    if (api) {
      const name = `${prefix}-flash`;
      api.registry.set(name, api.create([item.range], 10));
      endFlash = () => api.registry.delete(name);
    } else {
      for (const element of item.elements) element.classList.add(`${prefix}-flash`);
      endFlash = () => item.elements.forEach((element) => element.classList.remove(`${prefix}-flash`));
    }
    flashTimer = setTimeout(stopFlash, flashMs);
    return item.range;
  }

  const highlighter: Highlighter = {
    get isUsingFallback() {
      return api === null;
    },

    paint(marks) {
      highlighter.clear();
      const first = marks.find((m) => m.ranges.length > 0)?.ranges[0];
      if (!first) return;
      // Style reads first, DOM writes after: no forced layout between them.
      ensureStyle(wantedTheme ?? detectPageTheme(doc, first.startContainer));
      // No sorting here: page order is only needed by "next gap", and only for its verdicts (see orderOf).
      const items = itemsOf(marks);
      if (api) {
        paintWithApi(api, marks);
        painted = items;
      } else {
        painted = items;
        paintWithMarks(items);
      }
    },

    paintMore(marks) {
      if (painted.length === 0) {
        highlighter.paint(marks);
        return;
      }
      const items = itemsOf(marks);
      painted = [...painted, ...items];
      ordered.clear();
      if (api) paintWithApi(api, marks);
      else {
        // The fallback replaces `painted` once its batches are done: keep the earlier items in it.
        const before = painted.slice(0, painted.length - items.length);
        paintWithMarks(items, before);
      }
    },

    clear() {
      stopFlash();
      if (pending !== null) clearTimeout(pending);
      pending = null;
      if (api) for (const name of registered) api.registry.delete(name);
      else clearMarks();
      registered = [];
      highlights.clear();
      painted = [];
      ordered.clear();
      last = null;
    },

    scrollToNext(verdicts = GAP_VERDICTS) {
      const list = orderOf(typeof verdicts === 'string' ? [verdicts] : verdicts);
      let index = last ? list.indexOf(last) : -1;
      if (last && index === -1) {
        // The last visit was of another verdict: continue from its place on the page.
        const from = last;
        index = list.findIndex((item) => compareItems(item, from) > 0) - 1;
        if (index === -2) index = list.length - 1;
      }
      return visit(list[index + 1] ?? list[0]);
    },

    scrollToOffset(offset) {
      return visit(painted.find((item) => item.offset === offset));
    },

    isStale() {
      return painted.some((item) =>
        item.elements.length > 0
          ? item.elements.some((element) => !element.isConnected)
          : !item.range.startContainer.isConnected || !item.range.endContainer.isConnected,
      );
    },

    counts() {
      const counts = Object.fromEntries(MARK_VERDICTS.map((v) => [v, 0])) as Record<MarkVerdict, number>;
      for (const item of painted) counts[item.verdict] += 1;
      return counts;
    },

    setTheme(next) {
      wantedTheme = next;
      if (theme !== null && theme !== next) ensureStyle(next);
    },

    destroy() {
      highlighter.clear();
      doc.getElementById(styleId)?.remove();
      theme = null;
    },
  };
  return highlighter;
}
