import type { Board } from './board';
import { ABOUT_THE_JOB, findHeading } from './find-section-by-heading';
import { findBoard } from './index';
import { readJsonLdPostings } from './jsonld';
import type { PageReadingData } from './page-reading';

// "Gapmark could not read this LinkedIn page": on a known board's URL that names one posting, a page that yields
// no posting was not read (the board changed its markup, or the posting has not rendered yet). Gapmark says so,
// never shows a score, and offers a small report for a bug report: the URL, the readers tried and which of their
// anchors were found, at most 200 characters of page text, nothing from the profile. Nothing is sent anywhere.

export const REPORT_TEXT_LIMIT = 200;

export interface ReadReport {
  kind: 'gapmark-read-report';
  version: 1;
  createdAt: string;
  url: string;
  board: string;
  readersTried: string[];
  reason: string | null;
  /** Which anchors each reader relies on were found on the page. */
  anchors: Record<string, boolean | number>;
  /** The start of the page's text (at most REPORT_TEXT_LIMIT characters). */
  pageTextStart: string;
}

/** The board whose posting URL this is, when reading it gave no posting; null otherwise. */
export function unreadBoardPosting(url: URL, reading: Pick<PageReadingData, 'isJobPosting'>): Board | null {
  if (reading.isJobPosting) return null;
  const board = findBoard(url);
  if (!board?.isPostingUrl) return null;
  try {
    return board.isPostingUrl(url) ? board : null;
  } catch {
    return null;
  }
}

/** What the collapsed chip and the popup say on such a page. */
export const couldNotReadText = (boardLabel: string): string =>
  `Gapmark could not read this ${boardLabel} page`;

function found(fn: () => unknown): boolean {
  try {
    return Boolean(fn());
  } catch {
    return false;
  }
}

export function buildReadReport(
  doc: Document,
  url: URL,
  reading: Pick<PageReadingData, 'reason'>,
  board: Board,
  now: number = Date.now(),
): ReadReport {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let jsonLd = 0;
  try {
    jsonLd = readJsonLdPostings(doc).length;
  } catch {
    jsonLd = 0;
  }
  return {
    kind: 'gapmark-read-report',
    version: 1,
    createdAt: new Date(now).toISOString(),
    url: url.href,
    board: board.label,
    readersTried: [board.id, 'json-ld', 'generic'],
    reason: reading.reason,
    anchors: {
      boardReader: found(() => board.read(doc, url)),
      boardDescription: found(() => board.descriptionRoot?.(doc)),
      jsonLdJobPostings: jsonLd,
      h1: found(() => doc.querySelector('h1')),
      aboutTheJobHeading: found(() => findHeading(doc, ABOUT_THE_JOB)),
      documentTitle: doc.title.trim() !== '',
    },
    pageTextStart: text.slice(0, REPORT_TEXT_LIMIT),
  };
}

export const readReportFilename = (report: ReadReport): string =>
  `gapmark-read-report-${report.board.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${report.createdAt.slice(0, 10)}.json`;
