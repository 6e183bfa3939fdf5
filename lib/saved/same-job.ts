// Is this the same job as one the person saved, under another URL (a repost, or the same job on another board)?
// Only when the company folds to the same name and the titles are near-identical: a near miss is a miss, since
// "Looks like a job you saved" on a different job is a false claim. Pure.

const LEGAL_FORMS = new Set(
  'inc llc ltd limited plc corp corporation co company gmbh mbh ag kg se sa sas sarl srl spa bv nv oy ab as aps pty pvt private kk group'.split(
    ' ',
  ),
);

/** Lower case, no accents, letters and digits only (other scripts kept), single spaces. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A company's name without case, accents, punctuation and legal form: "ACME GmbH & Co. KG" → "acme". */
export function foldCompany(company: string | null | undefined): string {
  const words = fold(company ?? '')
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && (LEGAL_FORMS.has(words[words.length - 1]!) || words[words.length - 1] === 'and'))
    words.pop();
  return words.join(' ');
}

const ABBREVIATIONS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  mgr: 'manager',
  ii: '2',
  iii: '3',
  iv: '4',
};

// Gender and work-mode notes that boards add to the same title: "(m/w/d)", "(f/m/x)", "- Remote", "(Hybrid)".
const TITLE_NOISE =
  /\((?:[mwfdxhin]\s*\/\s*)+[mwfdxhin]\)|\b(?:[mwfdx]\s*\/\s*){1,3}[mwfdx]\b|[-–—|(]\s*(?:remote|hybrid|on-?site|ibrido|remoto)\s*\)?/giu;

/** A title's words in a comparable form: folded, gender and work-mode notes dropped, abbreviations spelled. */
export function normalizeTitle(title: string | null | undefined): string {
  return fold((title ?? '').replace(TITLE_NOISE, ' '))
    .split(' ')
    .filter(Boolean)
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

// Words that make two otherwise equal titles different jobs.
const LEVEL_WORDS = new Set(
  'senior junior lead principal staff head chief director manager intern internship trainee graduate associate vp president mid entry werkstudent praktikant praktikum'.split(
    ' ',
  ),
);

const levelsOf = (words: string[]) =>
  words
    .filter((w) => LEVEL_WORDS.has(w) || /^\d+$/.test(w))
    .sort()
    .join(' ');

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Near-identical titles: the same words in any order once normalised, or a typo's distance apart (at most one
 * edit per 12 characters) with the same level words and numbers ("Senior" vs no "Senior" is another job).
 */
export function isNearIdenticalTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normalizeTitle(a);
  const right = normalizeTitle(b);
  if (!left || !right) return false;
  if (left === right) return true;
  const leftWords = left.split(' ');
  const rightWords = right.split(' ');
  if (levelsOf(leftWords) !== levelsOf(rightWords)) return false;
  if ([...leftWords].sort().join(' ') === [...rightWords].sort().join(' ')) return true;
  const limit = Math.floor(Math.min(left.length, right.length) / 12);
  return limit > 0 && editDistance(left, right, limit) <= limit;
}

/** The key that finds saved jobs of the same company and title quickly (exact after normalisation). */
export const companyKey = (company: string | null | undefined): string | null => foldCompany(company) || null;

export interface JobLike {
  title: string;
  company: string | null;
  canonicalUrl: string | null;
}

/**
 * The saved job that `posting` looks like (same folded company, near-identical title) under another canonical
 * URL, or null. Without a company on either side there is no claim.
 */
export function findLookAlike<T extends JobLike>(
  jobs: readonly T[],
  posting: { title: string | null; company: string | null; canonicalUrl: string | null },
): T | null {
  const company = companyKey(posting.company);
  if (!company || !posting.title) return null;
  return (
    jobs.find(
      (job) =>
        (job.canonicalUrl === null || job.canonicalUrl !== posting.canonicalUrl) &&
        companyKey(job.company) === company &&
        isNearIdenticalTitle(job.title, posting.title),
    ) ?? null
  );
}
