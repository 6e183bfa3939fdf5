// Titles and employer names read from a page are checked to be names before they are shown or saved: a run of
// CSS, a script or a paragraph is not a name (it means a reader took the wrong element), so it is dropped and the
// next source (JSON-LD, the document title) gets its turn. Literal markup in a title is kept: a hostile posting's
// own title is shown as the text it is (rendered with textContent), never run.

const CSS_LIKE = /\{[^{}]*:[^{}]*\}|(?:[a-z-]+\s*:\s*[^;:{}]+;\s*){2,}|@media\b|!important/i;
const CODE_LIKE = /\bfunction\s*\(|=>|\bvar\s+\w|\bwindow\./i;
const LETTER = /\p{L}/u;

export const MAX_TITLE_LENGTH = 200;
export const MAX_COMPANY_LENGTH = 120;

/** The trimmed name, or null when it is empty, too long, or looks like CSS or code. */
export function asName(value: string | null | undefined, maxLength: number): string | null {
  const s = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!s || s.length > maxLength || !LETTER.test(s)) return null;
  if (CSS_LIKE.test(s) || CODE_LIKE.test(s)) return null;
  return s;
}
