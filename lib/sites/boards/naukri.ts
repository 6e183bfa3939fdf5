import { cleanText, defineSelectorBoard, hostIs } from '../board';

// Naukri (naukri.com/job-listings-<slug>-<id>): CSS-module classes with stable stems (`jd-header-title`,
// `jd-header-comp-name`, `jhc__location`, `jhc__exp`, `jhc__salary`, `JDC__dang-inner-html`, `key-skill`),
// matched by `[class*=…]` so the hash suffix may change.

export const naukri = defineSelectorBoard({
  id: 'naukri',
  label: 'Naukri',
  matchesUrl: (url) =>
    hostIs(url, 'naukri.com') &&
    (url.pathname.startsWith('/job-listings-') ||
      /-jobs(?:-in-|$|\/)/.test(url.pathname) ||
      url.searchParams.has('jobId')),
  isPostingUrl: (url) =>
    url.pathname.startsWith('/job-listings-') || /^\d+$/.test(url.searchParams.get('jobId') ?? ''),
  title: ['h1[class*="jd-header-title"]', '.jd-header-title'],
  company: ['[class*="jd-header-comp-name"] > a', '[class*="jd-header-comp-name"]'],
  location: ['[class*="jhc__location"] a', '[class*="jhc__location"]'],
  description: ['[class*="JDC__dang-inner-html"]', 'section[class*="job-desc-container"]', '.job-desc'],
  extra(doc, _url, posting) {
    const salary = cleanText(doc.querySelector('[class*="jhc__salary"]'));
    const skills = Array.from(doc.querySelectorAll('[class*="key-skill"] a'))
      .map((a) => cleanText(a))
      .filter((s): s is string => s !== null);
    return {
      company: posting.company?.replace(/\s*[\d.]+\s*\d*\s*Reviews?$/i, '') ?? null,
      location: posting.location?.replace(/^Location:\s*/i, '') ?? null,
      experienceRequirements: cleanText(doc.querySelector('[class*="jhc__exp"]')),
      salary:
        salary && !/not disclosed/i.test(salary)
          ? { currency: null, min: null, max: null, unit: null, display: salary }
          : null,
      jsonLdSkills: skills.length ? skills : undefined,
    };
  },
});
