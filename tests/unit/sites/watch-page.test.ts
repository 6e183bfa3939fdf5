import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage, watchPageInSlices, type WatchContext, type WatchWindow } from '@/lib/sites/watch-page';
import { readPageInSlices } from '@/lib/sites/index';
import type { PageReading } from '@/lib/sites';
import { emptyPostingDetails } from '@/lib/sites/page-reading';

// The real WXT context must fit the structural interface the watcher accepts (checked by tsc).
const _ctxFits: (ctx: ContentScriptContext) => WatchContext = (ctx) => ctx;

/** A ctx whose timers run only when the test says so, and which can be invalidated. */
function fakeContext() {
  const timers: (() => void)[] = [];
  const invalidated: (() => void)[] = [];
  const listeners: string[] = [];
  const ctx: WatchContext = {
    addEventListener(target, type, handler) {
      listeners.push(type);
      target.addEventListener(type, handler);
    },
    setTimeout(handler) {
      timers.push(handler);
      return timers.length;
    },
    onInvalidated(cb) {
      invalidated.push(cb);
      return () => {};
    },
  };
  return {
    ctx,
    listeners,
    pendingTimers: () => timers.length,
    runTimers() {
      for (const t of timers.splice(0)) t();
    },
    invalidate() {
      for (const cb of invalidated) cb();
    },
  };
}

/** A page window whose MutationObserver instances and disconnects are counted. */
function pageWindow(url: string, bodyHtml: string) {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  win.document.body.innerHTML = bodyHtml;
  const stats = { observers: 0, disconnects: 0 };
  const Base = win.MutationObserver as unknown as typeof MutationObserver;
  class CountingObserver extends Base {
    constructor(cb: MutationCallback) {
      super(cb);
      stats.observers += 1;
    }
    override disconnect(): void {
      stats.disconnects += 1;
      super.disconnect();
    }
  }
  const watchWindow = win as unknown as WatchWindow;
  Object.defineProperty(watchWindow, 'MutationObserver', { value: CountingObserver });
  const setUrl = (next: string) =>
    (win as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(next);
  return { win: watchWindow, doc: win.document as unknown as Document, stats, setUrl };
}

// Mutation records are delivered asynchronously; a few macrotask turns are enough for happy-dom.
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

const LONG =
  'We build logistics software. You will design services in Python and Go, run them on Kubernetes. ';
const linkedinJob = (title: string, body: string) =>
  `<div class="jobs-search__job-details--container"><h1 class="job-details-jobs-unified-top-card__job-title">${title}</h1>` +
  `<div class="job-details-jobs-unified-top-card__company-name"><a>Acme</a></div>` +
  `<div id="job-details" class="jobs-description-content__text"><p>${body}</p></div></div>`;

function replaceDescription(doc: Document, title: string, body: string) {
  doc.querySelector('.jobs-search__job-details--container')!.outerHTML = linkedinJob(title, body);
}

describe('watchPage', () => {
  it('re-reads on wxt:locationchange and reports the new reading', async () => {
    const { win, setUrl } = pageWindow(
      'https://www.linkedin.com/jobs/search/?currentJobId=1',
      '<main></main>',
    );
    const t = fakeContext();
    const read = (_doc: Document, url: URL): PageReading => {
      const posting = emptyPostingDetails(url.href);
      posting.title = `Job ${url.searchParams.get('currentJobId')}`;
      return {
        isJobPosting: true,
        source: 'linkedin',
        confidence: 0.9,
        posting,
        text: posting.title,
        reason: null,
        descriptionRoot: null,
        textMap: null,
      };
    };
    const onChange = vi.fn();
    watchPage({ ctx: t.ctx, window: win, onChange, read });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(t.listeners).toContain('wxt:locationchange');

    setUrl('https://www.linkedin.com/jobs/search/?currentJobId=2');
    win.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('wxt:locationchange'));
    t.runTimers();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.lastCall?.[0].posting.title).toBe('Job 2');
  });

  it('re-reads once, after the debounce, when the description container is replaced', async () => {
    const { win, doc } = pageWindow(
      'https://www.linkedin.com/jobs/search/?currentJobId=1',
      linkedinJob('Backend Engineer', LONG.repeat(3)),
    );
    const t = fakeContext();
    const onChange = vi.fn();
    const watch = watchPage({ ctx: t.ctx, window: win, onChange });
    expect(watch.watching).toBe(true);
    expect(watch.reading.posting.title).toBe('Backend Engineer');

    replaceDescription(doc, 'Data Engineer', `First draft. ${LONG.repeat(3)}`);
    await settle();
    replaceDescription(doc, 'Data Engineer', `Final text. ${LONG.repeat(3)}`);
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1); // nothing before the debounce fires
    expect(t.pendingTimers()).toBeGreaterThan(0);
    t.runTimers();
    expect(onChange).toHaveBeenCalledTimes(2);
    const latest = onChange.mock.lastCall?.[0] as PageReading;
    expect(latest.posting.title).toBe('Data Engineer');
    expect(latest.text.startsWith('Final text.')).toBe(true);
  });

  it('does not report a re-render that leaves the posting the same', async () => {
    const { win, doc } = pageWindow(
      'https://www.linkedin.com/jobs/view/1/',
      linkedinJob('Backend Engineer', LONG.repeat(3)),
    );
    const t = fakeContext();
    const onChange = vi.fn();
    watchPage({ ctx: t.ctx, window: win, onChange });
    replaceDescription(doc, 'Backend Engineer', LONG.repeat(3));
    await settle();
    t.runTimers();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('disconnects its observer on invalidation and re-reads nothing after', async () => {
    const { win, doc, stats } = pageWindow(
      'https://www.linkedin.com/jobs/view/1/',
      linkedinJob('Backend Engineer', LONG.repeat(3)),
    );
    const t = fakeContext();
    const onChange = vi.fn();
    const watch = watchPage({ ctx: t.ctx, window: win, onChange });
    expect(stats.observers).toBe(1);
    t.invalidate();
    expect(stats.disconnects).toBe(1);
    expect(watch.watching).toBe(false);
    replaceDescription(doc, 'Data Engineer', `Other. ${LONG.repeat(3)}`);
    await settle();
    t.runTimers();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('sets up nothing on a page that is neither a posting nor a known board', () => {
    const { win, stats } = pageWindow(
      'https://kitchen-notes.example/recipes/lemon-drizzle-cake',
      '<article><h1>Lemon drizzle cake</h1><p>Butter, sugar, eggs, lemons.</p></article>',
    );
    const t = fakeContext();
    const onChange = vi.fn();
    const watch = watchPage({ ctx: t.ctx, window: win, onChange });
    expect(watch.watching).toBe(false);
    expect(watch.reading.isJobPosting).toBe(false);
    expect(stats.observers).toBe(0);
    expect(t.listeners).toEqual([]);
  });

  it('a JSON-LD-only posting on another site listens to navigation but observes no DOM', () => {
    const ld = {
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      hiringOrganization: 'Acme',
      description: `<p>${LONG.repeat(3)}</p>`,
    };
    const { win, stats } = pageWindow(
      'https://acme.example/jobs/1',
      `<h1>Careers</h1><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    const t = fakeContext();
    const watch = watchPage({ ctx: t.ctx, window: win, onChange: vi.fn() });
    expect(watch.reading.isJobPosting).toBe(true);
    expect(watch.reading.descriptionRoot).toBeNull();
    expect(watch.watching).toBe(true);
    expect(t.listeners).toEqual(['wxt:locationchange']);
    expect(stats.observers).toBe(0);
  });

  it('on a known board with no posting shown yet, reports the posting once it appears', async () => {
    const { win, doc } = pageWindow(
      'https://www.linkedin.com/jobs/collections/recommended/',
      '<main id="m"></main>',
    );
    const t = fakeContext();
    const onChange = vi.fn();
    const watch = watchPage({ ctx: t.ctx, window: win, onChange });
    expect(watch.watching).toBe(true);
    expect(onChange.mock.lastCall?.[0].isJobPosting).toBe(false);
    doc.getElementById('m')!.innerHTML = linkedinJob('Platform Engineer', LONG.repeat(3));
    await settle();
    t.runTimers();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.lastCall?.[0].posting.title).toBe('Platform Engineer');
  });

  it('in slices: the first reading once its slices are done, and a re-reading overtaken by a newer one is dropped', async () => {
    const { win, doc } = pageWindow(
      'https://www.linkedin.com/jobs/view/1/',
      linkedinJob('Backend Engineer', LONG.repeat(3)),
    );
    const t = fakeContext();
    const onChange = vi.fn();
    const pauses: (() => void)[] = [];
    // Each pause waits until the test lets it go on, so two readings can be under way at once.
    const read = async (d: Document, url: URL) =>
      (
        await readPageInSlices(d, url, {
          sliceMs: 0,
          yieldToPage: () => new Promise<void>((go) => pauses.push(go)),
        })
      ).reading;
    const drain = async () => {
      await settle();
      for (let i = 0; i < 1000 && pauses.length > 0; i++) {
        pauses.shift()!();
        await settle();
      }
    };
    const started = watchPageInSlices({ ctx: t.ctx, window: win, onChange, read, emitInitial: false });
    await drain();
    const watch = await started;
    expect(watch.reading.posting.title).toBe('Backend Engineer');
    expect(onChange).not.toHaveBeenCalled();

    replaceDescription(doc, 'Data Engineer', LONG.repeat(3));
    await settle();
    t.runTimers(); // a re-reading starts…
    replaceDescription(doc, 'Platform Engineer', LONG.repeat(3));
    await settle();
    t.runTimers(); // …and a newer one overtakes it
    await drain();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.lastCall?.[0].posting.title).toBe('Platform Engineer');
    watch.stop();
  });
});
