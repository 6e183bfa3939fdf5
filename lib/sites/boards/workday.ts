import { cleanText, defineSelectorBoard, hostIs, remoteFromLabel } from '../board';

// Workday (*.myworkdayjobs.com): a single-page app addressed by `data-automation-id` (jobPostingHeader,
// locations, time, remoteType, requisitionId, jobPostingDescription); the company only in JSON-LD
// (hiringOrganization), which Workday emits on job pages. Split view: /<site>/details/<slug>.

function fact(doc: Document, id: string): string | null {
  const box = doc.querySelector(`[data-automation-id="${id}"]`);
  return cleanText(box?.querySelector('dd') ?? box);
}

export const workday = defineSelectorBoard({
  id: 'workday',
  label: 'Workday',
  sampleUrls: [
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin-Germany/Senior-Backend-Engineer_R-104233',
    'https://acme.wd1.myworkdayjobs.com/Careers/details/Data-Engineer_JR0012345?q=data',
  ],
  matchesUrl: (url) => hostIs(url, 'myworkdayjobs.com'),
  title: ['[data-automation-id="jobPostingHeader"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  extra(doc) {
    return {
      location: fact(doc, 'locations'),
      employmentType: fact(doc, 'time'),
      remote: remoteFromLabel(fact(doc, 'remoteType')),
      identifier: fact(doc, 'requisitionId'),
    };
  },
});
