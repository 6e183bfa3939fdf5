// The canonical URL is the dedupe key for "saved twice is saved once": the same posting reached through a
// search page, a share link or an e-mail carries different tracking parameters, fragments and paths.

/** Query parameters that only say how a person arrived, never which posting it is. Compared lower-case. */
const TRACKING_PARAMS = new Set([
  'refid',
  'trackingid',
  'trk',
  'trkinfo',
  'lipi',
  'midtoken',
  'midsig',
  'ebp',
  'originalsubdomain',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'gh_src',
  'lever-source',
  'lever-origin',
  'lever-via',
  'ref',
  'referrer',
  'referer',
  'src',
  'source',
  'from',
  'tk',
  'vjs',
  'alid',
  'sid',
]);

const isTrackingParam = (name: string): boolean => {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
};

// LinkedIn shows one posting under /jobs/view/<id>, /jobs/view/<slug>-<id>, /comm/jobs/view/<id> and, on search
// and collection pages, ?currentJobId=<id>; all are the same job.
const LINKEDIN_VIEW = /^\/(?:comm\/)?jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?$/;

function linkedInJobId(url: URL): string | null {
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
  const fromPath = LINKEDIN_VIEW.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const current = url.searchParams.get('currentJobId');
  return current && /^\d+$/.test(current) ? current : null;
}

// Indeed: the posting is `jk` (or `vjk` on a search page); every other parameter is navigation.
function indeedJobKey(url: URL): string | null {
  if (!/(^|\.)indeed\.[a-z.]+$/.test(url.hostname)) return null;
  const key = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  return key && /^[0-9a-f]+$/i.test(key) ? key.toLowerCase() : null;
}

/**
 * Returns the canonical form of a posting URL: lower-case host, no fragment, no default port, no tracking
 * parameters, remaining parameters sorted, no trailing slash; LinkedIn and Indeed reduced to their job id.
 * Returns null for a value that is not a URL.
 */
export function canonicalizeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  url.hash = '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;

  const linkedIn = linkedInJobId(url);
  if (linkedIn) return `https://www.linkedin.com/jobs/view/${linkedIn}`;
  const indeed = indeedJobKey(url);
  if (indeed) return `${url.protocol}//${url.host}/viewjob?jk=${indeed}`;

  const kept = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  const query = new URLSearchParams(kept).toString();
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}${query ? `?${query}` : ''}`;
}
