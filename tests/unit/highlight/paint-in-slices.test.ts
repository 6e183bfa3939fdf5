// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMarks } from '@/lib/highlight/build-marks';
import { createHighlighter } from '@/lib/highlight/paint';
import { paintInSlices } from '@/lib/highlight/paint-in-slices';
import { yieldToPage } from '@/lib/text/steps';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { analysisOf, profileSkill, requirement } from '../match/build-fixtures';
import { locateIn } from './locate-in';

// A huge posting is painted in slices: the first slice at once (the top of the description), the rest in later
// tasks, and at the end exactly what one pass paints. happy-dom has no CSS.highlights: a fake registry stands in.
class FakeHighlight {
  priority = 0;
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
  add(range: AbstractRange) {
    this.ranges.push(range);
    return this;
  }
}

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  const block = '<p>PHP with <b>Kafka</b> and Kubernetes; PHP again.</p>';
  document.body.innerHTML = `<article>${block.repeat(200)}</article>`;
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
});

function posting() {
  const { text, locate } = locateIn(document.querySelector('article')!);
  const every = (word: string) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + word.length,
      text: word,
    }));
  const analysis = analysisOf(
    [
      requirement('php', 'PHP', 'required', { mentions: every('PHP') }),
      requirement('kafka', 'Kafka', 'required', { mentions: every('Kafka') }),
      requirement('kubernetes', 'Kubernetes', 'preferred', { mentions: every('Kubernetes') }),
    ],
    [],
    { text },
  );
  return { analysis, match: scoreMatch(analysis, [profileSkill('php', 'PHP')], noRelations), locate };
}

const painted = () =>
  Object.fromEntries(
    [...registry].map(([name, h]) => [name, h.ranges.map((r) => [r.startContainer, r.startOffset])]),
  );

describe('paintInSlices', () => {
  it('paints the top first, the rest in later tasks, and ends with what one pass paints', () => {
    const { analysis, match, locate } = posting();
    const onePass = createHighlighter(document);
    onePass.paint(buildMarks(document, analysis, match, locate));
    const expected = painted();
    onePass.clear();
    expect(registry.size).toBe(0);

    let clock = 0;
    const later: (() => void)[] = [];
    const done = vi.fn();
    const highlighter = createHighlighter(document);
    paintInSlices(document, highlighter, analysis, match, locate, done, {
      sliceMs: 10,
      now: () => (clock += 1), // every reading of the clock is one millisecond later
      schedule: (run) => {
        later.push(run);
        return () => later.splice(later.indexOf(run), 1);
      },
    });
    const first = Object.values(highlighter.counts()).reduce((a, b) => a + b, 0);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(800); // 200 blocks × 4 mentions
    // The first slice is the top of the page: the paragraphs it marked are the first ones, none skipped.
    const paragraphs = [...document.querySelectorAll('article p')];
    const touched = new Set(
      [...registry.values()].flatMap((h) =>
        h.ranges.map((r) => paragraphs.indexOf(r.startContainer.parentElement!.closest('p')!)),
      ),
    );
    expect([...touched].sort((a, b) => a - b)).toEqual([...Array(touched.size).keys()]);
    expect(touched.size).toBeLessThan(paragraphs.length);
    expect(done).not.toHaveBeenCalled();
    let tasks = 0;
    while (later.length > 0) {
      later.shift()!();
      tasks++;
    }
    expect(tasks).toBeGreaterThan(1);
    expect(done).toHaveBeenCalledTimes(1);
    expect(painted()).toEqual(expected);
    expect(highlighter.counts()).toMatchObject({
      have: 400,
      'missing-required': 200,
      'missing-preferred': 200,
    });
  });

  it('does it all in the first slice when there is time, and stops when told', () => {
    const { analysis, match, locate } = posting();
    const done = vi.fn();
    const oneSlice = createHighlighter(document);
    paintInSlices(document, oneSlice, analysis, match, locate, done, { now: () => 0 }); // time never runs out
    expect(done).toHaveBeenCalledTimes(1);
    expect(oneSlice.counts()).toMatchObject({ have: 400, 'missing-required': 200 });

    const later: (() => void)[] = [];
    let clock = 0;
    const highlighter = createHighlighter(document, { prefix: 'other' });
    const stop = paintInSlices(document, highlighter, analysis, match, locate, done, {
      sliceMs: 5,
      now: () => (clock += 1),
      schedule: (run) => {
        later.push(run);
        return () => later.splice(later.indexOf(run), 1);
      },
    });
    stop();
    expect(later).toEqual([]);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('runs its later slices without timers (a background tab runs them once a second), and stops them too', async () => {
    vi.useFakeTimers(); // timers never fire here: only a task that is not a timer moves the paint on
    try {
      const { analysis, match, locate } = posting();
      let clock = 0;
      const done = vi.fn();
      const highlighter = createHighlighter(document);
      paintInSlices(document, highlighter, analysis, match, locate, done, {
        sliceMs: 10,
        now: () => (clock += 1),
      });
      expect(done).not.toHaveBeenCalled();
      for (let i = 0; i < 200 && done.mock.calls.length === 0; i++) await yieldToPage();
      expect(done).toHaveBeenCalledTimes(1);
      expect(highlighter.counts()).toMatchObject({ have: 400, 'missing-required': 200 });

      const stopped = createHighlighter(document, { prefix: 'stopped' });
      const stop = paintInSlices(document, stopped, analysis, match, locate, done, {
        sliceMs: 10,
        now: () => (clock += 1),
      });
      const first = stopped.counts();
      stop();
      for (let i = 0; i < 20; i++) await yieldToPage();
      expect(stopped.counts()).toEqual(first);
      expect(done).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
