// Headings found by what they say, in the languages Gapmark supports: what survives a redesign that renames every
// class (LinkedIn's logged-in job view of 2026 has only hashed class names, but still a heading "About the job").

/** "About the job" as LinkedIn writes it in EN, DE, FR, IT and ES. */
export const ABOUT_THE_JOB =
  /^(?:about the job|über die stelle|à propos de l[’']offre d[’']emploi|informazioni sull[’']offerta di lavoro|acerca del empleo)$/i;

const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';

/** The first heading whose whole text matches `label` (whitespace collapsed), or null. */
export function findHeading(root: ParentNode, label: RegExp): Element | null {
  for (const heading of Array.from(root.querySelectorAll(HEADINGS))) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 60 && label.test(text)) return heading;
  }
  return null;
}

/**
 * The section a heading opens: its nearest ancestor that holds more than the heading itself (at least
 * `minText` characters), and not the whole page.
 */
export function sectionOfHeading(heading: Element, minText = 200): Element | null {
  const own = (heading.textContent ?? '').length;
  for (let el = heading.parentElement; el; el = el.parentElement) {
    if (el.localName === 'body' || el.localName === 'html' || el.localName === 'main') return null;
    if ((el.textContent ?? '').length - own >= minText) return el;
  }
  return null;
}
