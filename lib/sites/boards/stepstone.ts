import { cleanText, defineSelectorBoard, hostIs, remoteFromLabel } from '../board';

// StepStone (stepstone.de and stepstone.at, /stellenangebote--<slug>--<id>-inline.html): `data-at` attributes (header-job-title,
// metadata-company-name, metadata-location, metadata-contract-type, metadata-work-type, job-ad-content and the
// section-text-* blocks) plus JSON-LD JobPosting.

export const stepstone = defineSelectorBoard({
  id: 'stepstone',
  label: 'StepStone',
  matchesUrl: (url) =>
    (hostIs(url, 'stepstone.de') || hostIs(url, 'stepstone.at')) &&
    /^\/(?:stellenangebote--|jobs\/|job\/|work\/)/.test(url.pathname),
  isPostingUrl: (url) => /^\/stellenangebote--.+--\d+(?:-inline)?\.html$/.test(url.pathname),
  title: ['[data-at="header-job-title"]', '.listing__job-title'],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  employmentType: ['[data-at="metadata-contract-type"]'],
  description: ['[data-at="job-ad-content"]', '.js-app-ld-ContentBlock'],
  extra(doc) {
    return { remote: remoteFromLabel(cleanText(doc.querySelector('[data-at="metadata-work-type"]'))) };
  },
});
