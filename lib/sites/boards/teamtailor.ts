import { companyFromTitle, defineSelectorBoard, hostIs, metaContent } from '../board';

// Teamtailor (<company>.teamtailor.com/jobs/<id>-<slug>): Tailwind markup with `font-company-header` titles
// and the body in `.prose.font-company-body`; the company from og:site_name or the page title; JSON-LD
// JobPosting.

export const teamtailor = defineSelectorBoard({
  id: 'teamtailor',
  label: 'Teamtailor',
  matchesUrl: (url) => hostIs(url, 'teamtailor.com') && url.pathname.startsWith('/jobs/'),
  isPostingUrl: (url) => /^\/jobs\/\d+/.test(url.pathname),
  title: ['h1.font-company-header', 'h1'],
  location: ['[data-job-location]', 'dl .job-location'],
  description: ['.prose.font-company-body', '[data-controller="job-ad"] .prose', '.prose'],
  extra(doc) {
    return { company: metaContent(doc, 'og:site_name') ?? companyFromTitle(doc, /\s-\s(.+?)\s*$/) };
  },
});
