import charData from './data/char-data.json';
import type { CharData } from './compute-char-data';

// Per-UTF-16-unit lookup tables, built once, so the tokenizer's inner loop is table reads and integer maths
// (no RegExp, no string allocation per character).

/** 1 where the code unit is part of a word: a letter, digit or combining mark in any script. */
export const WORD_CHAR = new Uint8Array(65536);
/** The lower-case code unit (the unit itself where lower-casing is not one unit to one unit). */
export const LOWER_CHAR = new Uint16Array(65536);
/** The lower-case code unit of a word character, 0 for a non-word character: one table read per unit. */
export const FOLD_CHAR = new Uint16Array(65536);
/** How a non-word code unit separates two tokens (see Sep). */
export const SEP_KIND = new Uint8Array(65536);

/** Separator kinds, ordered: a run of separators takes the highest. Up to AMP they are "soft" (a phrase
 * such as "event-driven" or "CI/CD" continues across them); from COMMA on they end a phrase. */
export const Sep = {
  none: 0,
  space: 1,
  hyphen: 2,
  slash: 3,
  dot: 4,
  amp: 5,
  comma: 6,
  paren: 7,
  hard: 8,
  sentence: 9,
  newline: 10,
} as const;
export const SOFT_SEP_MAX = Sep.amp;

// Built from runs and pairs computed ahead of time (compute-char-data.ts; npm run build:skill-index), not by
// testing every code unit here: that loop was half of a service worker's module evaluation.
const { wordRuns, lowerPairs } = charData as CharData;
for (let i = 0, code = 0; i < wordRuns.length; i += 2) {
  code += wordRuns[i]!;
  WORD_CHAR.fill(1, code, code + wordRuns[i + 1]!);
  code += wordRuns[i + 1]!;
}
for (let code = 0; code < 65536; code++) LOWER_CHAR[code] = code;
for (let i = 0, code = 0; i < lowerPairs.length; i += 2) {
  code += lowerPairs[i]!;
  LOWER_CHAR[code] = code + lowerPairs[i + 1]!;
}
SEP_KIND.fill(Sep.hard);
for (let code = 0; code < 65536; code++) FOLD_CHAR[code] = WORD_CHAR[code] === 1 ? LOWER_CHAR[code]! || 1 : 0;
for (const char of ' \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"“”„«»*_`~')
  SEP_KIND[char.charCodeAt(0)] = Sep.space;
for (const char of '-‐‑‒') SEP_KIND[char.charCodeAt(0)] = Sep.hyphen;
SEP_KIND[47] = Sep.slash; // "/"
SEP_KIND[46] = Sep.dot; // "." (a sentence end when followed by a space; see the tokenizer)
for (const char of "&'’‘+#@") SEP_KIND[char.charCodeAt(0)] = Sep.amp;
SEP_KIND[44] = Sep.comma;
for (const char of '()[]{}<>') SEP_KIND[char.charCodeAt(0)] = Sep.paren;
for (const char of '\n\r\u2028\u2029\u000b\u000c') SEP_KIND[char.charCodeAt(0)] = Sep.newline;
