// One normal form for looking skill names up: what a person would consider "the same spelling".
// Case, Unicode compatibility forms (full-width letters, ligatures), typographic quotes and runs of
// whitespace do not matter; + # . / - keep their meaning (C++, C#, .NET, CI/CD, Objective-C).
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

export function normalizeSkillName(name: string): string {
  // Fast path for the common case (printable ASCII, single spaces): the loader normalises ~8,000 forms at start.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// The looser form the seed expectations compare with: no case, no spaces, no punctuation except + # and .
// Used only as a fallback when the normal form finds nothing ("Event-Driven Architecture" vs "event driven").
export function looseSkillKey(name: string): string {
  return normalizeSkillName(name).replace(/[^\p{L}\p{N}+#.]/gu, '');
}
