import type { TextSpan } from '@/lib/text/split-lines';

// A posting's first line often carries the job title followed by other things on the same line: the company,
// the place, the date ("Senior Java Developer (m/f/d) Acme GmbH Berlin", "Software Engineer - Java | Acme").
// Skills in the title name the role; the posting says elsewhere what the role needs.
const ROLE_NOUN =
  'engineers?|developers?|programmers?|architects?|administrators?|analysts?|scientists?|designers?|testers?|consultants?|specialists?|managers?|leads?|devops|sre|entwickler(?:in)?|ingenieur(?:in)?|développeu(?:r|se)|ingénieur';
const TITLE_HEAD = new RegExp(
  // up to six words (not a sentence: "We are looking for a Java developer"), then a role noun, then any
  // "(m/f/d)" or "(Java / React)" groups
  `^[\\s•]*(?:(?!(?:we|we're|you|are|is|looking|seeking|for|an?|the|join|with)\\s)[\\p{L}\\p{N}+#./&-]+\\s+){0,6}(?:${ROLE_NOUN})(?![\\p{L}\\p{N}])(?:\\s*\\([^()\\n]{0,60}\\))*` +
    // and a qualifier after a dash, bar or colon: "- Java", ": Security Services", up to five words
    `(?:\\s*[-–|:]\\s*(?:[\\p{L}\\p{N}+#./&]+(?:\\s+|$)){1,5}(?=$|[-–|(<]))?`,
  'iu',
);

/** The leading job title of the first non-empty line, when that line starts with one; null otherwise. */
export function findTitleHead(text: string, lines: readonly TextSpan[]): TextSpan | null {
  const first = lines.find((l) => text.slice(l.start, l.end).trim() !== '');
  if (!first) return null;
  const match = TITLE_HEAD.exec(text.slice(first.start, Math.min(first.end, first.start + 200)));
  return match ? { start: first.start, end: first.start + match[0].trimEnd().length } : null;
}
