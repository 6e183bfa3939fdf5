// Titles and employer names read from a page are checked to be names before they are shown or saved: a run of
// CSS, a script or a paragraph is not a name (it means a reader took the wrong element), so it is dropped and the
// next source (JSON-LD, the document title) gets its turn. Literal markup in a title is kept: a hostile posting's
// own title is shown as the text it is (rendered with textContent), never run.

const CSS_LIKE = /\{[^{}]*:[^{}]*\}|(?:[a-z-]+\s*:\s*[^;:{}]+;\s*){2,}|@media\b|!important/i;
const CODE_LIKE = /\bfunction\s*\(|=>|\bvar\s+\w|\bwindow\./i;
const LETTER = /\p{L}/u;

// A regex is compiled on its first use on every page the content script reads (~0.1-0.3 ms each for these), and
// most names need none of them: an ASCII letter is a letter, and the patterns below cannot match a name without
// one of the characters they require. The regexes decide only when those quick tests cannot.
function hasAsciiLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const lower = s.charCodeAt(i) | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return true;
  }
  return false;
}
// CSS_LIKE needs ':', '@' or '!'; CODE_LIKE needs '(', '=>', 'var' (any case) or 'window.'.
const mayBeCss = (s: string): boolean => s.includes(':') || s.includes('@') || s.includes('!');
const mayBeCode = (s: string): boolean =>
  s.includes('(') || s.includes('=>') || s.includes('.') || s.toLowerCase().includes('var');

export const MAX_TITLE_LENGTH = 200;
export const MAX_COMPANY_LENGTH = 120;

/** The trimmed name, or null when it is empty, too long, or looks like CSS or code. */
export function asName(value: string | null | undefined, maxLength: number): string | null {
  const s = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!s || s.length > maxLength || !(hasAsciiLetter(s) || LETTER.test(s))) return null;
  if ((mayBeCss(s) && CSS_LIKE.test(s)) || (mayBeCode(s) && CODE_LIKE.test(s))) return null;
  return s;
}
