import { LOWER_CHAR, SEP_KIND, Sep, WORD_CHAR } from './char-tables';

/** Token flags. */
export const TokenFlag = {
  capitalised: 1, // first letter upper case ("Go", "React", "GO")
  allCaps: 2, // every letter upper case, at least one letter ("AWS", "C", "GO")
  allLower: 4, // every letter lower case, at least one letter
  digit: 8, // has a digit
} as const;

/**
 * The text as tokens in parallel typed arrays (no object per token): offsets, a 32-bit FNV-1a hash of the
 * lower-cased token, the hash of its singular ("APIs" → "api", "technologies" → "technology"), case flags
 * and the kind of separator before it (Sep). Words are runs of letters, digits and marks in any script;
 * "C++" and "C#" keep their "+"/"#"; ".NET" keeps its leading dot; "Google's" loses its "'s".
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  singulars: Int32Array;
  flags: Uint8Array;
  seps: Uint8Array;
  /** The separator after the last token (to the end of the text). */
  trailingSep: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function hashString(lower: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < lower.length; i++) hash = hashStep(hash, lower.charCodeAt(i));
  return hash;
}

export function tokenize(text: string): Tokens {
  const length = text.length;
  let capacity = Math.max(16, (length >> 2) + 16);
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let hashes: Int32Array = new Int32Array(capacity);
  let singulars: Int32Array = new Int32Array(capacity);
  let flags: Uint8Array = new Uint8Array(capacity);
  let seps: Uint8Array = new Uint8Array(capacity);
  let count = 0;
  let sep: number = Sep.newline; // the text's start behaves like a line start

  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const isDotWord =
      code === 46 &&
      i + 1 < length &&
      WORD_CHAR[text.charCodeAt(i + 1)] === 1 &&
      (i === 0 || WORD_CHAR[text.charCodeAt(i - 1)] === 0);
    if (WORD_CHAR[code] === 1 || isDotWord) {
      const start = i;
      let hash = FNV_OFFSET;
      let before1 = hash; // hash without the last unit
      let before2 = hash;
      let before3 = hash; // hash without the last three units
      let last1 = 0;
      let last2 = 0;
      let last3 = 0;
      let upper = 0;
      let lower = 0;
      let digit = 0;
      let firstUpper = -1;
      let units = 0;
      if (isDotWord) {
        hash = hashStep(hash, 46);
        i++;
        units++;
      }
      while (i < length) {
        const c = text.charCodeAt(i);
        if (WORD_CHAR[c] !== 1) break;
        const lc = LOWER_CHAR[c] ?? c;
        before3 = before2;
        before2 = before1;
        before1 = hash;
        hash = hashStep(hash, lc);
        last3 = last2;
        last2 = last1;
        last1 = lc;
        if (lc !== c) upper++;
        else if (c >= 48 && c <= 57) digit++;
        else lower++; // a lower-case letter, or a letter of a script without case
        if (firstUpper < 0) firstUpper = lc !== c ? 1 : 0;
        units++;
        i++;
      }
      // "C++", "C#", "F#", "Notepad++": keep up to two "+"/"#" when no word follows them.
      let suffix = 0;
      while (suffix < 2 && i < length) {
        const c = text.charCodeAt(i);
        if (c !== 43 && c !== 35) break;
        suffix++;
        i++;
      }
      if (suffix > 0 && i < length && WORD_CHAR[text.charCodeAt(i)] === 1) {
        i -= suffix; // "a+b": not a suffix
        suffix = 0;
      }
      let singular = hash;
      for (let k = 0; k < suffix; k++) hash = hashStep(hash, text.charCodeAt(i - suffix + k));
      if (suffix === 0) {
        if (units >= 5 && last3 === 105 && last2 === 101 && last1 === 115)
          singular = hashStep(before3, 121); // -ies → -y
        else if (units >= 4 && last1 === 115 && last2 !== 115) singular = before1; // -s
      } else {
        singular = hash;
      }
      const end = i;
      // Possessive "'s" / "’s" is dropped: "Google's" is "Google".
      if (i + 1 < length && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 8217)) {
        const s = text.charCodeAt(i + 1);
        if ((s === 115 || s === 83) && (i + 2 >= length || WORD_CHAR[text.charCodeAt(i + 2)] === 0)) i += 2;
      }
      if (count === capacity) {
        capacity *= 2;
        starts = grow(starts, capacity);
        ends = grow(ends, capacity);
        hashes = grow(hashes, capacity);
        singulars = grow(singulars, capacity);
        flags = growBytes(flags, capacity);
        seps = growBytes(seps, capacity);
      }
      starts[count] = start;
      ends[count] = end;
      hashes[count] = hash;
      singulars[count] = singular;
      let flag = 0;
      if (firstUpper === 1) flag |= 1;
      if (upper > 0 && lower === 0) flag |= 2;
      if (lower > 0 && upper === 0) flag |= 4;
      if (digit > 0) flag |= 8;
      flags[count] = flag;
      seps[count] = sep;
      count++;
      sep = Sep.none;
      continue;
    }
    let kind = SEP_KIND[code] ?? Sep.hard;
    if (code === 46) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 32;
      kind = WORD_CHAR[next] === 1 ? Sep.dot : Sep.sentence;
    } else if (code === 92 && i + 1 < length && text.charCodeAt(i + 1) === 110) {
      kind = Sep.newline; // a literal "\n" in scraped text
      i++;
    }
    if (kind > sep) sep = kind;
    i++;
  }
  return {
    count,
    starts,
    ends,
    hashes,
    singulars,
    flags,
    seps,
    trailingSep: sep === Sep.none ? Sep.newline : sep,
  };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

function growBytes(array: Uint8Array, capacity: number): Uint8Array {
  const next = new Uint8Array(capacity);
  next.set(array);
  return next;
}

/** The lower-cased token as the hash sees it (for verifying a hash hit and for tests). */
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

/** The separator kind after token `index`. */
export function sepAfter(tokens: Tokens, index: number): number {
  return index + 1 < tokens.count ? (tokens.seps[index + 1] ?? Sep.newline) : tokens.trailingSep;
}
