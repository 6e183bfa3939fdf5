import type { DomSegment, LocateText } from '@/lib/highlight/build-marks';

// A minimal text map for tests: the text of `root` is its text nodes joined, and an offset range maps to one
// segment per text node it crosses. The real one (lib/highlight/text-map.ts) also handles block boundaries.
export function locateIn(root: Node): { text: string; locate: LocateText } {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  const locate: LocateText = (start, end) => {
    const segments: DomSegment[] = [];
    for (const { node, start: at } of nodes) {
      const from = Math.max(start, at);
      const to = Math.min(end, at + node.length);
      if (from < to)
        segments.push({ startNode: node, startOffset: from - at, endNode: node, endOffset: to - at });
    }
    return segments;
  };
  return { text, locate };
}
