import fc from 'fast-check';

// Shared by every fuzz test: one fixed seed so a run is repeatable, bounded run counts, and the hostile inputs
// the issue names. A property that takes longer than its time limit fails (markInterruptAsFailure) instead of
// quietly running fewer inputs: a hang or a quadratic blow-up shows up as a failure, not as a slow suite.

export const FUZZ_SEED = 20261124;

/** fast-check parameters for one property: fixed seed, `numRuns` inputs, a generous hang guard. */
export function fuzzParams<T>(numRuns: number): fc.Parameters<T> {
  return {
    seed: FUZZ_SEED,
    numRuns,
    interruptAfterTimeLimit: 15_000,
    markInterruptAsFailure: true,
  };
}

/** A deterministic byte soup (no Math.random), as if a binary file had been read as text. */
export function binaryGarbage(length: number, seed = FUZZ_SEED): string {
  let state = seed >>> 0;
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    codes[i] = state & 0xff;
  }
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

export const RTL_OVERRIDE = '\u202e';
export const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';

/** Hostile strings for titles, descriptions and text fields: markup, script URLs, invisible characters. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<svg onload=alert(1)>',
  '"><script>alert(document.domain)</script>',
  `${RTL_OVERRIDE}tpircsavaj${RTL_OVERRIDE}`,
  `Py${ZERO_WIDTH}thon`,
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;b&amp;gt;double&amp;lt;/b&amp;gt;',
  '\u0000\u0001\u0002\u001f\u007f',
  '\ud800 lone surrogate \udfff',
  '**a **a **a __b __b',
  '<!--<!--<!--',
  ')]}({[',
  '\\n\\r\\n\\t',
];

/** The large hostile inputs, built lazily (megabytes) and shared across tests of one file. */
export const bigInputs = {
  oneMegabyteWord: (): string => 'x'.repeat(1_000_000),
  fiveMegabytesOfText: (): string => {
    const line = 'We need 5+ years of Python, SQL (PostgreSQL) and Docker; Kubernetes is a plus. ';
    return `${line}\n`.repeat(Math.ceil(5_000_000 / (line.length + 1)));
  },
  fiveMegabytesOneLine: (): string =>
    'Requires Python, SQL and Docker experience (3 years). '.repeat(Math.ceil(5_000_000 / 54)),
  deepHtml: (levels = 10_000): string => `${'<div>'.repeat(levels)}Python${'</div>'.repeat(levels)}`,
};

/** Arbitrary text mixing plain words, posting vocabulary, hostile snippets and arbitrary code points. */
export const postingishText = (maxParts = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...POSTING_WORDS) },
        { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n', ', ', '. ', '; ', ' or ', ' and ', '\t') },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

export const POSTING_WORDS: readonly string[] = [
  'Python',
  'JavaScript',
  'TypeScript',
  'React',
  'Node.js',
  'C++',
  'C#',
  'Go',
  'SQL',
  'PostgreSQL',
  'Docker',
  'Kubernetes',
  'AWS',
  'Requirements:',
  'Nice to have:',
  'Responsibilities',
  'About us',
  'Benefits',
  '5+ years',
  '3 years of experience with',
  'at least 2 years',
  'required',
  'preferred',
  'is a plus',
  'one of',
  '• ',
  '- ',
  '1. ',
  'Senior Backend Engineer',
  'English',
  'German',
  "Bachelor's degree",
  'remote',
  'e.g.',
  '(',
  ')',
  'REST',
  'CI/CD',
  'Java',
  'JavaScript/TypeScript',
];

/** One edit of a text: cut a range, repeat a range, insert a snippet, swap two lines, or case-fold a range. */
type TextEdit =
  | { kind: 'cut' | 'repeat' | 'upper'; at: number; length: number }
  | { kind: 'insert'; at: number; snippet: string }
  | { kind: 'swap'; a: number; b: number };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('cut' as const, 'repeat' as const, 'upper' as const),
    at: fc.nat(),
    length: fc.nat(400),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    snippet: fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS, ...POSTING_WORDS), fc.string({ maxLength: 20 })),
  }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
);

function applyEdit(text: string, edit: TextEdit): string {
  if (edit.kind === 'swap') {
    const lines = text.split('\n');
    const a = edit.a % lines.length;
    const b = edit.b % lines.length;
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  }
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  if (edit.kind === 'insert') return text.slice(0, at) + edit.snippet + text.slice(at);
  const end = Math.min(text.length, at + edit.length);
  const range = text.slice(at, end);
  if (edit.kind === 'cut') return text.slice(0, at) + text.slice(end);
  if (edit.kind === 'repeat') return text.slice(0, end) + range + text.slice(end);
  return text.slice(0, at) + range.toUpperCase() + text.slice(end);
}

/** A seed text with up to `maxEdits` random edits applied in order. */
export const mutatedText = (seeds: readonly string[], maxEdits = 8): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(textEdit, { maxLength: maxEdits }))
    .map(([seed, edits]) => edits.reduce(applyEdit, seed));
