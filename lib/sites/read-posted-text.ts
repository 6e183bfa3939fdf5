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

/** The first short element text that reads as a posting's age, or null. */
export function readPostedText(root: ParentNode): string | null {
  const elements = root.querySelectorAll(CANDIDATES);
  for (let i = 0; i < elements.length && i < 60; i++) {
    const text = elements[i]!.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length <= 40 && AGE_TEXT.test(text)) return text;
  }
  return null;
}
