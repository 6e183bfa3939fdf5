import { findBoard, readPage } from './index';
import type { PageReading } from './page-reading';

// Single-page boards (LinkedIn, Workday, Ashby, …) change the posting without a page load: the URL changes
// (WXT's `wxt:locationchange`) or the description container is swapped. This re-reads the page then, and tells
// the caller only when the reading really changed. Every listener, timer and observer is tied to the content
// script context; a page that is neither a posting nor a known board gets none at all.

/** The part of WXT's ContentScriptContext this needs (a real `ctx` satisfies it). */
export interface WatchContext {
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(cb: () => void): () => void;
}

/** The part of the page's `window` this needs. */
export interface WatchWindow extends EventTarget {
  document: Document;
  location: { href: string };
  MutationObserver: typeof MutationObserver;
}

export interface WatchPageOptions {
  ctx: WatchContext;
  window: WatchWindow;
  /** Called with the first reading (unless `emitInitial` is false) and with every changed reading after. */
  onChange(reading: PageReading): void;
  emitInitial?: boolean;
  debounceMs?: number;
  /** The reader; `readPage` unless a test or the CLI passes another. */
  read?: (doc: Document, url: URL) => PageReading;
}

export interface PageWatch {
  /** The latest reading. */
  readonly reading: PageReading;
  /** False when nothing was set up (not a posting, not a known board) or after stop/invalidation. */
  readonly watching: boolean;
  stop(): void;
}

/** FNV-1a over the text: a cheap fingerprint to tell a changed description from the same one re-rendered. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** What makes two readings the same posting as the user sees it. */
export function readingKey(reading: PageReading): string {
  const p = reading.posting;
  return [
    reading.isJobPosting,
    reading.source,
    p.url,
    p.title,
    p.company,
    reading.text.length,
    hashText(reading.text),
  ].join('|');
}

export function watchPage(options: WatchPageOptions): PageWatch {
  const read = options.read ?? readPage;
  const doc = options.window.document;
  const readNow = (): PageReading => read(doc, new URL(options.window.location.href));
  return startWatching(options, readNow(), readNow);
}

export interface WatchPageInSlicesOptions extends Omit<WatchPageOptions, 'read'> {
  /** The reader in slices (`readPageInSlices` in the content script): a huge page never gets one long task. */
  read: (doc: Document, url: URL) => Promise<PageReading>;
}

/**
 * `watchPage` with a reader that works in slices: the first reading and every re-reading give the page its main
 * thread back on a huge page. Resolves once the first reading is done; a re-reading that a newer change overtook
 * is dropped.
 */
export async function watchPageInSlices(options: WatchPageInSlicesOptions): Promise<PageWatch> {
  const doc = options.window.document;
  const readNow = (): Promise<PageReading> => options.read(doc, new URL(options.window.location.href));
  return startWatching(options, await readNow(), readNow);
}

function startWatching(
  options: Omit<WatchPageOptions, 'read'>,
  initial: PageReading,
  readNow: () => PageReading | Promise<PageReading>,
): PageWatch {
  const { ctx, window: win } = options;
  const debounceMs = options.debounceMs ?? 150;
  const doc = win.document;

  let reading = initial;
  // The first reading's key is worked out at the first re-reading, not in the read (it hashes the whole text).
  let key: string | null = null;
  let watching = false;
  if (options.emitInitial !== false) options.onChange(reading);

  const startBoard = findBoard(new URL(win.location.href));
  if (!reading.isJobPosting && !startBoard) {
    return { reading, watching, stop: () => {} };
  }

  let generation = 0;
  let observer: MutationObserver | null = null;

  const reread = (): void => {
    if (!watching) return;
    const result = readNow();
    if (!('then' in result)) {
      take(result);
      return;
    }
    const mine = generation;
    void result.then((next) => {
      // Stopped, or a newer change scheduled another reading meanwhile: that one tells.
      if (watching && mine === generation) take(next);
    });
  };

  const take = (next: PageReading): void => {
    key ??= readingKey(reading);
    const nextKey = readingKey(next);
    reading = next;
    ensureObserver();
    if (nextKey === key) return;
    key = nextKey;
    options.onChange(next);
  };

  // Debounce without clearTimeout (ctx has none): only the latest scheduled timer acts.
  const schedule = (): void => {
    const mine = ++generation;
    ctx.setTimeout(() => {
      if (mine === generation) reread();
    }, debounceMs);
  };

  // Cheap test per mutation batch: was the description container replaced, emptied or changed, or has one
  // appeared where there was none?
  const affectsPosting = (records: MutationRecord[]): boolean => {
    const root = reading.descriptionRoot;
    if (root && !root.isConnected) return true;
    const board = findBoard(new URL(win.location.href));
    if (board?.descriptionRoot) {
      const current = board.descriptionRoot(doc);
      if (current !== root) return current !== null || root !== null;
    }
    if (root) return records.some((r) => root.contains(r.target));
    // A board page with nothing shown yet: any added element may bring the posting.
    return board !== null && records.some((r) => r.addedNodes.length > 0);
  };

  // Observe the DOM only where a posting can change under us: a known board, or a description on the page.
  // A JSON-LD-only posting on another site changes with the URL, which the location listener covers.
  const ensureObserver = (): void => {
    const needed =
      watching && (reading.descriptionRoot !== null || findBoard(new URL(win.location.href)) !== null);
    if (needed && !observer) {
      observer = new win.MutationObserver((records) => {
        if (watching && affectsPosting(records)) schedule();
      });
      observer.observe(doc.body ?? doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    } else if (!needed && observer) {
      observer.disconnect();
      observer = null;
    }
  };

  const onLocationChange = (): void => schedule();
  watching = true;
  ctx.addEventListener(win, 'wxt:locationchange', onLocationChange);
  ensureObserver();

  const stop = (): void => {
    if (!watching) return;
    watching = false;
    generation += 1;
    observer?.disconnect();
    observer = null;
    win.removeEventListener('wxt:locationchange', onLocationChange);
  };
  ctx.onInvalidated(stop);

  return {
    get reading() {
      return reading;
    },
    get watching() {
      return watching;
    },
    stop,
  };
}
