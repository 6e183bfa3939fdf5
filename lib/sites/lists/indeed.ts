import type { ListBoard } from './list-board';

// Captured: indeed-serp-egypt-frontend.html and indeed-jp-serp-tokyo.html (../shared/fixtures/real-pages/
// boards). A result is a .cardOutline whose title link carries the job key (data-jk), as in viewjob?jk=.
export const indeedList: ListBoard = {
  id: 'indeed',
  host: /(^|\.)indeed\.[a-z.]+$/,
  card: '.cardOutline, .job_seen_beacon',
  title: '[id^="jobTitle-"], .jobTitle',
  company: '[data-testid="company-name"], .companyName',
  jobId: (card) => card.querySelector('[data-jk]')?.getAttribute('data-jk')?.toLowerCase(),
};
