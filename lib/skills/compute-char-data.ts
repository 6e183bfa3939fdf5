// What the tokenizer's per-code-unit tables (char-tables.ts) are built from, worked out from the running
// JavaScript engine's Unicode data: which code units are word characters (a letter, digit or combining mark in
// any script) and which lower-case to another single unit. npm run build:skill-index writes it to
// lib/skills/data/char-data.json, so a service worker builds the tables from about 1,600 runs and pairs instead
// of testing 65,536 characters one by one at start-up (half of the background's module evaluation).

/** Delta-coded, so the JSON stays small. */
export interface CharData {
  /** The Unicode version it was computed with (Node's process.versions.unicode). */
  unicode: string;
  /** Runs of word characters: [gap from the previous run's end, length, gap, length, …]. */
  wordRuns: number[];
  /** Code units whose lower case is another single unit: [gap from the previous such unit, lower − unit, …]. */
  lowerPairs: number[];
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

export function computeCharData(unicode: string): CharData {
  const wordPattern = /[\p{L}\p{N}\p{M}]/u;
  const wordRuns: number[] = [];
  const lowerPairs: number[] = [];
  let runStart = -1;
  let lastRunEnd = 0;
  let lastLower = 0;
  for (let code = 0; code <= 65536; code++) {
    const char = String.fromCharCode(code);
    const isWord = code < 65536 && !isSurrogate(code) && wordPattern.test(char);
    if (isWord && runStart < 0) runStart = code;
    if (!isWord && runStart >= 0) {
      wordRuns.push(runStart - lastRunEnd, code - runStart);
      lastRunEnd = code;
      runStart = -1;
    }
    if (code === 65536 || isSurrogate(code)) continue;
    const lower = char.toLowerCase();
    if (lower.length === 1 && lower.charCodeAt(0) !== code) {
      lowerPairs.push(code - lastLower, lower.charCodeAt(0) - code);
      lastLower = code;
    }
  }
  return { unicode, wordRuns, lowerPairs };
}
