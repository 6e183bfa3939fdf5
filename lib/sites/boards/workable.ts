import { cleanText, companyFromTitle, defineSelectorBoard, remoteFromLabel } from '../board';

// Workable (apply.workable.com/<company>/j/<shortcode>/): a single-page app marked with `data-ui` attributes
// (job-title, job-location, job-type, job-workplace, job-description, job-requirements, job-benefits).

export const workable = defineSelectorBoard({
  id: 'workable',
  label: 'Workable',
  matchesUrl: (url) => url.hostname === 'apply.workable.com',
  isPostingUrl: (url) => /^\/[^/]+\/j\/[0-9A-Z]+/i.test(url.pathname),
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
