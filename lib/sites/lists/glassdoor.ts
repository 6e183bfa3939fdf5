import type { ListBoard } from './list-board';

// No captured list page (Glassdoor served a bot check): selectors from its job list markup, where each result
// <li data-test="jobListing"> carries data-jobid, the id of the posting's ?jl= URL.
export const glassdoorList: ListBoard = {
  id: 'glassdoor',
  host: /(^|\.)glassdoor\.[a-z.]+$/,
  card: 'li[data-test="jobListing"], [data-test="jobListing"][data-jobid]',
  title: '[data-test="job-title"], [data-test="job-link"]',
  company: '[data-test="employer-name"], [class*="EmployerProfile_compactEmployerName"]',
  jobId: (card) =>
    card.getAttribute('data-jobid') ?? card.querySelector('[data-jobid]')?.getAttribute('data-jobid'),
};
