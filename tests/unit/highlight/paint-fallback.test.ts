// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMarks, type Mark } from '@/lib/highlight/build-marks';
import { createHighlighter, type Highlighter } from '@/lib/highlight/paint';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { analysisOf, profileSkill, requirement } from '../match/build-fixtures';
import { locateIn } from './locate-in';

const PAGE =
  '<div id="job"><p>We use <b>PHP</b> and Kafka daily.</p><p>Nice: Kubern<i>etes</i> or Terraform. PHP again.</p></div>';

function snapshot(root: Node): { html: string; texts: Text[]; data: string[] } {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  return { html: (root as Element).innerHTML, texts, data: texts.map((t) => t.data) };
}

function marksFor(root: HTMLElement): Mark[] {
  const { text, locate } = locateIn(root);
  const at = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    if (start === -1) throw new Error(`${word} not in page`);
    return { start, end: start + word.length, text: word };
  };
  const analysis = analysisOf(
    [
      requirement('php', 'PHP', 'required', { mentions: [at('PHP'), at('PHP', text.indexOf('again') - 5)] }),
      requirement('kafka', 'Kafka', 'required', { mentions: [at('Kafka')] }),
      requirement('kubernetes', 'Kubernetes', 'preferred', { mentions: [at('Kubernetes')] }),
      requirement('terraform', 'Terraform', 'preferred', { mentions: [at('Terraform')] }),
    ],
    [],
    { text },
  );
  const match = scoreMatch(
    analysis,
    [profileSkill('php', 'PHP'), profileSkill('terraform', 'Terraform')],
    noRelations,
  );
  return buildMarks(document, analysis, match, locate);
}

describe('highlighter, <mark> fallback (no Custom Highlight API in happy-dom)', () => {
  let root: HTMLElement;
  let highlighter: Highlighter;

  beforeEach(() => {
    document.body.innerHTML = PAGE;
    root = document.getElementById('job')!;
    highlighter = createHighlighter(document);
  });
  afterEach(() => highlighter.destroy());

  it('uses the fallback where the API is missing', () => {
    expect(highlighter.isUsingFallback).toBe(true);
  });

  it('wraps each mention in a namespaced <mark> of its verdict', () => {
    highlighter.paint(marksFor(root));
    const marks = [...root.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toEqual([
      ['PHP', 'gapmark-mark gapmark-have'],
      ['Kafka', 'gapmark-mark gapmark-missing-required'],
      ['Kubern', 'gapmark-mark gapmark-missing-preferred'],
      ['etes', 'gapmark-mark gapmark-missing-preferred'],
      ['Terraform', 'gapmark-mark gapmark-have'],
      ['PHP', 'gapmark-mark gapmark-have'],
    ]);
    expect(root.textContent).toBe('We use PHP and Kafka daily.Nice: Kubernetes or Terraform. PHP again.');
    expect(highlighter.counts()).toMatchObject({ have: 3, 'missing-required': 1, 'missing-preferred': 1 });
    expect(document.getElementById('gapmark-highlight-style')?.textContent).toContain('mark.gapmark-mark');
  });

  it('clear() gives back the very same DOM: same markup, same Text objects, same data', () => {
    const before = snapshot(root);
    highlighter.paint(marksFor(root));
    expect(root.innerHTML).not.toBe(before.html);
    highlighter.clear();
    const after = snapshot(root);
    expect(after.html).toBe(before.html);
    expect(after.texts).toHaveLength(before.texts.length);
    after.texts.forEach((node, i) => expect(node).toBe(before.texts[i]));
    expect(after.data).toEqual(before.data);
    expect(root.querySelector('mark')).toBeNull();
  });

  it('keeps text nodes a page had side by side apart after clear (no blanket normalize)', () => {
    const p = root.querySelector('p')!;
    p.append(document.createTextNode(' Kafka twice'));
    const before = snapshot(root);
    highlighter.paint(marksFor(root));
    highlighter.clear();
    expect(snapshot(root).texts).toEqual(before.texts);
    expect(snapshot(root).data).toEqual(before.data);
  });

  it('painting the same marks again replaces them, and destroy() removes the stylesheet', () => {
    const before = snapshot(root).html;
    const marks = marksFor(root);
    highlighter.paint(marks);
    highlighter.paint(marks);
    expect(root.querySelectorAll('mark')).toHaveLength(6);
    highlighter.destroy();
    expect(root.innerHTML).toBe(before);
    expect(document.getElementById('gapmark-highlight-style')).toBeNull();
  });

  it('an overlap keeps the more important verdict', () => {
    const text = root.querySelector('b')!.firstChild as Text;
    const range = (start: number, end: number) => {
      const r = document.createRange();
      r.setStart(text, start);
      r.setEnd(text, end);
      return r;
    };
    highlighter.paint([
      { verdict: 'have', ranges: [range(0, 3)] },
      { verdict: 'missing-required', ranges: [range(1, 2)] },
    ]);
    expect([...root.querySelectorAll('mark')].map((m) => [m.textContent, m.className])).toEqual([
      ['H', 'gapmark-mark gapmark-missing-required'],
    ]);
    highlighter.clear();
    expect(root.innerHTML).toBe(
      new DOMParser().parseFromString(PAGE, 'text/html').body.firstElementChild!.innerHTML,
    );
  });

  it('scrollToNext walks the gaps in page order, wraps, and flashes each briefly', () => {
    vi.useFakeTimers();
    try {
      const scrolled: string[] = [];
      vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
        scrolled.push(this.textContent ?? '');
      });
      highlighter.paint(marksFor(root));
      expect(highlighter.scrollToNext()?.toString()).not.toBe(undefined);
      expect(root.querySelector('.gapmark-flash')?.textContent).toBe('Kafka');
      highlighter.scrollToNext();
      expect([...root.querySelectorAll('.gapmark-flash')].map((m) => m.textContent)).toEqual([
        'Kubern',
        'etes',
      ]);
      highlighter.scrollToNext();
      expect(scrolled).toEqual(['Kafka', 'Kubern', 'Kafka']);
      vi.advanceTimersByTime(1500);
      expect(root.querySelector('.gapmark-flash')).toBeNull();
      // The cursor is a place on the page: the next "have" after Kafka is Terraform.
      expect(highlighter.scrollToNext('have')).not.toBeNull();
      expect(scrolled.at(-1)).toBe('Terraform');
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });

  it('wraps big pages in batches over several tasks, and clear() mid-way still restores the page', () => {
    vi.useFakeTimers();
    try {
      const before = snapshot(root);
      const batched = createHighlighter(document, { fallbackBatchSize: 2 });
      batched.paint(marksFor(root));
      const wrappedNow = root.querySelectorAll('mark').length;
      expect(wrappedNow).toBeGreaterThan(0);
      expect(wrappedNow).toBeLessThan(6);
      vi.advanceTimersToNextTimer();
      expect(root.querySelectorAll('mark').length).toBeGreaterThan(wrappedNow);
      batched.clear();
      vi.runAllTimers();
      expect(root.querySelector('mark')).toBeNull();
      expect(snapshot(root).texts).toEqual(before.texts);
      expect(snapshot(root).html).toBe(before.html);

      batched.paint(marksFor(root));
      vi.runAllTimers();
      expect(root.querySelectorAll('mark')).toHaveLength(6);
      batched.destroy();
      expect(snapshot(root).html).toBe(before.html);
    } finally {
      vi.useRealTimers();
    }
  });

  it('isStale() tells when the page replaced marked text', () => {
    highlighter.paint(marksFor(root));
    expect(highlighter.isStale()).toBe(false);
    root.querySelector('p')!.replaceChildren('We use PHP and Kafka daily.');
    expect(highlighter.isStale()).toBe(true);
  });

  it('scrollToNext returns null when there is no gap', () => {
    highlighter.paint([]);
    expect(highlighter.scrollToNext()).toBeNull();
  });
});
