// Match patterns of the job boards the content script runs on without asking. Other sites need the user's
// grant ("Enable on this site") or a click on the toolbar button. Kept here, apart from the readers, so the
// manifest and the readers cannot drift apart unnoticed (a test checks every reader's URLs are covered).
export const BOARD_MATCHES: string[] = [
  '*://*.linkedin.com/jobs/*',
  '*://*.linkedin.com/comm/jobs/*',
  '*://*.indeed.com/*',
  '*://*.indeed.de/*',
  '*://*.indeed.co.uk/*',
  '*://*.indeed.fr/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://apply.workable.com/*',
  '*://*.stepstone.de/*',
  '*://*.stepstone.at/*',
  '*://*.xing.com/jobs/*',
  '*://*.naukri.com/*',
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.de/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.glassdoor.fr/*',
  '*://*.glassdoor.ca/*',
  '*://*.glassdoor.co.in/*',
  '*://*.glassdoor.com.au/*',
  '*://wellfound.com/*',
  '*://*.jobs.personio.de/*',
  '*://*.jobs.personio.com/*',
  '*://*.recruitee.com/*',
  '*://*.teamtailor.com/*',
];

// Only in the demo build (`--mode demo`, used by `npm start` and the e2e tests): the local fixture server.
export const LOCAL_FIXTURE_MATCHES: string[] = ['http://127.0.0.1/*'];

// The content script's entrypoint names this one placeholder pattern instead of BOARD_MATCHES, and the build writes
// BOARD_MATCHES into the manifest in its place (wxt.config.ts): WXT keeps an entrypoint's options in its bundle, and
// the full list cost the content script about 250 bytes of its 30 KB gzip budget for nothing it reads at run time.
export const BOARD_MATCHES_PLACEHOLDER = '*://gapmark-board-matches.invalid/*';
