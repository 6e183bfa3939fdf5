import { defineSelectorBoard, hostIs } from '../board';

// XING (xing.com/jobs/<city>-<slug>-<id>): a React app with `data-testid` hooks (job-details-title,
// job-details-company-info-name, job-fact-*), the description in an expandable block, and JSON-LD JobPosting,
// which fills whatever the hooks miss after a redesign.

export const xing = defineSelectorBoard({
  id: 'xing',
  label: 'XING',
  matchesUrl: (url) => hostIs(url, 'xing.com') && url.pathname.startsWith('/jobs/'),
  isPostingUrl: (url) => /^\/jobs\/[^/]*-\d{5,}\/?$/.test(url.pathname),
  title: ['[data-testid="job-details-title"]', 'main h1'],
  company: ['[data-testid="job-details-company-info-name"]', '[data-testid="header-company-name"]'],
  location: ['[data-testid="job-fact-location"]', '[data-testid="job-details-location"]'],
  employmentType: ['[data-testid="job-fact-employment-type"]'],
  description: [
    '[data-testid="expandable-content"]',
    '[data-testid="job-description-content"]',
    '#job-description',
  ],
});
