// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextMap, createDomRange, type TextMap } from '@/lib/highlight/text-map';
import { HOSTILE_SNIPPETS, POSTING_WORDS, RTL_OVERRIDE, ZERO_WIDTH, fuzzParams } from './fuzz-support';

// The text map on generated DOM trees: every text range maps back to DOM positions holding exactly those
// characters (whitespace aside, which the map collapses and inserts), and the walk survives hostile trees.

type TreeNode = { text: string } | { tag: string; attr: string; children: TreeNode[] };

const VISIBLE_TAGS = [
  'p',
  'div',
  'li',
  'ul',
  'b',
  'span',
  'i',
  'td',
  'th',
  'tr',
  'pre',
  'br',
  'h2',
  'a',
  'em',
];
const HIDING_TAGS = ['script', 'style', 'button', 'textarea', 'noscript', 'svg'];
const VISIBLE_ATTRS = [
  '',
  'class="x"',
  'style="white-space: pre-wrap"',
  'onerror="alert(1)"',
  'href="javascript:alert(1)"',
];
const HIDING_ATTRS = ['hidden', 'aria-hidden="true"', 'style="display:none"', 'class="sr-only"'];

const textPiece = fc.oneof(
  fc.constantFrom(...POSTING_WORDS, ...HOSTILE_SNIPPETS),
  fc.constantFrom(' ', '  ', '\n', '\t', ' \n ', '\\n', '\u00a0', RTL_OVERRIDE, ZERO_WIDTH),
  fc.string({ maxLength: 8 }),
);
const textNode = fc
  .array(textPiece, { minLength: 1, maxLength: 5 })
  .map((parts) => ({ text: parts.join('') }));

function treeOf(withHidden: boolean): fc.Arbitrary<TreeNode[]> {
  const tags = withHidden ? [...VISIBLE_TAGS, ...HIDING_TAGS] : VISIBLE_TAGS;
  const attrs = withHidden ? [...VISIBLE_ATTRS, ...HIDING_ATTRS] : VISIBLE_ATTRS;
  const { forest } = fc.letrec<{ node: TreeNode; forest: TreeNode[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textNode,
      fc.record({ tag: fc.constantFrom(...tags), attr: fc.constantFrom(...attrs), children: tie('forest') }),
    ),
    forest: fc.array(tie('node'), { maxLength: 5 }),
  }));
  return forest;
}

function build(nodes: TreeNode[]): HTMLElement {
  const root = document.createElement('div');
  const append = (parent: Element, list: TreeNode[]) => {
    for (const node of list) {
      if ('text' in node) {
        parent.append(document.createTextNode(node.text));
        continue;
      }
      const el = document.createElement(node.tag);
      const [name, value] = node.attr.split('=');
      if (name) el.setAttribute(name, value ? value.replace(/^"|"$/g, '') : '');
      // <br> is void: a parser never gives it children.
      if (node.tag !== 'br') append(el, node.children);
      parent.append(el);
    }
  };
  append(root, nodes);
  return root;
}

// Whitespace is what the map collapses and inserts; a literal backslash-n in a node is a line break it made;
// zero-width characters and soft hyphens are what it leaves out (so "Py\u200bthon" reads as "Python").
const bare = (s: string): string =>
  s
    .replace(/\\r\\n|\\n/g, '')
    .replace(/\s+/g, '')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');

/** What is wrong with the map's ranges for [start, end) (empty when nothing). */
function rangeProblems(map: TextMap, start: number, end: number, compareDomText: boolean): string[] {
  const problems: string[] = [];
  const slice = map.text.slice(start, end);
  const pieces = map.piecesFor(start, end);
  const range = map.rangeFor(start, end);
  if (pieces.length === 0 || range === null) {
    if (bare(slice) !== '') problems.push(`no DOM range for ${JSON.stringify(slice)}`);
    if ((pieces.length === 0) !== (range === null)) problems.push('pieces and range disagree on emptiness');
    return problems;
  }
  for (const p of pieces) {
    if (!(p.start >= 0 && p.start <= p.end && p.end <= p.node.data.length))
      problems.push(`piece ${p.start}..${p.end} outside its node of ${p.node.data.length}`);
  }
  const fromPieces = pieces.map((p) => bare(p.node.data.slice(p.start, p.end))).join('');
  if (fromPieces !== bare(slice))
    problems.push(`pieces say ${JSON.stringify(fromPieces)}, text says ${JSON.stringify(bare(slice))}`);
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (range.startNode !== first.node || range.startOffset !== first.start)
    problems.push('range start != first piece');
  if (range.endNode !== last.node || range.endOffset !== last.end) problems.push('range end != last piece');
  const back = map.offsetAt(range.startNode, range.startOffset);
  if (!(back >= start && back < end)) problems.push(`offsetAt(start) = ${back}, not in ${start}..${end}`);
  if (compareDomText) {
    const dom = bare(createDomRange(document, range).toString());
    if (dom !== bare(slice))
      problems.push(`DOM range says ${JSON.stringify(dom)}, text ${JSON.stringify(bare(slice))}`);
  }
  return problems;
}

const rangesIn = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });

describe('buildTextMap fuzz', () => {
  it('on trees without hidden content, the DOM range of any text range holds the same characters', () => {
    fc.assert(
      fc.property(treeOf(false), rangesIn, (tree, ranges) => {
        const map = buildTextMap(build(tree));
        const n = map.text.length;
        for (const [a, b] of [[0, n] as const, ...ranges]) {
          const start = n === 0 ? 0 : a % (n + 1);
          const end = n === 0 ? 0 : start + (b % (n - start + 1));
          expect(rangeProblems(map, start, end, true)).toEqual([]);
        }
      }),
      fuzzParams(250),
    );
  });

  it('on trees with hidden, skipped and script content, every range maps to pieces holding its text', () => {
    fc.assert(
      fc.property(treeOf(true), rangesIn, (tree, ranges) => {
        const root = build(tree);
        const map = buildTextMap(root);
        const n = map.text.length;
        for (const [a, b] of [[0, n] as const, ...ranges]) {
          const start = n === 0 ? 0 : a % (n + 1);
          const end = n === 0 ? 0 : start + (b % (n - start + 1));
          expect(rangeProblems(map, start, end, false)).toEqual([]);
        }
        // No collapsible whitespace at either end outside pre (U+00A0 is kept, as a browser keeps it).
        if (root.querySelector('pre, [style*="pre"]') === null)
          expect(map.text).not.toMatch(/^[ \t\n\r\f]|[ \t\n\r\f]$/);
      }),
      fuzzParams(250),
    );
  });

  it('the text has no runs of collapsible whitespace outside pre', () => {
    fc.assert(
      fc.property(treeOf(true), (tree) => {
        const root = build(tree);
        fc.pre(root.querySelector('pre, [style*="pre"]') === null);
        const text = buildTextMap(root).text;
        expect(text).not.toMatch(/ {2}|\n{3}|[\r\f]/);
      }),
      fuzzParams(200),
    );
  });

  describe('hostile trees', () => {
    it('10,000 nested elements (overflowed the call stack before the walk kept its own stack)', () => {
      const root = document.createElement('div');
      let parent: Element = root;
      for (let i = 0; i < 10_000; i++) {
        const child = document.createElement(i % 3 === 0 ? 'div' : i % 3 === 1 ? 'span' : 'li');
        parent.append(child);
        parent = child;
      }
      parent.append(document.createTextNode('Python and Go'));
      const map = buildTextMap(root);
      expect(map.text).toBe('Python and Go');
      expect(rangeProblems(map, 0, map.text.length, true)).toEqual([]);
      expect(map.rangeFor(11, 13)?.startNode.data).toBe('Python and Go');
    });

    it('a 1 MB single word maps back whole', () => {
      const root = document.createElement('p');
      const word = 'x'.repeat(1_000_000);
      root.append(document.createTextNode(` ${word} `));
      const map = buildTextMap(root);
      expect(map.text.length).toBe(1_000_000);
      expect(map.rangeFor(10, 999_990)).toMatchObject({ startOffset: 11, endOffset: 999_991 });
    });

    it('5,000 siblings with RTL overrides, zero-width characters and markup as text', () => {
      const root = document.createElement('div');
      for (let i = 0; i < 5_000; i++) {
        const span = document.createElement(i % 2 ? 'span' : 'p');
        span.append(document.createTextNode(`${HOSTILE_SNIPPETS[i % HOSTILE_SNIPPETS.length]} w${i}`));
        root.append(span);
      }
      const map = buildTextMap(root);
      expect(map.text).toContain(`w4999`);
      expect(map.text).toContain('<script>alert(1)</script>');
      expect(map.text).toContain(RTL_OVERRIDE);
      expect(rangeProblems(map, 0, map.text.length, false)).toEqual([]);
      expect(rangeProblems(map, 100, 5_000, true)).toEqual([]);
      expect(root.querySelector('script, img')).toBeNull();
    });
  });
});
