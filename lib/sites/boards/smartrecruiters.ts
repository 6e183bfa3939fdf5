import { defineSelectorBoard, metaContent } from '../board';

// SmartRecruiters (jobs.smartrecruiters.com/<Company>/<id>-<slug>): schema.org microdata (`itemprop` title,
// hiringOrganization, jobLocation, employmentType), the `<spl-job-location formattedaddress>` element, and the
// `.job-sections` with `#st-companyDescription`, `#st-jobDescription`, `#st-qualifications`.

export const smartrecruiters = defineSelectorBoard({
  id: 'smartrecruiters',
  label: 'SmartRecruiters',
  matchesUrl: (url) =>
    url.hostname === 'jobs.smartrecruiters.com' || url.hostname === 'careers.smartrecruiters.com',
  isPostingUrl: (url) => /^\/[^/]+\/(?:job\/)?\d{6,}/.test(url.pathname),
  title: ['h1.job-title', '[itemprop="title"]'],
  location: ['[itemprop="jobLocation"] .job-detail', '[itemprop="jobLocation"]'],
  employmentType: ['[itemprop="employmentType"]'],
  description: ['.job-sections', '[itemprop="description"]', '#st-jobDescription'],
  extra(doc) {
    const org = doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]');
    const address = doc.querySelector('spl-job-location')?.getAttribute('formattedaddress');
    return {
      company: org?.getAttribute('content') ?? org?.textContent?.trim() ?? metaContent(doc, 'og:site_name'),
      location: address ?? null,
    };
  },
});
