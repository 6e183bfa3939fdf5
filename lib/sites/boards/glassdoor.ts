import { cleanText, defineSelectorBoard, hostIs } from '../board';

// Glassdoor: the job listing (/job-listing/<slug>-JV_…htm?jl=) and the search split view (/Job/…htm?jl=) use
// `data-test` hooks (job-title, employer-name, location, detailSalary) in older builds and CSS-module stems
// (`JobDetails_jobTitle`, `EmployerProfile_employerName`, `JobDetails_jobDescription`) in newer ones.

// Same list as BOARD_MATCHES. Compared as strings, no regex: every page asks each board's predicate.
const GLASSDOOR_DOMAINS = [
  'glassdoor.com',
  'glassdoor.de',
  'glassdoor.co.uk',
  'glassdoor.fr',
  'glassdoor.ca',
  'glassdoor.co.in',
  'glassdoor.com.au',
];

export const glassdoor = defineSelectorBoard({
  id: 'glassdoor',
  label: 'Glassdoor',
  matchesUrl: (url) =>
    GLASSDOOR_DOMAINS.some((domain) => hostIs(url, domain)) &&
    (/^\/(?:job-listing|Job|Jobs)\//i.test(url.pathname) || url.searchParams.has('jl')),
  isPostingUrl: (url) => /^\/job-listing\//i.test(url.pathname) || url.searchParams.has('jl'),
  title: ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]'],
  company: [
    '[data-test="employer-name"]',
    '[class*="EmployerProfile_employerName"]',
    '[class*="EmployerProfile_compactEmployerName"]',
  ],
  location: ['[data-test="location"]', '[class*="JobDetails_location"]'],
  description: [
    // The stem with its hash separator: `JobDetails_jobDescriptionWrapper` also holds the "Show more" button.
    '[class*="JobDetails_jobDescription__"]',
    '.jobDescriptionContent',
    '#JobDescriptionContainer',
    '[data-test="jobDescriptionContent"]',
  ],
  extra(doc, _url, posting) {
    const salary = cleanText(
      doc.querySelector('[data-test="detailSalary"], [class*="SalaryEstimate_salaryRange"]'),
    );
    return {
      // The employer line also shows the rating ("Acme 4.1 ★").
      company: posting.company?.replace(/\s*\d(?:[.,]\d)?\s*★?$/, '') ?? null,
      salary: salary ? { currency: null, min: null, max: null, unit: null, display: salary } : null,
    };
  },
});
