export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Lines of `text` as offsets into it. Breaks are "\n", "\r\n", "\r" and the two characters "\" "n" that
 * scraped text carries, so callers that keep the raw string still see the posting's lines.
 */
export function splitLines(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ start, end: i });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    } else if (code === 92 && text.charCodeAt(i + 1) === 110) {
      // literal "\n"
      lines.push({ start, end: i });
      i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: length });
  return lines;
}

/** Sentences within [start, end): ends at ". ", "! ", "? " (and the end), not at "e.g." or "Node.js". */
export function splitSentences(text: string, start = 0, end = text.length): TextSpan[] {
  const sentences: TextSpan[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue; // . ! ?
    const next = text.charCodeAt(i + 1);
    if (i + 1 < end && next !== 32) continue;
    if (code === 46 && isAbbreviationBefore(text, i)) continue;
    sentences.push({ start: from, end: i + 1 });
    from = i + 1;
    while (from < end && text.charCodeAt(from) === 32) from++;
    i = from - 1;
  }
  if (from < end) sentences.push({ start: from, end });
  return sentences.filter((s) => s.end > s.start);
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'incl',
  'approx',
  'min',
  'max',
  'z.b',
  'bzw',
  'ca',
  'resp',
]);

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text.charAt(i)) && dot - i < 8) i--;
  return ABBREVIATIONS.has(text.slice(i + 1, dot).toLowerCase());
}
