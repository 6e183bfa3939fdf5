import { decodeEntities } from './decode-entities';
import { looksLikeHtml, stripHtml } from './strip-html';

// Bullet glyphs people and boards use; all become "• " so the requirement reader sees one kind of list item.
const BULLET_LINE = /^[ \t]*(?:[•◦▪▫‣⁃∙·●○■□➢➤►▶→✓✔☑\-*–—+])[ \t]+/;
const NUMBERED_LINE = /^[ \t]*(?:\(?(\d{1,2}|[a-zA-Z])[.)])[ \t]+/;
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+/;
// Bounded span: an unbounded lazy scan is quadratic on a long line of openers without closers ("**a **a …").
const EMPHASIS = /(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/g;

/**
 * Raw posting input (HTML or text, possibly scraped with literal "\n" sequences) to the plain text the engine
 * analyses: one line per block or list item, entities decoded, bullets and numbering normalised.
 * Callers that already have plain text with their own offset map must not call this: analyzeText reads its
 * input as given.
 */
export function prepareText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n');
  // Scraped text often carries the two characters "\" "n" where line breaks were.
  text = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\\t/g, ' ');
  // In HTML every block boundary is a line break; nested blocks would make runs of empty lines.
  if (looksLikeHtml(text)) text = stripHtml(text).replace(/\n[ \t\u00a0]*(?=\n)/g, '');
  text = decodeEntities(text);
  // Zero-width and other invisible characters split words for the finder.
  text = text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  text = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ');
  // Control characters other than the line break are noise (binary input).
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  text = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ' ');
  text = text.replace(/[\u2028\u2029]/g, '\n');

  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    let line = rawLine.replace(/ {2,}/g, ' ').trim();
    line = line.replace(MARKDOWN_HEADING, '');
    line = line.replace(EMPHASIS, '$2');
    if (BULLET_LINE.test(line)) line = line.replace(BULLET_LINE, '• ');
    else if (NUMBERED_LINE.test(line)) line = line.replace(NUMBERED_LINE, '$1. ');
    if (line === '•' || line === '• ') continue; // a bullet with nothing after it
    if (line === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
