import { BLOCK_ELEMENTS } from './block-elements';

// HTML to text by scanning tags with indexOf, not a DOM and not one big RegExp: it must run in the service
// worker and stay linear on hostile input (unclosed tags, deeply nested markup, megabytes of it).

const CELL_TAGS = new Set(['td', 'th']);
// Their content is never posting text.
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

const TAG_NAME = /^\/?([a-zA-Z][a-zA-Z0-9:-]*)/;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (/<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?|\/[a-zA-Z][a-zA-Z0-9-]*\s*)>/.test(head)) return true;
  // A comment, found with indexOf: a lazy `<!--[\s\S]*?-->` is quadratic on many openers without a closer.
  const open = head.indexOf('<!--');
  return open >= 0 && head.indexOf('-->', open + 4) >= 0;
}

export function stripHtml(html: string): string {
  const out: string[] = [];
  let pos = 0;
  const length = html.length;
  let lower: string | null = null; // computed once, only if a skipped element occurs
  while (pos < length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      out.push(html.slice(pos));
      break;
    }
    out.push(html.slice(pos, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close < 0 ? length : close + 3;
      continue;
    }
    const match = TAG_NAME.exec(html.slice(lt + 1, lt + 64));
    const gt = match ? html.indexOf('>', lt + 1) : -1;
    if (!match || gt < 0) {
      // A lone "<" is text ("a < b").
      out.push('<');
      pos = lt + 1;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const closing = html.charCodeAt(lt + 1) === 47; // "/"
    pos = gt + 1;
    if (!closing && SKIPPED_TAGS.has(name) && html.charCodeAt(gt - 1) !== 47) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, pos);
      if (end < 0) {
        pos = length;
      } else {
        const endGt = html.indexOf('>', end);
        pos = endGt < 0 ? length : endGt + 1;
      }
      continue;
    }
    if (name === 'li') out.push(closing ? '\n' : '\n• ');
    else if (BLOCK_ELEMENTS.has(name)) out.push('\n');
    else if (CELL_TAGS.has(name)) out.push(closing ? '' : ' ');
  }
  return out.join('');
}
