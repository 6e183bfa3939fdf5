import { cleanText, companyFromTitle, defineSelectorBoard, hostIs, remoteFromLabel } from '../board';

// Lever: `.posting-headline h2`, `.posting-categories` (`.location`, `.department`, `.commitment`,
// `.workplaceTypes`), the description sections in the `.section-wrapper` that holds
// `[data-qa="job-description"]`; the company is in the page title "Acme - Title" and the logo's alt.

export const lever = defineSelectorBoard({
  id: 'lever',
  label: 'Lever',
  sampleUrls: [
    'https://jobs.lever.co/acme/5f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b',
    'https://jobs.eu.lever.co/acme/0b9f8e7d-6c5b-4a39-8281-7f6e5d4c3b2a',
  ],
  matchesUrl: (url) => hostIs(url, 'lever.co') && url.hostname.startsWith('jobs.'),
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
