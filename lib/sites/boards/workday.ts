import type { Board } from '../board';
import { cleanText, defineSelectorBoard, hostIs, remoteFromLabel } from '../board';
import { readJsonLdPostings } from '../jsonld';

// Workday (*.myworkdayjobs.com): a single-page app addressed by `data-automation-id` (jobPostingHeader,
// locations, time, remoteType, requisitionId, jobPostingDescription); the company only in JSON-LD
// (hiringOrganization), which Workday emits on job pages, also in the server HTML before the app renders.
// Split view: /<site>/details/<slug>.

function fact(doc: Document, id: string): string | null {
  const box = doc.querySelector(`[data-automation-id="${id}"]`);
  return cleanText(box?.querySelector('dd') ?? box);
}

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The employer as people know it. JSON-LD names the legal entity that hires ("Autodesk Canada Co.", "Thales UK
 * Limited"); the Workday tenant (the host's first label) is the employer's short name. When the legal name
 * begins with the tenant's words, those words are the name shown; otherwise the legal name is.
 */
export function workdayEmployer(legalName: string | null, url: URL): string | null {
  if (!legalName) return null;
  const tenant = letters(url.hostname.split('.')[0] ?? '');
  if (tenant.length < 2) return legalName;
  const words = legalName.trim().split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    const got = letters(head);
    if (got === tenant) return head.replace(/[,.;:]+$/, '');
    if (!tenant.startsWith(got)) break;
  }
  return legalName;
}

const selectorReader = defineSelectorBoard({
  id: 'workday',
  label: 'Workday',
  matchesUrl: () => true,
  title: ['[data-automation-id="jobPostingHeader"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  extra(doc) {
    return {
      location: fact(doc, 'locations'),
      employmentType: fact(doc, 'time'),
      remote: remoteFromLabel(fact(doc, 'remoteType')),
      identifier: fact(doc, 'requisitionId'),
    };
  },
});

export const workday: Board = {
  id: 'workday',
  label: 'Workday',
  matchesUrl: (url) => hostIs(url, 'myworkdayjobs.com'),
  isPostingUrl: (url) => /\/(?:job|details)\/[^/]+/.test(url.pathname),
  descriptionRoot: (doc) => selectorReader.descriptionRoot?.(doc) ?? null,
  read(doc, url) {
    const postings = readJsonLdPostings(doc);
    // The server HTML (before the app renders) carries only the JSON-LD: still this board's posting.
    const reading =
      selectorReader.read(doc, url) ??
      (postings.length === 1 ? { posting: {}, descriptionRoot: null } : null);
    if (!reading) return null;
    const legal = postings.length === 1 ? (postings[0]?.details.company ?? null) : null;
    return { ...reading, posting: { ...reading.posting, company: workdayEmployer(legal, url) } };
  },
};
