import { addReportButton } from '@/lib/chip/add-report-button';
import { downloadFile } from '@/lib/export/download-file';
import {
  buildReadReport,
  couldNotReadText,
  readReportFilename,
  unreadBoardPosting,
} from '@/lib/sites/read-report';
import { createChip, type Chip } from '@/lib/chip/create-chip';
import { buildMarks } from '@/lib/highlight/build-marks';
import { buildTextMap } from '@/lib/highlight/text-map';
import { GAP_VERDICTS } from '@/lib/highlight/mark-verdict';
import { createHighlighter, type Highlighter } from '@/lib/highlight/paint';
import { paintInSlices } from '@/lib/highlight/paint-in-slices';
import { createContentMessageListener, sendContentRequest } from '@/lib/messaging/content-messaging';
import type { AnalysisRunReply } from '@/lib/messaging/requests-analysis';
import type { PageState } from '@/lib/messaging/requests-page';
import type { PageReading } from '@/lib/sites/page-reading';
import { watchPageInSlices, type PageWatch, type WatchContext } from '@/lib/sites/watch-page';
import { readPageInSlices } from '@/lib/sites/index';
import { detectPageTheme } from '@/lib/highlight/detect-page-theme';
import type { PageTheme } from '@/lib/highlight/verdict-styles';
import { measureRects } from '@/lib/chip/measure-rects';
import { addGapList, type GapList } from '@/lib/chip/gap-list';
import { chipGaps, emptyProfileReason, neutralMatch } from '@/lib/chip/empty-profile';
import { addSkillsButton } from '@/lib/chip/add-skills-button';
import { yieldToPage } from '@/lib/text/steps';
import { showGlance } from './show-glance';
import { wokenUp } from './send-wake-up';

// Browser-only: the content script's work on one tab. Read the page (lib/sites), ask the background to analyse
// and score it, paint the verdicts (lib/highlight) and show the chip (lib/chip); again on single-page
// navigation and when the profile changes. The page's main thread pays only for reading and painting.

/** The board's own apply controls, which the chip must never cover. */
const APPLY_CONTROLS = [
  'a[href*="apply" i]',
  'button[aria-label*="apply" i]',
  '[data-testid*="apply" i]',
  '[data-qa*="apply" i]',
  '.jobs-apply-button',
  '#apply_button',
  '.postings-btn',
  '.apply',
  'button[id*="apply" i]',
].join(',');

export interface RuntimeLike {
  onMessage: {
    addListener(
      listener: (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean,
    ): void;
    removeListener(
      listener: (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean,
    ): void;
  };
}

export interface JobPageOptions {
  ctx: WatchContext & { isValid?: boolean };
  window: Window & typeof globalThis;
  runtime: RuntimeLike;
}

const initialState = (url: string): PageState => ({
  url,
  status: 'reading',
  isJobPosting: false,
  source: null,
  confidence: 0,
  title: null,
  company: null,
  textLength: 0,
  error: null,
  reason: null,
  couldNotRead: null,
  posting: null,
  analysis: null,
  match: null,
  marksOnPage: true,
  marksOnSite: true,
  painted: {},
  saved: null,
  timings: null,
  watching: false,
  reads: 0,
});

export function runJobPage({ ctx, window: win, runtime }: JobPageOptions) {
  // The read's clock starts here: setting up (the message listener, the wake-up) is part of it too.
  const readStarted = performance.now();
  const doc = win.document;
  // Demo builds only (npm start and the e2e suites; the branch is dropped from the production bundle): a page
  // that carries data-gapmark-force-marks is painted with the <mark> fallback, so the real browsers test both paths.
  const forceFallback =
    import.meta.env.MODE === 'demo' && doc.documentElement.hasAttribute('data-gapmark-force-marks');
  // The marks start in the light colours and take the page's theme once it is known (see settleTheme): no style
  // read in the read or the paint. The highlighter (and the page's highlight API it looks up, ~0.7 ms) is made
  // at the first paint: a page that is not a posting never needs one.
  let highlighter: Highlighter | null = null;
  const marks = (): Highlighter =>
    (highlighter ??= createHighlighter(doc, { prefix: 'gapmark', forceFallback, theme: theme ?? 'light' }));
  let theme: PageTheme | null = null;
  let state = initialState(win.location.href);
  let reading: PageReading | null = null;
  let reply: AnalysisRunReply | null = null;
  let chip: Chip | null = null;
  let generation = 0;
  let latest: Promise<void> = Promise.resolve(); // the newest analysis started (see refresh)
  let readMs = 0;
  let gapList: GapList | null = null;
  let removeSkillsButton: (() => void) | null = null;

  const ensureChip = (): Chip => {
    chip ??= createChip(
      doc,
      {
        onTogglePage: (enabled) => setMarks(enabled),
        onToggleSite: (enabled) => void setSite(enabled),
        onNextGap: () => marks().scrollToNext(GAP_VERDICTS),
        onSave: () => void save(),
      },
      { avoid: APPLY_CONTROLS },
    );
    if (theme) chip.host.dataset.theme = theme;
    else settleTheme(chip);
    gapList ??= addGapList(chip, (offset) => marks().scrollToOffset(offset));
    return chip;
  };

  // The chip and the marks follow the page they sit on (a dark board on a light OS, and the other way round).
  // Reading the page's colours needs its style: asked in the read, it forced the page's whole style recalc into
  // our task (60–300 ms on big real pages). It is read once per page instead, after the browser's own next
  // layout (an IntersectionObserver's report, see measure-rects), when the style is already computed: a short
  // task of its own, measured as gapmark:later:theme.
  let cancelTheme: (() => void) | null = null;
  function settleTheme(shown: Chip) {
    cancelTheme?.();
    cancelTheme = measureRects(win, [shown.host], () => {
      cancelTheme = null;
      const started = performance.now();
      theme = detectPageTheme(doc, reading?.descriptionRoot);
      if (chip) chip.host.dataset.theme = theme;
      highlighter?.setTheme(theme);
      performance.measure?.('gapmark:later:theme', { start: started, end: performance.now() });
    });
  }

  let removeReportButton: (() => void) | null = null;
  const dropReportButton = () => {
    removeReportButton?.();
    removeReportButton = null;
  };
  const dropChip = () => {
    dropReportButton();
    cancelTheme?.();
    cancelTheme = null;
    chip?.destroy();
    chip = null;
    gapList = null;
    removeSkillsButton = null;
  };

  /** The read report of this page when it is a board's posting that could not be read, else null. */
  const readReport = () => {
    const url = new URL(win.location.href);
    const board = reading ? unreadBoardPosting(url, reading) : null;
    return board && reading ? buildReadReport(doc, url, reading, board) : null;
  };

  // A known board's posting URL that gave no posting: say so (never a score) and offer a local report.
  const showCouldNotRead = (boardLabel: string) => {
    const shown = ensureChip();
    shown.update({
      status: 'unreadable',
      headline: couldNotReadText(boardLabel),
      reason: 'No score. Save a report (a file, never sent).',
      score: null,
      gaps: 0,
    });
    removeReportButton ??= addReportButton(shown, () => {
      const report = readReport();
      if (report)
        downloadFile(readReportFilename(report), JSON.stringify(report, null, 2), 'application/json', doc);
    });
  };

  // A huge posting paints in slices (lib/highlight/paint-in-slices): stop them whenever the marks are cleared.
  let stopSlices: (() => void) | null = null;
  const clearMarks = () => {
    stopSlices?.();
    stopSlices = null;
    highlighter?.clear();
  };

  function paint() {
    if (!reading || !reply) return;
    const started = performance.now();
    clearMarks();
    let painted: Record<string, number> = {};
    const empty = reply.profileSkills === 0;
    if (state.marksOnPage && state.marksOnSite && reading.descriptionRoot?.isConnected) {
      const painter = marks();
      // The <mark> fallback splits text nodes; its clear() restores them, but a fresh map is cheap and exact.
      const map =
        painter.isUsingFallback || !reading.textMap ? buildTextMap(reading.descriptionRoot) : reading.textMap;
      if (map.text === reading.text) {
        const match = empty ? neutralMatch(reply.match) : reply.match;
        const locate = (s: number, e: number) => map.rangeFor(s, e);
        if (painter.isUsingFallback) painter.paint(buildMarks(doc, reply.analysis, match, locate));
        else {
          let later = false;
          stopSlices = paintInSlices(doc, painter, reply.analysis, match, locate, () => {
            stopSlices = null;
            if (later) finishSlices(painter.counts());
          });
          later = true;
        }
        painted = painter.counts();
      }
    }
    performance.measure?.('gapmark:paint:marks', { start: started, end: performance.now() });
    const chipStarted = performance.now();
    const gaps = (painted['missing-required'] ?? 0) + (painted['missing-preferred'] ?? 0);
    ensureChip().update({
      status: 'ready',
      score: reply.match.score,
      reason: empty ? emptyProfileReason(reply.match) : reply.match.reason,
      gaps,
      pageEnabled: state.marksOnPage,
      siteEnabled: state.marksOnSite,
      saved: reply.saved !== null,
      flags: reply.dealbreakers ?? [],
      profileSkills: reply.profileSkills ?? null,
      mustHaves: reply.match.required.total,
    });
    if (empty)
      removeSkillsButton ??= addSkillsButton(
        ensureChip(),
        () => void sendContentRequest('welcome.open', { section: 'quick-start' }).catch(() => undefined),
      );
    else {
      removeSkillsButton?.();
      removeSkillsButton = null;
    }
    gapList?.update(empty || !state.marksOnPage || !state.marksOnSite ? [] : chipGaps(reply));
    const paintMs = performance.now() - started;
    performance.measure?.('gapmark:paint:chip', {
      start: chipStarted,
      duration: started + paintMs - chipStarted,
    });
    performance.measure?.('gapmark:paint', { start: started, duration: paintMs });
    state = {
      ...state,
      status: 'ready',
      painted,
      saved: reply.saved,
      timings: { readMs, paintMs, analyzeMs: reply.analyzeMs },
    };
  }

  /** The last slices of a huge posting are painted: the counts and the chip's gaps include them now. */
  function finishSlices(painted: Record<string, number>) {
    performance.mark?.('gapmark:painted-all');
    state = { ...state, painted };
    chip?.update({ gaps: (painted['missing-required'] ?? 0) + (painted['missing-preferred'] ?? 0) });
  }

  function analyse(next: PageReading): Promise<void> {
    latest = analyseReading(next);
    return latest;
  }

  async function analyseReading(next: PageReading) {
    const mine = ++generation;
    reading = next;
    reply = null;
    clearMarks();
    const posting = next.posting;
    state = {
      ...state,
      url: win.location.href,
      status: next.isJobPosting ? 'reading' : 'not-posting',
      isJobPosting: next.isJobPosting,
      source: next.source,
      confidence: next.confidence,
      title: posting.title,
      company: posting.company,
      textLength: next.text.length,
      reason: next.reason,
      couldNotRead: null,
      posting,
      analysis: null,
      match: null,
      painted: {},
      error: null,
      reads: state.reads + 1,
    };
    if (!next.isJobPosting) {
      const unread = unreadBoardPosting(new URL(win.location.href), next);
      state = {
        ...state,
        couldNotRead: unread?.label ?? null,
        timings: { readMs, paintMs: 0, analyzeMs: null },
      };
      if (unread) showCouldNotRead(unread.label);
      else dropChip();
      return;
    }
    dropReportButton();
    // The loading chip (a shadow root and its styles, ~3 ms on a real page) is built in a task of its own once
    // the request is on its way, while the background analyses: not in the read's task, and not at all when
    // the answer came first (the paint builds it then).
    void yieldToPage().then(() => {
      if (mine !== generation || reply) return;
      const started = performance.now();
      ensureChip().update({ status: 'loading', headline: '' });
      performance.measure?.('gapmark:later:loading-chip', { start: started, end: performance.now() });
    });
    try {
      const answer = await sendContentRequest('analysis.run', {
        text: next.text,
        source: next.source,
        confidence: next.confidence,
        posting: {
          title: posting.title,
          company: posting.company,
          location: posting.location,
          remote: posting.remote,
          employmentType: posting.employmentType,
          url: posting.url ?? win.location.href,
        },
        identifier: posting.identifier,
        salary: posting.salary,
      });
      if (mine !== generation) return; // a newer reading took over
      reply = answer;
      state = { ...state, analysis: answer.analysis, match: answer.match, marksOnSite: answer.siteEnabled };
      paint();
      // The glance (what the person did with this posting) in a later task: not in the paint's.
      await yieldToPage();
      if (mine !== generation) return;
      await showGlance(ensureChip(), next, doc, win.location.href);
    } catch (error) {
      if (mine !== generation) return;
      const message = error instanceof Error ? error.message : String(error);
      state = { ...state, status: 'error', error: message };
      ensureChip().update({ status: 'unreadable', reason: message, score: null });
    }
  }

  function setMarks(enabled: boolean) {
    state = { ...state, marksOnPage: enabled };
    paint();
  }

  async function setSite(enabled: boolean) {
    state = { ...state, marksOnSite: enabled };
    paint();
    await sendContentRequest('settings.setSiteEnabled', { host: win.location.hostname, enabled }).catch(
      () => undefined,
    );
  }

  async function save() {
    if (!reply || !reading) return;
    try {
      const { job } = await sendContentRequest('jobs.save', {
        analysis: reply.analysis,
        match: reply.match,
        url: reading.posting.url ?? win.location.href,
        identifier: reading.posting.identifier,
        salary: reading.posting.salary?.display ?? null,
        datePosted: reading.posting.datePosted,
      });
      reply = { ...reply, saved: { id: job.id, status: job.status } };
      state = { ...state, saved: reply.saved, error: null };
      chip?.update({ saved: true });
      if (chip) await showGlance(chip, reading, doc, win.location.href);
    } catch (error) {
      // A full disk or a refused save: say so where the person clicked, and keep the page as it was.
      const message = error instanceof Error ? error.message : String(error);
      state = { ...state, error: message };
      chip?.update({ saved: false, reason: message });
    }
  }

  // A newer analysis (the profile-changed broadcast that follows a save, a navigation) can take over while this
  // one waits for the background, and the superseded run stops half-way. Answer once the newest run has
  // finished, never with its "reading" state, which the popup would show as "not a job posting".
  const refresh = async () => {
    if (reading) await analyse(reading);
    for (let waited = latest; ; waited = latest) {
      await waited;
      if (waited === latest) break;
    }
    return state;
  };

  const listener = createContentMessageListener({
    'page.getState': () => state,
    'page.setMarks': ({ enabled }) => {
      setMarks(enabled);
      return state;
    },
    'page.refresh': refresh,
    'page.readReport': () => readReport(),
    'profile.changed': async () => {
      await refresh();
      return { received: true as const };
    },
  });

  // A frame inside the page answers only when it shows a posting (a board embedded by iframe): otherwise the
  // top frame's answer is the page's, and an empty frame must not race it. The top frame answers at once
  // ("reading" while a huge page is still being read).
  const isTop = win === win.top;
  if (isTop) runtime.onMessage.addListener(listener);
  // Wake the background while the page is read (a stopped service worker takes ~150 ms to start and load its data);
  // nothing is sent but the wish. Frames do not: they are rarely postings, and the top frame's call suffices. Nor
  // does a board's page, whose wake script sent it as the page started loading: a page's first message costs the
  // read ~1 ms (most of the read of a page that is not a posting).
  if (isTop && !wokenUp()) void sendContentRequest('analysis.warm', {}).catch(() => undefined);
  let watch: PageWatch | null = null;
  let invalidated = false;
  // The page is read in slices (a 1 MB posting gives the page its main thread back every few ms; an ordinary
  // one is read in this task). The read is all our main-thread work up to the request: the slices of reading
  // (their own time, not the page's tasks between them), then the loading chip and the sending.
  let readWork = performance.now() - readStarted;
  const ready = watchPageInSlices({
    ctx,
    window: win,
    read: async (d, url) => {
      const { reading: next, workMs } = await readPageInSlices(d, url, {
        // Each slice of a sliced read (a huge page) as a measure of its own, for bench:browser.
        onSlice: (start, ms) => performance.measure?.('gapmark:read:slice', { start, duration: ms }),
      });
      readWork += workMs;
      return next;
    },
    onChange: (next) => {
      void analyse(next);
    },
    emitInitial: false,
  }).then((started) => {
    if (invalidated) {
      started.stop();
      return started;
    }
    watch = started;
    const tailStarted = performance.now();
    state = { ...state, watching: started.watching };
    if (!isTop && started.reading.isJobPosting) runtime.onMessage.addListener(listener);
    void analyse(started.reading);
    readMs = readWork + (performance.now() - tailStarted);
    performance.measure?.('gapmark:read', { start: readStarted, duration: readMs });
    if (state.timings && state.timings.analyzeMs === null)
      state = { ...state, timings: { ...state.timings, readMs } };
    return started;
  });

  ctx.onInvalidated(() => {
    invalidated = true;
    runtime.onMessage.removeListener(listener);
    watch?.stop();
    stopSlices?.();
    highlighter?.destroy();
    dropChip();
  });

  return { getState: () => state, ready };
}
