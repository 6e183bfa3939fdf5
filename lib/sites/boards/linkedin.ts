import type { Board } from '../board';
import { cleanText, hostIs, queryFirst, queryText, remoteFromLabel } from '../board';
import { ABOUT_THE_JOB, findHeading, sectionOfHeading } from '../find-section-by-heading';
import { formatEmploymentType } from '../jsonld';

// LinkedIn: the logged-in job view and the split views (search, collections) share the
// `job-details-jobs-unified-top-card__*` top card and the `jobs-description` box; logged-out (guest) pages use
// `top-card-layout` / `topcard__*`, `show-more-less-html__markup` and carry JSON-LD with an entity-encoded
// description.

const DESCRIPTION = [
  '#job-details',
  '.jobs-description-content__text',
  '.jobs-description__content',
  '.jobs-box__html-content',
  '.show-more-less-html__markup',
  '.description__text',
];

const EMPLOYMENT =
  /^(full[- ]time|part[- ]time|contract|temporary|internship|volunteer|temps plein|temps partiel|cdi|cdd|stage|freelance|intérim|vollzeit|teilzeit|befristet|praktikum)$/i;

/** The short labels of the logged-in top card ("Sur site", "Temps plein", "Remote", "Full-time"). */
function insightLabels(doc: Document): string[] {
  const selectors = [
    '.job-details-jobs-unified-top-card__job-insight span[aria-hidden="true"]',
    '.job-details-jobs-unified-top-card__job-insight-view-model-secondary',
    '.job-details-preferences-and-skills__pill .ui-label span[aria-hidden="true"]',
    '.job-details-fit-level-preferences button strong',
    '.jobs-unified-top-card__workplace-type',
  ];
  const out: string[] = [];
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const visible = el.querySelector('span[aria-hidden="true"]') ?? el;
      const text = cleanText(visible);
      if (text && text.length < 40) out.push(text);
    }
  }
  return out;
}

/** The location: the bare text between the company link and the "x days ago" span of the top card. */
function readLocation(doc: Document): string | null {
  const tertiary = queryText(doc, [
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor-row .topcard__flavor--bullet:not(.num-applicants__caption)',
  ]);
  if (tertiary) return tertiary;
  const primary = queryFirst(doc, [
    '.job-details-jobs-unified-top-card__primary-description-without-tagline',
    '.job-details-jobs-unified-top-card__primary-description',
  ]);
  if (!primary) return null;
  for (let node = primary.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 3) continue;
    const text = (node.textContent ?? '').replace(/[·•]/g, ' ').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/** Guest pages list "Employment type: Full-time" in a criteria list. */
function guestCriterion(doc: Document, heading: RegExp): string | null {
  for (const item of Array.from(doc.querySelectorAll('.description__job-criteria-item'))) {
    const label = cleanText(item.querySelector('.description__job-criteria-subheader'));
    if (label && heading.test(label)) return cleanText(item.querySelector('.description__job-criteria-text'));
  }
  return null;
}

/**
 * What survives LinkedIn's redesigns when every class name is hashed (the logged-in job view of 2026): the
 * document title "Job title | Company | LinkedIn" (a "(3) " count of notifications may lead it) and the heading
 * "About the job" in the interface language, which opens the description.
 */
export function titleAndCompanyFromDocumentTitle(doc: Document): { title: string; company: string } | null {
  const m = /^(?:\(\d+\+?\)\s*)?(.+?)\s+\|\s+(.+?)\s+\|\s+LinkedIn\s*$/.exec(doc.title.trim());
  if (!m) return null;
  return { title: m[1]!.trim(), company: m[2]!.trim() };
}

function descriptionByHeading(doc: Document): Element | null {
  const heading = findHeading(doc, ABOUT_THE_JOB);
  return heading ? sectionOfHeading(heading) : null;
}

/** The job id of a job view or of the job selected in a split view. */
export function linkedinJobId(url: URL): string | null {
  const selected = url.searchParams.get('currentJobId');
  if (selected && /^\d+$/.test(selected)) return selected;
  return /\/jobs\/view\/(?:[^/]*-)?(\d{6,})/.exec(url.pathname)?.[1] ?? null;
}

export const linkedin: Board = {
  id: 'linkedin',
  label: 'LinkedIn',
  matchesUrl: (url) => hostIs(url, 'linkedin.com') && /^\/(?:comm\/)?jobs\//.test(url.pathname),
  isPostingUrl: (url) => linkedinJobId(url) !== null,
  descriptionRoot: (doc) => queryFirst(doc, DESCRIPTION) ?? descriptionByHeading(doc),
  read(doc, url) {
    const root = queryFirst(doc, DESCRIPTION) ?? descriptionByHeading(doc);
    const fromDocumentTitle = titleAndCompanyFromDocumentTitle(doc);
    const title =
      queryText(doc, [
        '.job-details-jobs-unified-top-card__job-title',
        '.jobs-unified-top-card__job-title',
        // Guest job page (h1) and the guest search page's detail panel (h2).
        '.top-card-layout__title',
        '.topcard__title',
      ]) ?? (root ? (fromDocumentTitle?.title ?? null) : null);
    if (!root && !title) return null;
    const labels = insightLabels(doc);
    const workplace = labels.map(remoteFromLabel).find((r) => r !== null) ?? null;
    const employment =
      labels.find((l) => EMPLOYMENT.test(l)) ??
      guestCriterion(doc, /employment type|type d.emploi|beschäftigungsverhältnis/i);
    const jobId = linkedinJobId(url);
    return {
      descriptionRoot: root,
      posting: {
        // One URL per posting, whichever view shows it, so saving from a split view and from the job page match.
        url: jobId ? `https://www.linkedin.com/jobs/view/${jobId}/` : null,
        identifier: jobId,
        title,
        company:
          queryText(doc, [
            '.job-details-jobs-unified-top-card__company-name',
            '.job-details-jobs-unified-top-card__primary-description-without-tagline a',
            '.job-details-jobs-unified-top-card__primary-description-container a',
            '.jobs-unified-top-card__company-name',
            '.topcard__org-name-link',
          ]) ?? (root ? (fromDocumentTitle?.company ?? null) : null),
        location: readLocation(doc),
        remote: workplace,
        employmentType: employment ? formatEmploymentType(employment) : null,
      },
    };
  },
};
