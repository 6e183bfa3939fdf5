import { FOLD_CHAR, LOWER_CHAR, SEP_KIND, Sep, WORD_CHAR } from './char-tables';

/** Token flags (computed on demand for the few tokens that need them). */
export const TokenFlag = {
  capitalised: 1, // first letter upper case ("Go", "React", "GO")
  allCaps: 2, // every letter upper case, at least one letter ("AWS", "C", "GO")
  allLower: 4, // every letter lower case, at least one letter
  digit: 8, // has a digit
} as const;

/**
 * The text as tokens in parallel typed arrays (no object or string per token): offsets, a 32-bit FNV-1a
 * hash of the lower-cased token, and the kind of separator before it (Sep). Words are runs of letters,
 * digits and marks in any script; "C++" and "C#" keep their "+"/"#"; ".NET" keeps its leading dot;
 * "Google's" loses its "'s". The hot loop does one table read and one multiply per character; case flags
 * and singular forms are computed later, only for tokens that start a skill.
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  seps: Uint8Array;
  /** The separator after the last token (to the end of the text). */
  trailingSep: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const HASH_MASK = 0x3fffffff;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

// Arrays kept between calls for callers that use the tokens only until their next call (the finder), so a
// large text does not allocate and zero a few hundred KB each time.
let scratch: Tokens | null = null;
const MAX_KEPT_TOKENS = 1 << 17;

/**
 * Tokenizes `text`. With `reuse`, the arrays of the previous reusing call are recycled: the result is valid
 * only until the next `tokenize(..., true)`.
 */
export function tokenize(text: string, reuse = false): Tokens {
  // Locals, so the hot loop reads the tables without going through module bindings.
  const fold = FOLD_CHAR;
  const sepKind = SEP_KIND;
  const length = text.length;
  let capacity = Math.max(16, (length >> 2) + 16);
  const recycled = reuse && scratch !== null && scratch.starts.length >= capacity ? scratch : null;
  if (recycled) capacity = recycled.starts.length;
  let starts: Int32Array = recycled ? recycled.starts : new Int32Array(capacity);
  let ends: Int32Array = recycled ? recycled.ends : new Int32Array(capacity);
  let hashes: Int32Array = recycled ? recycled.hashes : new Int32Array(capacity);
  let seps: Uint8Array = recycled ? recycled.seps : new Uint8Array(capacity);
  let count = 0;
  let sep: number = Sep.newline; // the text's start behaves like a line start

  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let lower = fold[code] as number;
    let hash = FNV_OFFSET;
    const start = i;
    if (lower === 0) {
      if (code !== 46 && code !== 92) {
        const kind = sepKind[code] as number;
        if (kind > sep) sep = kind;
        i++;
        continue;
      }
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 32;
      if (code === 92) {
        // a literal "\n" in scraped text is a line break; another backslash is a hard separator
        if (next === 110) {
          sep = Sep.newline;
          i += 2;
        } else {
          if (Sep.hard > sep) sep = Sep.hard;
          i++;
        }
        continue;
      }
      const nextIsWord = (fold[next] as number) !== 0;
      // ".NET": a dot that starts a word; otherwise a dot inside a name ("Node.js") or a sentence end.
      if (!nextIsWord || (i > 0 && (fold[text.charCodeAt(i - 1)] as number) !== 0)) {
        const kind = nextIsWord ? Sep.dot : Sep.sentence;
        if (kind > sep) sep = kind;
        i++;
        continue;
      }
      hash = Math.imul(hash ^ 46, FNV_PRIME);
      i++;
      lower = fold[next] as number;
    }
    // The word: one table read and one multiply per unit.
    while (lower !== 0) {
      hash = Math.imul(hash ^ lower, FNV_PRIME);
      i++;
      lower = i < length ? (fold[text.charCodeAt(i)] as number) : 0;
    }
    // "C++", "C#", "F#", "Notepad++": up to two "+"/"#" when no word follows them.
    let c = i < length ? text.charCodeAt(i) : 0;
    if (c === 43 || c === 35) {
      let suffixEnd = i + 1;
      const c2 = suffixEnd < length ? text.charCodeAt(suffixEnd) : 0;
      if (c2 === 43 || c2 === 35) suffixEnd++;
      if (suffixEnd >= length || (fold[text.charCodeAt(suffixEnd)] as number) === 0) {
        for (let k = i; k < suffixEnd; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
        i = suffixEnd;
        c = i < length ? text.charCodeAt(i) : 0;
      }
    }
    const end = i;
    // Possessive "'s" / "’s" is dropped: "Google's" is "Google".
    if ((c === 39 || c === 8217) && i + 1 < length) {
      const s = text.charCodeAt(i + 1);
      if ((s === 115 || s === 83) && (i + 2 >= length || (fold[text.charCodeAt(i + 2)] as number) === 0))
        i += 2;
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      hashes = grow(hashes, capacity);
      const nextSeps = new Uint8Array(capacity);
      nextSeps.set(seps);
      seps = nextSeps;
    }
    starts[count] = start;
    ends[count] = end;
    // 30 bits: V8 keeps such integers unboxed (Smi), so Map lookups by hash do not allocate.
    hashes[count] = hash & HASH_MASK;
    seps[count] = sep;
    count++;
    sep = Sep.none;
  }
  const tokens = { count, starts, ends, hashes, seps, trailingSep: sep === Sep.none ? Sep.newline : sep };
  // Keep arrays for ordinary postings only: a 5 MB text's arrays would stay in memory for nothing.
  if (reuse && starts.length <= MAX_KEPT_TOKENS) scratch = tokens;
  return tokens;
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

/** The lower-cased token as the hash sees it (for verifying a hash hit and for context rules). */
export function tokenText(text: string, tokens: Tokens, index: number): string {
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? 0;
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(LOWER_CHAR[c] ?? c);
  }
  return out;
}

/**
 * The hash of the token's singular ("APIs" → "api", "technologies" → "technology"), or its own hash when it
 * does not look like a plural. Computed only when the exact token started nothing.
 */
export function singularHash(text: string, tokens: Tokens, index: number): number {
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? 0;
  const own = tokens.hashes[index] ?? 0;
  const units = end - start;
  if (units < 4 || (text.charCodeAt(end - 1) | 32) !== 115 || (text.charCodeAt(end - 2) | 32) === 115)
    return own;
  const ies =
    units >= 5 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 3) | 32) === 105;
  let hash = FNV_OFFSET;
  const stop = ies ? end - 3 : end - 1;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    hash = Math.imul(hash ^ (LOWER_CHAR[c] ?? c), FNV_PRIME);
  }
  return (ies ? Math.imul(hash ^ 121, FNV_PRIME) : hash) & HASH_MASK;
}

/**
 * Whether token `index` is `word` (lower case), or its singular or plural ("APIs" ~ "api"), without building
 * a string: this runs for every trie hit.
 */
export function tokenIs(text: string, tokens: Tokens, index: number, word: string): boolean {
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? 0;
  const units = end - start;
  const wordLength = word.length;
  let compare = Math.min(units, wordLength);
  if (units === wordLength) compare = units;
  else if (units === wordLength + 1 && (text.charCodeAt(end - 1) | 32) === 115)
    compare = wordLength; // text plural
  else if (wordLength === units + 1 && word.charCodeAt(wordLength - 1) === 115)
    compare = units; // form plural
  else if (units === wordLength + 2 && word.endsWith('y') && text.slice(end - 3).toLowerCase() === 'ies')
    compare = wordLength - 1; // "technologies" ~ "technology"
  else return false;
  for (let k = 0; k < compare; k++) {
    const c = text.charCodeAt(start + k);
    if ((LOWER_CHAR[c] ?? c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Case flags of one token (TokenFlag bits). */
export function tokenFlags(text: string, tokens: Tokens, index: number): number {
  const start = tokens.starts[index] ?? 0;
  const end = tokens.ends[index] ?? 0;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let first = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 0) continue;
    const lc = LOWER_CHAR[c] ?? c;
    if (lc !== c) upper++;
    else if (c >= 48 && c <= 57) digit++;
    else lower++; // a lower-case letter, or a letter of a script without case
    if (first < 0 && !(c >= 48 && c <= 57)) first = lc !== c ? 1 : 0;
  }
  let flags = 0;
  if (first === 1) flags |= TokenFlag.capitalised;
  if (upper > 0 && lower === 0) flags |= TokenFlag.allCaps;
  if (lower > 0 && upper === 0) flags |= TokenFlag.allLower;
  if (digit > 0) flags |= TokenFlag.digit;
  return flags;
}

/** The separator kind after token `index`. */
export function sepAfter(tokens: Tokens, index: number): number {
  return index + 1 < tokens.count ? (tokens.seps[index + 1] ?? Sep.newline) : tokens.trailingSep;
}
