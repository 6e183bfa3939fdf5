import type { PostingDetails } from './page-reading';

// The contract of one job board: a URL predicate and a pure DOM reader. One file per board under
// lib/sites/boards/, listed in lib/sites/index.ts.

export interface BoardReading {
  /** What the DOM shows; fields left out or null are filled from JSON-LD where the page has it. */
  posting: Partial<PostingDetails>;
  /** The element holding the description a person reads; null when the DOM has none (yet). */
  descriptionRoot: Element | null;
}

export interface Board {
  id: string;
  label: string;
  /** True on this board's pages where a posting can be shown (detail pages and split list/detail views). */
  matchesUrl(url: URL): boolean;
  /**
   * True when the URL names one posting (a job id in it): a page there that yields no posting was not read,
   * and Gapmark says so instead of staying silent.
   */
  isPostingUrl?(url: URL): boolean;
  /** Reads the posting shown; null when the page shows none. Never throws on odd markup (the registry guards). */
  read(doc: Document, url: URL): BoardReading | null;
  /** The description container alone, cheap to call (single-page boards watch it for replacement). */
  descriptionRoot?(doc: Document): Element | null;
}

/** A board whose reader only picks elements by selector lists, the common case. */
export interface SelectorBoardSpec {
  id: string;
  label: string;
  matchesUrl(url: URL): boolean;
  isPostingUrl?(url: URL): boolean;
  title: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  employmentType?: readonly string[];
  description: readonly string[];
  /** Custom description root when a selector cannot say it (the parent of two sections, …). */
  findDescription?(doc: Document): Element | null;
  /** Board-specific fields (remote flag, company from the title, …); non-null values override `posting`. */
  extra?(doc: Document, url: URL, posting: Partial<PostingDetails>): Partial<PostingDetails>;
}

// Elements whose text a person never sees as words: style sheets (boards inline them next to a name), scripts.
const NOT_TEXT = 'style, script, noscript, template';

/** Trimmed, whitespace-collapsed text of an element (without inline style sheets or scripts), or null when empty. */
export function cleanText(el: Element | null | undefined): string | null {
  if (!el) return null;
  let source: Node = el;
  if (el.querySelector(NOT_TEXT)) {
    // Rare (a name or heading with an inline <style>): read a copy without those elements.
    const copy = el.cloneNode(true) as Element;
    for (const skipped of Array.from(copy.querySelectorAll(NOT_TEXT))) skipped.remove();
    source = copy;
  }
  const s = source.textContent?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

/** The first element any selector finds, selectors tried in order (most specific first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const el = root.querySelector(selector);
      if (el) return el;
    } catch {
      // A selector the DOM implementation does not support is skipped, not fatal.
    }
  }
  return null;
}

/** Text of the first non-empty element any selector finds. */
export function queryText(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    try {
      for (const el of Array.from(root.querySelectorAll(selector))) {
        const text = cleanText(el);
        if (text) return text;
      }
    } catch {
      // as above
    }
  }
  return null;
}

/** Content of `<meta property=…>` or `<meta name=…>`. */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const s = el?.getAttribute('content')?.trim();
  return s ? s : null;
}

/** The company in a page title such as "Engineer at Acme", "Engineer @ Acme", "Acme - Engineer". */
export function companyFromTitle(doc: Document, pattern: RegExp): string | null {
  const title = metaContent(doc, 'og:title') ?? doc.title;
  const m = pattern.exec(title ?? '');
  const s = m?.[1]?.trim();
  return s ? s : null;
}

// "à distance" opens with a letter that is no word character to a regex, so \b never stood before it: it has
// its own boundary (no letter before it).
export const REMOTE_WORDS =
  /\b(?:remote|fully remote|work from home|home ?office|télétravail|100 ?% remote)\b|(?<![\wà-ÿ])à distance\b/i;

/** Remote flag from a workplace label as boards print it ("Remote", "Hybrid", "On-site", "À distance"). */
export function remoteFromLabel(label: string | null): boolean | null {
  if (!label) return null;
  if (/hybrid|hybride|teilweise|partly|partially/i.test(label)) return false;
  if (REMOTE_WORDS.test(label)) return true;
  if (/on-?site|sur site|vor ort|in office|präsenz/i.test(label)) return false;
  return null;
}

export function hostIs(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

export function defineSelectorBoard(spec: SelectorBoardSpec): Board {
  const descriptionRoot = (doc: Document): Element | null =>
    spec.findDescription?.(doc) ?? queryFirst(doc, spec.description);
  return {
    id: spec.id,
    label: spec.label,
    matchesUrl: spec.matchesUrl,
    ...(spec.isPostingUrl ? { isPostingUrl: spec.isPostingUrl } : {}),
    descriptionRoot,
    read(doc, url) {
      const root = descriptionRoot(doc);
      const title = queryText(doc, spec.title);
      if (!root && !title) return null;
      const posting: Partial<PostingDetails> = {
        title,
        company: spec.company ? queryText(doc, spec.company) : null,
        location: spec.location ? queryText(doc, spec.location) : null,
        employmentType: spec.employmentType ? queryText(doc, spec.employmentType) : null,
      };
      const extra = spec.extra?.(doc, url, posting) ?? {};
      for (const [key, value] of Object.entries(extra) as [keyof PostingDetails, unknown][]) {
        if (value !== null && value !== undefined) (posting as Record<string, unknown>)[key] = value;
      }
      return { posting, descriptionRoot: root };
    },
  };
}
