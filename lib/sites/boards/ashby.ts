import { cleanText, companyFromTitle, defineSelectorBoard, remoteFromLabel } from '../board';

// Ashby (jobs.ashbyhq.com): stable `ashby-job-posting-*` class names (heading, left pane with the brief list,
// right pane), hashed `_descriptionText_*` for the body, JSON-LD JobPosting, and a page title "Title @ Company".

function briefFact(doc: Document, heading: RegExp): string | null {
  for (const h of Array.from(
    doc.querySelectorAll('.ashby-job-posting-left-pane h2, .ashby-job-posting-brief-list h2'),
  )) {
    if (heading.test(cleanText(h) ?? '')) return cleanText(h.nextElementSibling);
  }
  return null;
}

export const ashby = defineSelectorBoard({
  id: 'ashby',
  label: 'Ashby',
  matchesUrl: (url) => url.hostname === 'jobs.ashbyhq.com',
  isPostingUrl: (url) =>
    /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(url.pathname),
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading', 'h1[class*="_title_"]'],
  description: [
    '.ashby-job-posting-right-pane [class*="_descriptionText_"]',
    '[class*="_descriptionText_"]',
    '.ashby-job-posting-right-pane',
  ],
  extra(doc) {
    return {
      company: companyFromTitle(doc, /@\s*(.+?)\s*$/),
      location: briefFact(doc, /^location$/i),
      employmentType: briefFact(doc, /^employment type$/i),
      remote: remoteFromLabel(briefFact(doc, /^location type$/i)),
    };
  },
});
