// A board's own id for a posting, "board:id", read from a posting URL. Search-list cards carry the same id
// (LinkedIn data-job-id, Indeed data-jk, …; lib/sites/lists/), so a saved job's card is found without reading
// its title. Pure; null where the URL is not one board posting.

const PATTERNS: { board: string; host: RegExp; id: (url: URL) => string | null | undefined }[] = [
  {
    board: 'linkedin',
    host: /(^|\.)linkedin\.com$/,
    id: (url) =>
      /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?$/.exec(url.pathname)?.[1] ??
      url.searchParams.get('currentJobId'),
  },
  {
    board: 'indeed',
    host: /(^|\.)indeed\.[a-z.]+$/,
    id: (url) => (url.searchParams.get('jk') ?? url.searchParams.get('vjk'))?.toLowerCase(),
  },
  {
    board: 'glassdoor',
    host: /(^|\.)glassdoor\.[a-z.]+$/,
    id: (url) => url.searchParams.get('jl') ?? url.searchParams.get('jobListingId'),
  },
  {
    board: 'stepstone',
    host: /(^|\.)stepstone\.[a-z.]+$/,
    id: (url) => /--(\d{5,})-/.exec(url.pathname)?.[1],
  },
  { board: 'naukri', host: /(^|\.)naukri\.com$/, id: (url) => /-(\d{9,})\/?$/.exec(url.pathname)?.[1] },
  { board: 'wellfound', host: /(^|\.)wellfound\.com$/, id: (url) => /\/jobs\/(\d+)/.exec(url.pathname)?.[1] },
];

/** "linkedin:4275929861" for a LinkedIn posting URL, and so on; null for anything else. */
export function boardJobKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  for (const { board, host, id } of PATTERNS) {
    if (!host.test(url.hostname)) continue;
    const value = id(url);
    return value && /^[\w-]+$/.test(value) ? `${board}:${value}` : null;
  }
  return null;
}
