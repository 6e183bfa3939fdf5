import { VERDICT_STYLES } from '@/lib/highlight/verdict-styles';
import type { MarkVerdict } from '@/lib/highlight/mark-verdict';
import { CHIP_CSS } from './chip-css';
import { chooseCorner, CHIP_MARGIN, type Corner } from './choose-corner';
import { chipHeadline, UNREADABLE_TEXT } from './chip-headline';
import { measureRects } from './measure-rects';

// The in-page chip: plain DOM in a shadow root (no React: the content script stays small). Every piece of
// text is set with textContent, so a hostile posting's text shows as text and never as markup.

export interface ChipState {
  /** 'unreadable': the page was not read as a posting (no score, and the chip says so). */
  status: 'loading' | 'ready' | 'unreadable';
  score: number | null;
  reason: string;
  /** What the collapsed chip says when unreadable ("Gapmark could not read this LinkedIn page"). */
  headline?: string;
  gaps: number; // painted gap marks; "Next gap" is off without any
  pageEnabled: boolean;
  siteEnabled: boolean;
  saved: boolean;
  /** Dealbreakers: the posting's conflicts with the person's preferences, each with the sentence that says so. */
  flags: string[];
  /** The profile's skill count: 0 shows no score (the must-haves and "Add your skills"), under 5 a caveat. */
  profileSkills?: number | null;
  /** The posting's must-have count, shown instead of a score to an empty profile. */
  mustHaves?: number;
}

export interface ChipHandlers {
  onTogglePage?(enabled: boolean): void;
  onToggleSite?(enabled: boolean): void;
  onNextGap?(): void;
  onSave?(): void;
}

export interface ChipOptions {
  /** The board's own controls to keep clear of: a selector, elements, or a function giving elements. */
  avoid?: string | readonly Element[] | (() => readonly Element[]);
  corner?: Corner; // preferred corner, bottom-right by default
  siteName?: string; // shown in the site toggle; the page's host name by default
  expanded?: boolean;
}

export interface Chip {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly corner: Corner;
  update(state: Partial<ChipState>): void;
  /** Re-checks the corner against the avoid list in the next animation frame (update, resize and scroll do). */
  reposition(): void;
  destroy(): void;
}

export { UNREADABLE_TEXT } from './chip-headline';

const LEGEND: { verdicts: MarkVerdict[]; label: string }[] = [
  { verdicts: ['have'], label: 'You have it' },
  { verdicts: ['related', 'short'], label: 'Related skill or fewer years' },
  { verdicts: ['missing-required'], label: 'Missing, required' },
  { verdicts: ['missing-preferred'], label: 'Missing, nice to have' },
  { verdicts: ['mentioned'], label: 'Mentioned' },
];

const INITIAL_STATE: ChipState = {
  status: 'loading',
  score: null,
  reason: '',
  gaps: 0,
  pageEnabled: true,
  siteEnabled: true,
  saved: false,
  flags: [],
};

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  return node;
}

/** The legend's samples look exactly like the marks, in the chip's own light or dark scheme. */
function legendCss(): string {
  const rules = (theme: 'light' | 'dark') =>
    LEGEND.map(({ verdicts }) => {
      const verdict = verdicts[0] ?? 'have';
      const style = VERDICT_STYLES[verdict];
      return `.swatch-${verdict} { background-color: ${style[theme].background}; text-decoration: underline ${style.line} ${style[theme].underline}; }`;
    }).join('\n');
  return `\n${rules('light')}\n${rules('dark').replace(/^\./gm, ':host([data-theme=dark]) .')}\n`;
}

// The chip's stylesheet is parsed once per page and shared by every chip shadow root made on it (a single-page
// board drops and remakes the chip on its way between postings).
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Gives the shadow root the chip's styles: one constructed sheet per page through adoptedStyleSheets where the
 * browser lets a content script adopt it, else (older engines, an isolated world that refuses it) a <style>.
 */
function adoptChipStyles(doc: Document, root: ShadowRoot): void {
  try {
    let sheet = sheets.get(doc);
    if (!sheet) {
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
      if (typeof Sheet !== 'function' || !('adoptedStyleSheets' in root)) throw new Error('no adoption');
      sheet = new Sheet();
      sheet.replaceSync(chipStyleText());
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // the <style> below
  }
  root.append(element(doc, 'style', { text: chipStyleText() }));
}

/** The chip's whole stylesheet: its own rules and the legend's samples. */
export function chipStyleText(): string {
  return CHIP_CSS + legendCss();
}

export function createChip(doc: Document, handlers: ChipHandlers = {}, options: ChipOptions = {}): Chip {
  const view = doc.defaultView;
  const preferred = options.corner ?? 'bottom-right';
  let state: ChipState = { ...INITIAL_STATE };
  let corner: Corner = preferred;
  let expanded = options.expanded ?? false;
  let frame = 0;

  const host = doc.createElement('gapmark-chip');
  host.setAttribute('data-gapmark', 'chip');
  const root = host.attachShadow({ mode: 'open' });
  adoptChipStyles(doc, root);

  const chip = element(doc, 'section', { className: 'chip', attrs: { 'aria-label': 'Gapmark job match' } });
  const head = element(doc, 'div', { className: 'head' });
  const summary = element(doc, 'button', {
    className: 'summary',
    attrs: { type: 'button', 'aria-controls': 'gapmark-panel', 'aria-expanded': 'false' },
  });
  const score = element(doc, 'span', { className: 'score' });
  const label = element(doc, 'span', { className: 'label' });
  const brand = element(doc, 'span', { className: 'brand', text: 'Gapmark' });
  // Spaces between the parts: the button's name is its visible text ("72% match Gapmark"), read as words.
  summary.append(score, ' ', label, ' ', brand);
  // The state, said once when it changes (the panel's reason is hidden while the chip is collapsed).
  const live = element(doc, 'span', { className: 'sr', attrs: { role: 'status', 'aria-live': 'polite' } });
  head.append(summary, live);
  // Dealbreakers: a small line each under the score, always visible, with the sentence that says it.
  const flags = element(doc, 'ul', { className: 'flags', attrs: { 'aria-label': 'Dealbreakers' } });

  const panel = element(doc, 'div', { className: 'panel', attrs: { id: 'gapmark-panel', role: 'group' } });
  panel.hidden = true;
  const reason = element(doc, 'p', { className: 'reason', attrs: { 'aria-live': 'polite' } });
  const legend = element(doc, 'ul', { className: 'legend', attrs: { 'aria-label': 'What the marks mean' } });
  for (const entry of LEGEND) {
    const item = element(doc, 'li');
    const swatch = element(doc, 'span', {
      className: `swatch swatch-${entry.verdicts[0] ?? 'have'}`,
      text: 'Skill',
      attrs: { 'aria-hidden': 'true' },
    });
    item.append(swatch, element(doc, 'span', { text: entry.label }));
    legend.append(item);
  }
  const actions = element(doc, 'div', { className: 'actions' });
  const nextGap = element(doc, 'button', {
    className: 'next',
    text: 'Next gap',
    attrs: {
      type: 'button',
      'aria-label': 'Next gap: scroll to the next missing skill',
      'aria-keyshortcuts': 'N',
    },
  });
  const save = element(doc, 'button', { className: 'save', text: 'Save', attrs: { type: 'button' } });
  actions.append(nextGap, save);
  const toggles = element(doc, 'div', { className: 'toggles' });
  const pageToggle = element(doc, 'input', { className: 'page-toggle', attrs: { type: 'checkbox' } });
  const siteToggle = element(doc, 'input', { className: 'site-toggle', attrs: { type: 'checkbox' } });
  const siteName = options.siteName ?? view?.location?.hostname ?? '';
  const pageLabel = element(doc, 'label');
  pageLabel.append(pageToggle, element(doc, 'span', { text: 'Marks on this page' }));
  const siteLabel = element(doc, 'label');
  siteLabel.append(
    siteToggle,
    element(doc, 'span', { text: siteName ? `Marks on ${siteName}` : 'Marks on this site' }),
  );
  toggles.append(pageLabel, siteLabel);
  panel.append(reason, legend, actions, toggles);
  chip.append(head, flags, panel);
  root.append(chip);

  function setExpanded(next: boolean): void {
    expanded = next;
    panel.hidden = !expanded;
    summary.setAttribute('aria-expanded', String(expanded));
    render();
    reposition(); // the open panel is taller and may now reach the board's button
  }

  summary.addEventListener('click', () => setExpanded(!expanded));
  chip.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && expanded) {
      setExpanded(false);
      summary.focus();
    } else if (
      event.key.toLowerCase() === 'n' &&
      !nextGap.disabled &&
      !(event.target instanceof HTMLInputElement)
    ) {
      handlers.onNextGap?.();
    }
  });
  nextGap.addEventListener('click', () => handlers.onNextGap?.());
  save.addEventListener('click', () => handlers.onSave?.());
  pageToggle.addEventListener('change', () => handlers.onTogglePage?.(pageToggle.checked));
  siteToggle.addEventListener('change', () => handlers.onToggleSite?.(siteToggle.checked));

  function render(): void {
    const shown = chipHeadline(state);
    score.textContent = shown.score;
    if (shown.band) score.dataset.band = shown.band;
    else delete score.dataset.band;
    label.textContent = shown.label;
    const headline = `${shown.score ? `${shown.score} ` : ''}${shown.label}`;
    if (state.status !== 'loading' && live.textContent !== `Gapmark: ${headline}`)
      live.textContent = `Gapmark: ${headline}`;
    summary.setAttribute('aria-label', `${headline} Gapmark. ${expanded ? 'Hide details' : 'Show details'}`);
    reason.textContent = state.status === 'unreadable' ? state.reason || UNREADABLE_TEXT : state.reason;
    nextGap.disabled = !state.pageEnabled || state.gaps === 0;
    save.disabled = state.saved || state.status !== 'ready';
    save.textContent = state.saved ? 'Saved' : 'Save';
    save.setAttribute('aria-label', state.saved ? 'Saved to your jobs' : 'Save this job');
    pageToggle.checked = state.pageEnabled;
    siteToggle.checked = state.siteEnabled;
    flags.replaceChildren(
      ...(state.status === 'ready' ? state.flags : []).map((flag) =>
        element(doc, 'li', { text: `⚠ ${flag}` }),
      ),
    );
  }

  // A selector is queried again only after an update (a new state, often a new posting): a scroll or a resize
  // re-measures the same elements, without walking the whole page each frame.
  let queried: readonly Element[] | null = null;
  function avoidElements(): readonly Element[] {
    const avoid = options.avoid;
    if (!avoid) return [];
    if (typeof avoid === 'string') {
      if (!queried || queried.some((element) => !element.isConnected))
        queried = [...doc.querySelectorAll(avoid)];
      return queried;
    }
    return typeof avoid === 'function' ? avoid() : avoid;
  }

  function place(next: Corner): void {
    corner = next;
    host.dataset.corner = next;
    const [vertical, horizontal] = next.split('-') as ['top' | 'bottom', 'left' | 'right'];
    host.style.top = vertical === 'top' ? `${CHIP_MARGIN}px` : 'auto';
    host.style.bottom = vertical === 'bottom' ? `${CHIP_MARGIN}px` : 'auto';
    host.style.left = horizontal === 'left' ? `${CHIP_MARGIN}px` : 'auto';
    host.style.right = horizontal === 'right' ? `${CHIP_MARGIN}px` : 'auto';
  }

  // Layout reads only here, off the read and paint path: the avoid list's rects and our own size, reported by
  // an IntersectionObserver after the browser's next layout (see measure-rects), then one style write.
  let cancelMeasure: (() => void) | null = null;
  function reposition(): void {
    if (!host.isConnected || !view) return;
    cancelMeasure?.();
    // Querying the avoid list walks the whole page (30 ms on a big LinkedIn page): done here, in the animation
    // frame after an update (see schedule), never in the read or the paint.
    const queryStarted = performance.now();
    const targets = [host, ...avoidElements()];
    performance.measure?.('gapmark:later:avoid', { start: queryStarted, end: performance.now() });
    cancelMeasure = measureRects(view, targets, ([own, ...avoid]) => {
      cancelMeasure = null;
      if (!own || !host.isConnected) return;
      const started = performance.now();
      const size = { width: own.width, height: own.height };
      place(chooseCorner(preferred, size, { width: view.innerWidth, height: view.innerHeight }, avoid));
      // Work after the paint, in a task of its own: measured too (bench:browser reports it).
      performance.measure?.('gapmark:later:corner', { start: started, end: performance.now() });
    });
  }

  const schedule = () => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  };
  view?.addEventListener('resize', schedule, { passive: true });
  view?.addEventListener('scroll', schedule, { passive: true, capture: true });

  panel.hidden = !expanded;
  summary.setAttribute('aria-expanded', String(expanded));
  place(preferred);
  render();
  (doc.body ?? doc.documentElement).append(host);
  schedule();

  return {
    host,
    root,
    get corner() {
      return corner;
    },
    update(next) {
      state = { ...state, ...next };
      queried = null;
      render();
      schedule();
    },
    reposition: schedule,
    destroy() {
      view?.removeEventListener('resize', schedule);
      view?.removeEventListener('scroll', schedule, { capture: true });
      if (frame && view) view.cancelAnimationFrame(frame);
      cancelMeasure?.();
      host.remove();
    },
  };
}
