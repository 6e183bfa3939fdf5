import { companyFromTitle, defineSelectorBoard } from '../board';

// Personio (<company>.jobs.personio.de/job/<id>): server-rendered job page with JSON-LD JobPosting; the DOM
// hooks below are the job-details header and description blocks. Where a redesign moves them, the registry
// finds the description on the page from the JSON-LD text instead.

export const personio = defineSelectorBoard({
  id: 'personio',
  label: 'Personio',
  matchesUrl: (url) => {
    // Strings, not a regex: every page asks each board's predicate.
    const host = url.hostname.toLowerCase();
    return host.endsWith('.jobs.personio.de') || host.endsWith('.jobs.personio.com');
  },
  isPostingUrl: (url) => /^\/job\/\d+/.test(url.pathname),
  title: ['.job-details-header h1', '[data-test-id="job-title"]', 'h1'],
  location: ['.job-details-header .job-location', '[data-test-id="job-location"]'],
  employmentType: ['.job-details-header .job-employment-type', '[data-test-id="job-employment-type"]'],
  description: ['.job-details-description', '[data-test-id="job-description"]', '#job-description'],
  extra(doc) {
    return { company: companyFromTitle(doc, /(?:Karriere bei|Careers at|Jobs bei|Jobs at)\s+(.+?)\s*$/i) };
  },
});
