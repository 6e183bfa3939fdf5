// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMarks } from '@/lib/highlight/build-marks';
import { createHighlighter } from '@/lib/highlight/paint';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { analysisOf, profileSkill, requirement } from '../match/build-fixtures';
import { locateIn } from './locate-in';

// happy-dom has no CSS.highlights: a small fake of the registry and of Highlight, installed as globals the way
// the browser exposes them, stands in for it.
class FakeHighlight {
  priority = 0;
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  document.body.innerHTML = '<article><p>PHP, <b>Kafka</b> and Kubernetes.</p></article>';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
});

function paintPage(prefix?: string) {
  const root = document.querySelector('article')!;
  const { text, locate } = locateIn(root);
  const at = (word: string) => ({
    start: text.indexOf(word),
    end: text.indexOf(word) + word.length,
    text: word,
  });
  const analysis = analysisOf(
    [
      requirement('php', 'PHP', 'required', { mentions: [at('PHP')] }),
      requirement('kafka', 'Kafka', 'required', { mentions: [at('Kafka')] }),
      requirement('kubernetes', 'Kubernetes', 'preferred', { mentions: [at('Kubernetes')] }),
    ],
    [],
    { text },
  );
  const match = scoreMatch(analysis, [profileSkill('php', 'PHP')], noRelations);
  const highlighter = createHighlighter(document, prefix ? { prefix } : {});
  highlighter.paint(buildMarks(document, analysis, match, locate));
  return { root, highlighter };
}

describe('highlighter, Custom Highlight API path', () => {
  it('registers one highlight per verdict and leaves the page DOM alone', () => {
    const before = document.body.innerHTML;
    const { highlighter } = paintPage();
    expect(highlighter.isUsingFallback).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect([...registry.keys()].sort()).toEqual([
      'gapmark-have',
      'gapmark-missing-preferred',
      'gapmark-missing-required',
    ]);
    expect(registry.get('gapmark-missing-required')?.ranges.map((r) => textOf(r))).toEqual(['Kafka']);
    expect(registry.get('gapmark-have')?.ranges.map((r) => textOf(r))).toEqual(['PHP']);
    // A missed must-have wins where highlights overlap.
    expect(registry.get('gapmark-missing-required')!.priority).toBeGreaterThan(
      registry.get('gapmark-have')!.priority,
    );
  });

  it('injects its stylesheet once, with ::highlight rules under its prefix', () => {
    const { highlighter } = paintPage('gm');
    highlighter.paint([]);
    paintPage('gm');
    const styles = document.querySelectorAll('#gm-highlight-style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toContain('::highlight(gm-missing-required)');
    expect(styles[0]?.textContent).toContain('wavy');
  });

  it('isStale() tells when the page replaced marked text', () => {
    const { root, highlighter } = paintPage();
    expect(highlighter.isStale()).toBe(false);
    root.querySelector('b')!.textContent = 'Kafka'; // a re-render: same words, new text node
    expect(highlighter.isStale()).toBe(true);
  });

  it('clear() deletes exactly its own highlights', () => {
    registry.set('someone-else', new FakeHighlight());
    const { highlighter } = paintPage();
    highlighter.clear();
    expect([...registry.keys()]).toEqual(['someone-else']);
    expect(highlighter.counts()['missing-required']).toBe(0);
  });

  it('scrollToNext scrolls to the gap and flashes it with a temporary highlight', () => {
    vi.useFakeTimers();
    try {
      const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
      const { highlighter } = paintPage();
      const range = highlighter.scrollToNext();
      expect(range && textOf(range)).toBe('Kafka');
      expect(scroll).toHaveBeenCalledTimes(1);
      expect(registry.get('gapmark-flash')?.ranges).toEqual([range]);
      vi.advanceTimersByTime(2000);
      expect(registry.has('gapmark-flash')).toBe(false);
      expect(textOf(highlighter.scrollToNext()!)).toBe('Kubernetes');
    } finally {
      vi.useRealTimers();
    }
  });

  it('orders "next gap" by the page when marks carry no text offsets', () => {
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const p = document.querySelector('p')!;
    const word = (node: Node, start: number, end: number) => {
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return r;
    };
    const kafka = word(p.querySelector('b')!.firstChild!, 0, 5);
    const kubernetes = word(p.lastChild!, 5, 15);
    const php = word(p.firstChild!, 0, 3);
    const highlighter = createHighlighter(document);
    // Given out of page order, across two verdicts.
    highlighter.paint([
      { verdict: 'missing-preferred', ranges: [kubernetes] },
      { verdict: 'missing-required', ranges: [kafka, php] },
    ]);
    const visited = [1, 2, 3, 4].map(() => textOf(highlighter.scrollToNext()!));
    expect(visited).toEqual(['PHP', 'Kafka', 'Kubernetes', 'PHP']);
    highlighter.destroy();
  });

  it.each([
    ['rgb(18, 18, 18)', '#f87171'], // dark page: the bright red
    ['rgb(255, 255, 255)', '#b91c1c'], // light page: the deep red
  ])('reads the background behind the marks (%s) to pick the palette', (background, red) => {
    document.querySelector('article')!.setAttribute('style', `background-color: ${background}`);
    paintPage();
    expect(document.getElementById('gapmark-highlight-style')?.textContent).toContain(
      `underline wavy ${red}`,
    );
  });

  it('falls back to <mark> when asked to, even with the API present', () => {
    const highlighter = createHighlighter(document, { forceFallback: true });
    expect(highlighter.isUsingFallback).toBe(true);
  });
});

function textOf(range: AbstractRange): string {
  const r = document.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  return r.toString();
}
