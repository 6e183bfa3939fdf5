import { cleanText, companyFromTitle, defineSelectorBoard, remoteFromLabel } from '../board';

// Workable (apply.workable.com/<company>/j/<shortcode>/): a single-page app marked with `data-ui` attributes
// (job-title, job-location, job-type, job-workplace, job-description, job-requirements, job-benefits).

export const workable = defineSelectorBoard({
  id: 'workable',
  label: 'Workable',
  sampleUrls: [
    'https://apply.workable.com/acme/j/4B2C9D1E0F/',
    'https://apply.workable.com/acme/?lng=en#jobs/j/4B2C9D1E0F',
  ],
  matchesUrl: (url) => url.hostname === 'apply.workable.com',
  title: ['[data-ui="job-title"]', 'h1[data-ui="job-title"]'],
  company: ['[data-ui="company-name"]'],
  location: ['[data-ui="job-location"]'],
  employmentType: ['[data-ui="job-type"]'],
  description: ['[data-ui="job-description"]'],
  // The description, requirements and benefits are sibling sections: their parent is the whole posting body.
  findDescription(doc) {
    const description = doc.querySelector('[data-ui="job-description"]');
    const parent = description?.parentElement;
    return parent?.querySelector('[data-ui="job-requirements"]') ? parent : (description ?? null);
  },
  extra(doc, _url, posting) {
    return {
      company: posting.company ?? companyFromTitle(doc, /\s-\s(.+?)\s*$/),
      remote: remoteFromLabel(cleanText(doc.querySelector('[data-ui="job-workplace"]'))),
    };
  },
});
