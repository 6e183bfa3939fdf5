// The board's own "3 days ago" (or "Posted today", "vor 3 Tagen", "3日前") near a posting's header, where the
// page shows one; the background turns it into a date (lib/saved/posting-age.ts). General, never by URL.

const CANDIDATES = [
  'time',
  '[class*="posted" i]',
  '[data-testid*="posted" i]',
  '[data-test*="posted" i]',
  '[class*="tertiary-description" i] span',
  '[data-testid*="date" i]',
  '[class*="date" i]',
].join(',');

const AGE_TEXT =
  /^(?:(?:posted|reposted|publiée?|pubblicato|veröffentlicht)\s*:?\s*)?(?:\d{1,3}\+?\s*\S{1,12}\s*(?:ago|fa|前)|(?:vor|il y a|hace)\s+\d{1,3}\s*\S{1,12}|just posted|today|yesterday|heute|gestern|oggi|ieri)$/i;

// An age inside an element that carries a job's id is that job's (a search list's card, "similar jobs"), not
// the age of the posting on the page.
const OTHER_JOB =
  '[data-job-id],[data-occludable-job-id],[data-jk],[data-jobid],[data-test="jobListing"],[data-testid="job-item"]';

/** The first short element text that reads as a posting's age (outside other jobs' cards), or null. */
export function readPostedText(root: ParentNode): string | null {
  const elements = root.querySelectorAll(CANDIDATES);
  for (let i = 0; i < elements.length && i < 80; i++) {
    const element = elements[i]!;
    const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length <= 40 && AGE_TEXT.test(text) && !element.closest(OTHER_JOB)) return text;
  }
  return null;
}
