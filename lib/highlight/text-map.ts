import { BLOCK_ELEMENTS } from '@/lib/text/block-elements';
import { runSteps, type Steps } from '@/lib/text/steps';
// The text a person sees in an element, as one string, with a map from every offset of that string back to the
// DOM text node and offset it came from. The skills engine analyses `text`; its offsets come back through
// `rangeFor` so highlights land on the exact characters. Works on any DOM (the page, happy-dom in the CLI).
//
// Why not `innerText`: it needs layout (not available in happy-dom, and it forces a reflow on the page) and
// it gives no way back from an offset to a node. Rules follow what a browser renders: whitespace collapsed,
// blocks and <br> as line breaks, table cells separated by a tab, hidden subtrees skipped.

export interface TextRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** One text node's share of a text range: `[start, end)` offsets inside `node.data`. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextMap {
  readonly root: Element;
  readonly text: string;
  /** DOM positions of text[start, end); null when the range holds only line breaks the map inserted. */
  rangeFor(start: number, end: number): TextRange | null;
  /** The same range split per text node, in document order (for the `<mark>` fallback). */
  piecesFor(start: number, end: number): TextPiece[];
  /** Text offset of a DOM position, or -1 when that node is not part of the text (hidden, outside root). */
  offsetAt(node: Node, offset: number): number;
}

/** A live DOM Range for a text range (for CSS.highlights or a selection). */
export function createDomRange(doc: Document, range: TextRange): Range {
  const r = doc.createRange();
  r.setStart(range.startNode, range.startOffset);
  r.setEnd(range.endNode, range.endOffset);
  return r;
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'input',
  // UI chrome inside a description ("Show more", "Save", "Apply") is never posting text.
  'button',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const PRE_STYLE = /white-space\s*:\s*(?:pre|pre-wrap|break-spaces)\b/i;
// Text only screen readers get: a person does not see it, so it is not part of the posting they read.
const SCREEN_READER_CLASS = /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|a11y-text)(?:\s|$)/;
// Collapsible whitespace (not U+00A0, which a browser keeps), and the literal two-character sequences
// `\n` / `\r\n` that scraped or double-encoded text sometimes carries.
// Invisible characters (zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen) are left out of the
// text, without a space, so "Py\u200bthon" reads as "Python" (prepareText drops the same set from plain text).
// A single space between two words is kept as it is, so it is no separator here: a stretch of words with single
// spaces between them is copied in one piece (one string and one run per stretch, not per word: the read of a
// long description spent most of its walk emitting words one by one).
const SEPARATOR = /[ \t\n\r\f]{2,}|[\t\n\r\f]|\\r\\n|\\n|[\u200b-\u200d\u2060\ufeff\u00ad]+/g;
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]/;
// The patterns above are compiled on their first use on every page read (~0.1-0.2 ms each), and most style and
// class attributes hold none of the words they need: they are tested only when one is there.
const mayHide = (style: string): boolean => {
  const lower = style.toLowerCase();
  return lower.includes('none') || lower.includes('hidden');
};
const mayKeepWhitespace = (style: string): boolean => style.toLowerCase().includes('white-space');
const mayBeScreenReaderOnly = (cls: string): boolean =>
  cls.includes('-hidden') || cls.includes('sr-only') || cls.includes('-text');

function isHidden(el: Element, style: string | null): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (style && mayHide(style) && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && mayBeScreenReaderOnly(cls) && SCREEN_READER_CLASS.test(cls);
}

/** The text map of `root`, built in one go. */
export function buildTextMap(root: Element): TextMap {
  return runSteps(walkTextMap(root));
}

/** Nodes visited between two pauses of the walk. */
const NODES_PER_STEP = 256;

/**
 * The same walk as `buildTextMap`, pausing (`yield`) every few hundred nodes: the content script runs it in
 * slices on a huge page (see lib/text/steps).
 */
export function* walkTextMap(root: Element): Steps<TextMap> {
  const parts: string[] = [];
  let length = 0;
  // Runs: stretches of `text` that map linearly onto one text node. Parallel arrays, no per-char objects.
  const runOut: number[] = [];
  const runLen: number[] = [];
  const runNode: number[] = [];
  const runNodeOffset: number[] = [];
  const nodes: Text[] = [];
  const nodeIndex = new Map<Node, number>();

  let atLineStart = true; // no line break needed, no space allowed
  let noSpace = true; // after a line break or a cell tab: a pending space is dropped
  let newlines = 0; // consecutive line breaks at the end, to keep at most one empty line
  let syntheticTail = 0; // characters at the end that the map inserted (trimmed at the end)
  let pendingNode = -1;
  let pendingOffset = 0;
  let preDepth = 0;

  const appendMapped = (node: number, offset: number, s: string): void => {
    const last = runOut.length - 1;
    if (
      last >= 0 &&
      runNode[last] === node &&
      runNodeOffset[last]! + runLen[last]! === offset &&
      runOut[last]! + runLen[last]! === length
    ) {
      runLen[last] = runLen[last]! + s.length;
    } else {
      runOut.push(length);
      runLen.push(s.length);
      runNode.push(node);
      runNodeOffset.push(offset);
    }
    parts.push(s);
    length += s.length;
    syntheticTail = 0;
  };

  const appendSynthetic = (s: string): void => {
    parts.push(s);
    length += s.length;
    syntheticTail += s.length;
  };

  const emitWord = (node: number, offset: number, word: string): void => {
    if (pendingNode >= 0 && !noSpace) appendMapped(pendingNode, pendingOffset, ' ');
    pendingNode = -1;
    appendMapped(node, offset, word);
    atLineStart = false;
    noSpace = false;
    newlines = 0;
  };

  const softBreak = (): void => {
    pendingNode = -1;
    if (atLineStart) return;
    appendSynthetic('\n');
    atLineStart = true;
    noSpace = true;
    newlines = 1;
  };

  const hardBreak = (): void => {
    pendingNode = -1;
    if (length === 0 || newlines >= 2) return;
    appendSynthetic('\n');
    atLineStart = true;
    noSpace = true;
    newlines += 1;
  };

  const cellBreak = (): void => {
    pendingNode = -1;
    if (atLineStart || noSpace) return;
    appendSynthetic('\t');
    noSpace = true;
  };

  // data[from, to) holds no separator but single spaces: one at either end is collapsible whitespace, the others
  // sit between words and stay.
  const emitStretch = (index: number, data: string, from: number, to: number): void => {
    if (data.charCodeAt(from) === 32) {
      if (pendingNode < 0) {
        pendingNode = index;
        pendingOffset = from;
      }
      from += 1;
    }
    if (from >= to) return;
    const trailing = data.charCodeAt(to - 1) === 32;
    if (trailing) to -= 1;
    if (from < to) emitWord(index, from, data.slice(from, to));
    if (trailing && pendingNode < 0) {
      pendingNode = index;
      pendingOffset = to;
    }
  };

  const visitText = (textNode: Text): void => {
    const data = textNode.data;
    if (data.length === 0) return;
    let index = nodeIndex.get(textNode);
    if (index === undefined) {
      index = nodes.length;
      nodes.push(textNode);
      nodeIndex.set(textNode, index);
    }
    if (preDepth > 0) {
      if (pendingNode >= 0 && !noSpace) appendMapped(pendingNode, pendingOffset, ' ');
      pendingNode = -1;
      appendMapped(index, 0, data);
      const endsWithNewline = data.endsWith('\n');
      atLineStart = endsWithNewline;
      noSpace = endsWithNewline;
      newlines = endsWithNewline ? 1 : 0;
      return;
    }
    let last = 0;
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(data); m !== null; m = SEPARATOR.exec(data)) {
      if (m.index > last) emitStretch(index, data, last, m.index);
      if (m[0].charCodeAt(0) === 92) {
        hardBreak();
      } else if (INVISIBLE.test(m[0])) {
        // dropped: the word continues after it
      } else if (pendingNode < 0) {
        pendingNode = index;
        pendingOffset = m.index;
      }
      last = m.index + m[0].length;
    }
    if (last < data.length) emitStretch(index, data, last, data.length);
  };

  // The walk keeps its own stack rather than recursing: a page nested 10,000 elements deep would overflow the
  // call stack.
  interface Frame {
    children: NodeListOf<ChildNode>;
    length: number;
    index: number;
    block: boolean;
    cell: boolean;
    pre: boolean;
  }

  /** Opens an element: its breaks before, and a frame for its children (null when it adds no text). */
  const enter = (el: Element, isRoot: boolean): Frame | null => {
    const name = el.localName;
    if (!isRoot && SKIPPED.has(name)) return null;
    // Most elements carry no attribute at all: skip the attribute reads for them. (hasAttributes(), not
    // attributes.length: the attribute map is an object of its own, made for every element that has one.)
    const hasAttributes = el.hasAttributes();
    const style = hasAttributes ? el.getAttribute('style') : null;
    if (!isRoot && hasAttributes && isHidden(el, style)) return null;
    if (name === 'br') {
      hardBreak();
      return null;
    }
    const block = BLOCK_ELEMENTS.has(name);
    const cell = name === 'td' || name === 'th';
    const pre = name === 'pre' || (style !== null && mayKeepWhitespace(style) && PRE_STYLE.test(style));
    if (block) softBreak();
    else if (cell) cellBreak();
    if (pre) preDepth += 1;
    // Indexed childNodes, not nextSibling: some DOM implementations (happy-dom, used by the CLI) find a
    // sibling by searching the parent's child list, which makes wide elements quadratic.
    const children = el.childNodes;
    return { children, length: children.length, index: 0, block, cell, pre };
  };

  const leave = (frame: Frame): void => {
    if (frame.pre) preDepth -= 1;
    if (frame.block) softBreak();
    else if (frame.cell) pendingNode = -1;
  };

  const stack: Frame[] = [];
  const rootFrame = enter(root, true);
  if (rootFrame) stack.push(rootFrame);
  let visited = 0;
  while (stack.length > 0) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.length) {
      stack.pop();
      leave(frame);
      continue;
    }
    // (A live list: in slices, the page may have removed a child since the walk looked at its length.)
    const child = frame.children[frame.index++];
    if (!child) continue;
    if (child.nodeType === 3) visitText(child as Text);
    else if (child.nodeType === 1) {
      const next = enter(child as Element, false);
      if (next) stack.push(next);
    }
  }
  let text = parts.join('');
  if (syntheticTail > 0) text = text.slice(0, text.length - syntheticTail);

  // Index of the last run starting at or before `offset` (-1 if none).
  const runAtOrBefore = (offset: number): number => {
    let lo = 0;
    let hi = runOut.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runOut[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  // First and last runs overlapping [start, end), with the node offsets at both ends.
  const locate = (start: number, end: number): [number, number, number, number] | null => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    if (e <= s) return null;
    let first = runAtOrBefore(s);
    let startOffset: number;
    if (first >= 0 && s < runOut[first]! + runLen[first]!) {
      startOffset = runNodeOffset[first]! + (s - runOut[first]!);
    } else {
      first += 1; // `s` sits on an inserted break: begin at the next run
      if (first >= runOut.length || runOut[first]! >= e) return null;
      startOffset = runNodeOffset[first]!;
    }
    const lastRun = runAtOrBefore(e - 1);
    if (lastRun < first) return null;
    const endOffset = runNodeOffset[lastRun]! + Math.min(e - runOut[lastRun]!, runLen[lastRun]!);
    return [first, startOffset, lastRun, endOffset];
  };

  return {
    root,
    text,
    rangeFor(start, end) {
      const found = locate(start, end);
      if (!found) return null;
      const [first, startOffset, lastRun, endOffset] = found;
      return {
        startNode: nodes[runNode[first]!]!,
        startOffset,
        endNode: nodes[runNode[lastRun]!]!,
        endOffset,
      };
    },
    piecesFor(start, end) {
      const found = locate(start, end);
      if (!found) return [];
      const [first, startOffset, lastRun, endOffset] = found;
      const pieces: TextPiece[] = [];
      for (let r = first; r <= lastRun; r++) {
        const node = nodes[runNode[r]!]!;
        const from = r === first ? startOffset : runNodeOffset[r]!;
        const to = r === lastRun ? endOffset : runNodeOffset[r]! + runLen[r]!;
        const previous = pieces[pieces.length - 1];
        // Runs of one node split by collapsed whitespace become one piece: the gap is that whitespace.
        if (previous && previous.node === node) previous.end = to;
        else pieces.push({ node, start: from, end: to });
      }
      return pieces;
    },
    offsetAt(node, offset) {
      const index = nodeIndex.get(node);
      if (index === undefined) return -1;
      // Runs of one node are contiguous in the run list and ordered by node offset.
      let best = -1;
      for (let r = 0; r < runOut.length; r++) {
        if (runNode[r] !== index) {
          if (best >= 0) break;
          continue;
        }
        if (runNodeOffset[r]! <= offset) best = r;
      }
      if (best < 0) return -1;
      return runOut[best]! + Math.min(offset - runNodeOffset[best]!, runLen[best]!);
    },
  };
}
