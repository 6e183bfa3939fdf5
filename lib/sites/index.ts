import { walkTextMap, type TextMap } from '@/lib/highlight/text-map';
import { runSteps, runStepsInSlices, type SliceOptions, type Steps } from '@/lib/text/steps';
import type { Board, BoardReading } from './board';
import { metaContent } from './board';
import { ashby } from './boards/ashby';
import { glassdoor } from './boards/glassdoor';
import { greenhouse } from './boards/greenhouse';
import { indeed } from './boards/indeed';
import { lever } from './boards/lever';
import { linkedin } from './boards/linkedin';
import { naukri } from './boards/naukri';
import { personio } from './boards/personio';
import { recruitee } from './boards/recruitee';
import { smartrecruiters } from './boards/smartrecruiters';
import { stepstone } from './boards/stepstone';
import { teamtailor } from './boards/teamtailor';
import { wellfound } from './boards/wellfound';
import { workable } from './boards/workable';
import { workday } from './boards/workday';
import { xing } from './boards/xing';
import { walkForDescriptionRoot } from './find-description-root';
import { asName, MAX_COMPANY_LENGTH, MAX_TITLE_LENGTH } from './name-check';
import { readGeneric, type GenericReading } from './generic';
import { readJsonLdPostings, type JsonLdPosting } from './jsonld';
import { emptyPostingDetails, type PageReading, type PostingDetails } from './page-reading';

export type { Board, BoardReading } from './board';
export type { PageReading, PageReadingData, PostingDetails, Salary } from './page-reading';
export { emptyPostingDetails, toPageReadingData } from './page-reading';
export { readJsonLdPostings } from './jsonld';
export { readGeneric } from './generic';

/** Every board reader, in the order they are tried (the first whose URL predicate matches reads the page). */
export const BOARDS: readonly Board[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  stepstone,
  xing,
  naukri,
  glassdoor,
  wellfound,
  personio,
  recruitee,
  teamtailor,
];

/** Descriptions shorter than this are teasers or loading placeholders, not a posting to analyse. */
const MIN_TEXT = 120;

export function findBoard(url: URL): Board | null {
  return BOARDS.find((board) => safe(() => board.matchesUrl(url), false)) ?? null;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

const normalizeTitle = (s: string | null | undefined): string =>
  (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The JSON-LD posting that describes what the board shows: the only one, or the one with the same title. */
function matchingJsonLd(postings: JsonLdPosting[], title: string | null | undefined): JsonLdPosting | null {
  if (postings.length === 1) return postings[0]!;
  // None to choose from: the title is not normalised (its /u regex costs a compile on every board page).
  if (postings.length === 0) return null;
  const wanted = normalizeTitle(title);
  if (!wanted) return null;
  return postings.find((p) => normalizeTitle(p.details.title) === wanted) ?? null;
}

/** DOM values win (they are what the user sees); JSON-LD fills the gaps. */
function mergeDetails(
  dom: Partial<PostingDetails>,
  ld: PostingDetails | null,
  pageUrl: string,
): PostingDetails {
  const merged = { ...emptyPostingDetails(), ...(ld ?? {}) } as Record<string, unknown>;
  merged.title = asName(ld?.title, MAX_TITLE_LENGTH);
  merged.company = asName(ld?.company, MAX_COMPANY_LENGTH);
  dom = {
    ...dom,
    ...('title' in dom ? { title: asName(dom.title, MAX_TITLE_LENGTH) } : {}),
    ...('company' in dom ? { company: asName(dom.company, MAX_COMPANY_LENGTH) } : {}),
  };
  for (const [key, value] of Object.entries(dom)) {
    const empty =
      value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (!empty) merged[key] = value;
  }
  const details = merged as unknown as PostingDetails;
  details.url = (dom.url ?? null) || pageUrl;
  details.canonicalUrl = ld?.canonicalUrl ?? dom.canonicalUrl ?? null;
  return details;
}

function canonicalLink(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url');
}

function* textOf(root: Element | null): Steps<{ map: TextMap | null; text: string }> {
  if (!root) return { map: null, text: '' };
  const map = yield* walkTextMap(root);
  return { map, text: map.text };
}

function refused(
  source: string,
  confidence: number,
  reason: string,
  url: URL,
  title: string | null = null,
): PageReading {
  const posting = emptyPostingDetails(url.href);
  posting.title = title;
  return {
    isJobPosting: false,
    source,
    confidence,
    posting,
    text: '',
    reason,
    descriptionRoot: null,
    textMap: null,
  };
}

function* readWithBoard(
  doc: Document,
  url: URL,
  board: Board,
  postings: JsonLdPosting[],
): Steps<PageReading | null> {
  const reading: BoardReading | null = safe(() => board.read(doc, url), null);
  if (!reading) return null;
  const ld = matchingJsonLd(postings, reading.posting.title);
  let root = reading.descriptionRoot;
  // Selectors missed (a redesign) but the JSON-LD says what the description is: find it on the page.
  if (!root && ld?.descriptionText) root = yield* walkForDescriptionRoot(doc, ld.descriptionText);
  let { map, text } = yield* textOf(root);
  if (text.length < MIN_TEXT && ld && ld.descriptionText.length > text.length) {
    root = null;
    map = null;
    text = ld.descriptionText;
  }
  if (text.length < MIN_TEXT) return null;
  const posting = mergeDetails(reading.posting, ld?.details ?? null, url.href);
  posting.canonicalUrl ??= canonicalLink(doc);
  let confidence = 0.55;
  if (posting.title) confidence += 0.15;
  if (posting.company) confidence += 0.1;
  if (text.length >= 300) confidence += 0.1;
  if (root) confidence += 0.05;
  if (ld) confidence += 0.05;
  return {
    isJobPosting: true,
    source: board.id,
    confidence: Math.min(1, confidence),
    posting,
    text,
    reason: ld ? `${board.label} page merged with JSON-LD` : `${board.label} page`,
    descriptionRoot: root,
    textMap: map,
  };
}

function* readWithJsonLd(doc: Document, url: URL, ld: JsonLdPosting): Steps<PageReading | null> {
  const root = ld.descriptionText ? yield* walkForDescriptionRoot(doc, ld.descriptionText) : null;
  let { map, text } = yield* textOf(root);
  if (!root || text.length < MIN_TEXT) {
    map = null;
    text = ld.descriptionText;
  }
  if (text.length < MIN_TEXT || !ld.details.title) return null;
  const posting = mergeDetails({}, ld.details, url.href);
  posting.canonicalUrl ??= canonicalLink(doc);
  let confidence = 0.6 + 0.15; // a declared JobPosting with a title
  if (posting.company) confidence += 0.05;
  if (text.length >= 300) confidence += 0.1;
  if (map) confidence += 0.1;
  return {
    isJobPosting: true,
    source: 'json-ld',
    confidence: Math.min(1, confidence),
    posting,
    text,
    reason: map
      ? 'JSON-LD JobPosting, description found on the page'
      : 'JSON-LD JobPosting (description from JSON-LD only)',
    descriptionRoot: map ? root : null,
    textMap: map,
  };
}

function* genericPosting(
  doc: Document,
  url: URL,
  generic: GenericReading,
  reason: string,
): Steps<PageReading | null> {
  if (!generic.isJobPosting) return null;
  const { map, text } = yield* textOf(generic.descriptionRoot);
  if (text.length < MIN_TEXT) return null;
  const posting = mergeDetails(generic.posting, null, url.href);
  posting.canonicalUrl ??= canonicalLink(doc);
  return {
    isJobPosting: true,
    source: 'generic',
    confidence: generic.confidence,
    posting,
    text,
    reason,
    descriptionRoot: generic.descriptionRoot,
    textMap: map,
  };
}

function* readPageUnguarded(doc: Document, url: URL): Steps<PageReading> {
  const postings = safe(() => readJsonLdPostings(doc), []);
  const board = findBoard(url);
  if (board) {
    const reading = yield* readWithBoard(doc, url, board, postings);
    if (reading) return reading;
  }
  if (postings.length === 1) {
    const reading = yield* readWithJsonLd(doc, url, postings[0]!);
    if (reading) return reading;
  }
  if (postings.length > 1) return refused('json-ld', 0.05, `list of ${postings.length} job postings`, url);
  if (board) {
    // On a URL that names one posting, the board's markup may have changed: the generic reader tries, told that
    // the site's name is the board's. Elsewhere on a board (its home, a list, a profile) it would only guess.
    if (board.isPostingUrl && safe(() => board.isPostingUrl!(url), false)) {
      const fallback = readGeneric(doc, { onBoard: true });
      const reading = yield* genericPosting(
        doc,
        url,
        fallback,
        `${board.label} reader found nothing; ${fallback.reason}`,
      );
      if (reading) return reading;
    }
    return refused(board.id, 0.05, `${board.label}: no posting shown`, url);
  }
  const generic = readGeneric(doc);
  const reading = yield* genericPosting(doc, url, generic, generic.reason);
  if (reading) return reading;
  return refused(
    'generic',
    Math.min(generic.confidence, 0.3),
    generic.reason,
    url,
    generic.posting.title ?? null,
  );
}

/**
 * Reads the page: is it one job posting, what is it, and which text to analyse. Board reader (merged with
 * JSON-LD) first, then JSON-LD alone, then the generic reader. A pure function of (Document, URL): never throws;
 * a malformed page gives `isJobPosting: false` with a low confidence.
 */
export function readPage(doc: Document, url: URL): PageReading {
  try {
    return runSteps(readPageUnguarded(doc, url));
  } catch (error) {
    return readingFailed(error, url);
  }
}

function readingFailed(error: unknown, url: URL): PageReading {
  return refused(
    'generic',
    0,
    `reading failed: ${error instanceof Error ? error.message : String(error)}`,
    url,
  );
}

/** A reading and the main-thread time it took (its slices', not the page's tasks between them). */
export interface SlicedReading {
  reading: PageReading;
  workMs: number;
}

/**
 * `readPage` in slices of a few milliseconds (the content script): the same walk and the same reading, but a
 * huge page gets its main thread back between slices. An ordinary page is read in the calling task.
 */
export async function readPageInSlices(
  doc: Document,
  url: URL,
  options: SliceOptions = {},
): Promise<SlicedReading> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  try {
    const { value, workMs } = await runStepsInSlices(readPageUnguarded(doc, url), options);
    return { reading: value, workMs };
  } catch (error) {
    return { reading: readingFailed(error, url), workMs: now() - started };
  }
}

/**
 * The URL a saved page declares for itself (`<link rel="canonical">`, then `og:url`), for reading a saved file
 * without being told where it came from (the CLI without `--url`). Null when it declares none or a relative one.
 */
export function declaredPageUrl(doc: Document): URL | null {
  for (const candidate of [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'og:url'),
  ]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url;
    } catch {
      // relative or malformed: try the next one
    }
  }
  return null;
}
