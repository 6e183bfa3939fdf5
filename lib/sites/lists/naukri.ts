import type { ListBoard } from './list-board';

// No captured list page (the capture is the app shell): Naukri's result tuples carry data-job-id, the number
// that ends the posting's URL.
export const naukriList: ListBoard = {
  id: 'naukri',
  host: /(^|\.)naukri\.com$/,
  card: '.srp-jobtuple-wrapper[data-job-id], article.jobTuple[data-job-id], [data-job-id].cust-job-tuple',
  title: 'a.title, .title',
  company: 'a.comp-name, .comp-name, .subTitle',
  jobId: (card) => card.getAttribute('data-job-id'),
};
