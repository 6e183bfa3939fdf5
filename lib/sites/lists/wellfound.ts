import type { ListBoard } from './list-board';

// No captured list page: Wellfound groups jobs under each startup ([data-test="StartupResult"]); a job is a
// link to /jobs/<id>-<slug> whose row names the role.
export const wellfoundList: ListBoard = {
  id: 'wellfound',
  host: /(^|\.)wellfound\.com$/,
  card: '[data-test="StartupResult"] a[href*="/jobs/"]',
  title: null,
  company: 'h2',
  companyScope: '[data-test="StartupResult"]',
  jobId: (card) => /\/jobs\/(\d+)/.exec(card.getAttribute('href') ?? '')?.[1],
};
