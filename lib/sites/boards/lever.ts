import { cleanText, companyFromTitle, defineSelectorBoard, hostIs, remoteFromLabel } from '../board';

// Lever: `.posting-headline h2`, `.posting-categories` (`.location`, `.department`, `.commitment`,
// `.workplaceTypes`), the description sections in the `.section-wrapper` that holds
// `[data-qa="job-description"]`; the company is in the page title "Acme - Title" and the logo's alt.

export const lever = defineSelectorBoard({
  id: 'lever',
  label: 'Lever',
  matchesUrl: (url) => hostIs(url, 'lever.co') && url.hostname.startsWith('jobs.'),
  isPostingUrl: (url) =>
    /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(url.pathname),
  title: ['.posting-headline h2', '.posting-header h2', '[data-qa="posting-name"]'],
  location: ['.posting-categories .location'],
  employmentType: ['.posting-categories .commitment'],
  description: ['.content .section-wrapper.page-full-width:not(.accent-section)'],
  findDescription: (doc) =>
    doc.querySelector('[data-qa="job-description"]')?.closest('.section-wrapper') ?? null,
  extra(doc, _url, posting) {
    const logoAlt = doc
      .querySelector('.main-header-logo img')
      ?.getAttribute('alt')
      ?.replace(/\s*logo$/i, '');
    return {
      company: logoAlt || companyFromTitle(doc, /^(.+?)\s+-\s+/),
      employmentType: posting.employmentType?.replace(/[\s/–-]+$/, '') ?? null,
      location: posting.location?.replace(/[\s/–-]+$/, '') ?? null,
      remote: remoteFromLabel(cleanText(doc.querySelector('.posting-categories .workplaceTypes'))),
    };
  },
});
