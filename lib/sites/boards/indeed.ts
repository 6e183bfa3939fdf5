import type { Salary } from '../page-reading';
import { cleanText, defineSelectorBoard, hostIs, remoteFromLabel } from '../board';

// Indeed: the job view (/viewjob?jk=) and the search split view (?vjk=) render the same
// `jobsearch-JobInfoHeader-*` header, `data-testid="inlineHeader-*"` facts, `#salaryInfoAndJobType` and
// `#jobDescriptionText`. The title carries a screen-reader suffix "- job post".

// Pay as Indeed prints it: a currency sign, or a rate ("a year", "per hour", "pro Monat"). Matched on the lower-cased
// text with its word boundaries as lookarounds (every rate begins and ends with a letter): the same test as
// /\b…\b/i (bar a Kelvin sign for the k of 'week'), a quarter of its compile cost (~0.55 -> ~0.14 ms, first two
// calls in Node), paid on every Indeed page.
const PAY =
  /[$€£₹]|(?<!\w)(?:a|an|per) (?:year|month|hour|week|day)(?!\w)|(?<!\w)pro (?:jahr|monat|stunde)(?!\w)/;

// National sites live on subdomains (de.indeed.com, uk.indeed.com); a few old TLDs remain. Same list as BOARD_MATCHES.
// Compared as strings: every page asks each board's predicate, and a regex is compiled on its first use per page.
const INDEED_DOMAINS = ['indeed.com', 'indeed.de', 'indeed.fr', 'indeed.co.uk'];

export const indeed = defineSelectorBoard({
  id: 'indeed',
  label: 'Indeed',
  matchesUrl: (url) =>
    INDEED_DOMAINS.some((domain) => hostIs(url, domain)) &&
    (/^\/(?:m\/)?(?:viewjob|jobs|rc\/clk|pagead\/clk|q-|l-)/.test(url.pathname) ||
      url.searchParams.has('vjk') ||
      url.searchParams.has('jk')),
  isPostingUrl: (url) => Boolean(url.searchParams.get('vjk') ?? url.searchParams.get('jk')),
  title: [
    'h1.jobsearch-JobInfoHeader-title',
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title-container h1',
    'h2[data-testid="simpler-jobTitle"]',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-CompanyInfoContainer [data-company-name]',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  ],
  description: [
    '#jobDescriptionText',
    '.jobsearch-jobDescriptionText',
    '[data-testid="jobsearch-JobComponent-description"]',
  ],
  extra(doc, url, posting) {
    let salary: Salary | null = null;
    let employmentType: string | null = null;
    for (const span of Array.from(doc.querySelectorAll('#salaryInfoAndJobType span'))) {
      const text = cleanText(span)?.replace(/^[-–\s]+/, '') ?? '';
      if (!text) continue;
      if (PAY.test(text.toLowerCase())) {
        salary = { currency: null, min: null, max: null, unit: null, display: text };
      } else if (
        /time|contract|temporary|intern|permanent|vollzeit|teilzeit|festanstellung|cdi|cdd/i.test(text)
      ) {
        employmentType = text;
      }
    }
    // The job key of the job view (jk) or of the job selected in the search split view (vjk).
    const jobKey = url.searchParams.get('vjk') ?? url.searchParams.get('jk');
    return {
      url: jobKey ? `${url.origin}/viewjob?jk=${encodeURIComponent(jobKey)}` : null,
      identifier: jobKey,
      title: posting.title?.replace(/\s*-\s*job post$/i, '') ?? null,
      salary,
      employmentType,
      remote: remoteFromLabel(posting.location ?? null),
    };
  },
});
