import { companyFromTitle, defineSelectorBoard, hostIs, metaContent } from '../board';

// Recruitee (<company>.recruitee.com/o/<slug>): the careers site's offer page with `job-title`,
// `job-details` facts (location, type) and `job-description` blocks, plus JSON-LD JobPosting.

export const recruitee = defineSelectorBoard({
  id: 'recruitee',
  label: 'Recruitee',
  matchesUrl: (url) => hostIs(url, 'recruitee.com') && url.pathname.startsWith('/o/'),
  isPostingUrl: (url) => /^\/o\/[^/]+\/?$/.test(url.pathname),
  title: ['h1.job-title', '[data-testid="job-title"]', 'h1'],
  location: ['.job-details .job-location', '[data-testid="job-location"]'],
  employmentType: ['.job-details .job-type', '[data-testid="job-type"]'],
  description: ['.job-description', '[data-testid="job-description"]'],
  extra(doc) {
    return { company: metaContent(doc, 'og:site_name') ?? companyFromTitle(doc, /\s-\s(.+?)\s*$/) };
  },
});
