import { cleanText, defineSelectorBoard } from '../board';

// Wellfound (formerly AngelList Talent): /jobs/<id>-<slug> and /company/<slug>/jobs/<id>-<slug>, plus the
// search split view ?job_listing_slug=. Tailwind and CSS-module classes (`styles_description__*`), the company
// link `/company/<slug>`, and JSON-LD JobPosting that carries location and salary.

export const wellfound = defineSelectorBoard({
  id: 'wellfound',
  label: 'Wellfound',
  matchesUrl: (url) =>
    url.hostname === 'wellfound.com' && /^\/(?:jobs|company\/[^/]+\/jobs|role|l\/)/.test(url.pathname),
  isPostingUrl: (url) =>
    /^\/(?:company\/[^/]+\/)?jobs\/\d+/.test(url.pathname) ||
    /^\d+-/.test(url.searchParams.get('job_listing_slug') ?? ''),
  title: ['h1'],
  description: ['[class*="styles_description"]', '#job-description', '[data-test="JobDescription"]'],
  extra(doc) {
    const link = doc.querySelector('a[href^="/company/"] [class*="font-semibold"], a[href^="/company/"] h2');
    return { company: cleanText(link) };
  },
});
