import { describe, expect, it } from 'vitest';
import { BOARDS, findBoard, readPage, type Board } from '@/lib/sites';
import { remoteFromLabel } from '@/lib/sites/board';
import { BOARD_MATCHES } from '@/lib/sites/matches';
import { listSiteFixtures } from '../../fixtures/sites';
import { SAMPLE_URLS } from '../../fixtures/sites/sample-urls';
import { loadDocument } from './load-document';
import { matchesPattern } from './match-pattern';

const fixtures = listSiteFixtures();
const boardIds = new Set(BOARDS.map((b) => b.id));
const boardFixtureUrls = (board: Board) => fixtures.filter((f) => f.folder === board.id).map((f) => f.url);
const urlsOf = (board: Board) => [...(SAMPLE_URLS[board.id] ?? []), ...boardFixtureUrls(board)];

// Pages on board hosts (or elsewhere) that are not job pages: no board may claim them.
const NOT_BOARD_PAGES = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/someone/',
  'https://www.linkedin.com/authwall?sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fjobs%2Fview%2F1',
  'https://www.indeed.com/companies/best-places-to-work',
  'https://www.glassdoor.com/Reviews/acme-reviews-E12345.htm',
  'https://www.xing.com/profile/Jane_Doe',
  'https://www.stepstone.de/',
  'https://wellfound.com/',
  'https://www.naukri.com/mnjuser/profile',
  'https://acme.recruitee.com/',
  'https://acme.teamtailor.com/',
  'https://www.google.com/search?q=backend+jobs',
  'https://github.com/acme/jobs',
  'https://careers.gridwell.example/jobs/ml-engineer-forecasting',
];

describe('board URL matrix', () => {
  const rows = BOARDS.flatMap((board) => urlsOf(board).map((url) => [board.id, url] as const));

  it.each(rows)('%s claims %s and no other board does', (id, url) => {
    const u = new URL(url);
    const claimants = BOARDS.filter((b) => b.matchesUrl(u)).map((b) => b.id);
    expect(claimants).toEqual([id]);
    expect(findBoard(u)?.id).toBe(id);
  });

  it.each(NOT_BOARD_PAGES)('no board claims %s', (url) => {
    expect(BOARDS.filter((b) => b.matchesUrl(new URL(url))).map((b) => b.id)).toEqual([]);
  });

  it.each(fixtures.filter((f) => !boardIds.has(f.folder)).map((f) => [f.id, f.url] as const))(
    'non-board fixture %s (%s) is claimed by no board',
    (_id, url) => {
      expect(findBoard(new URL(url))).toBeNull();
    },
  );

  // The host tests are string comparisons: every national domain and subdomain, in any case, and no look-alike.
  it.each([
    ['https://www.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://indeed.co.uk/viewjob?jk=1', 'indeed'],
    ['https://UK.Indeed.CO.UK/viewjob?jk=1', 'indeed'],
    ['https://fr.indeed.fr/viewjob?jk=1', 'indeed'],
    ['https://notindeed.com/viewjob?jk=1', null],
    ['https://indeed.com.evil.example/viewjob?jk=1', null],
    ['https://www.indeed.ca/viewjob?jk=1', null],
    ['https://www.glassdoor.co.in/job-listing/x-JV_1.htm?jl=1', 'glassdoor'],
    ['https://GLASSDOOR.com.au/Job/x.htm', 'glassdoor'],
    ['https://www.glassdoor.ca/Jobs/x.htm', 'glassdoor'],
    ['https://www.myglassdoor.com/Job/x.htm', null],
    ['https://www.glassdoor.com.br/Job/x.htm', null],
    ['https://acme.jobs.personio.com/job/1', 'personio'],
    ['https://Acme.Jobs.Personio.DE/job/1', 'personio'],
    ['https://jobs.personio.de/job/1', null],
    ['https://acme.jobs.personio.de.evil.example/job/1', null],
  ])('%s is claimed by %s', (url, id) => {
    expect(findBoard(new URL(url))?.id ?? null).toBe(id);
  });

  it('greenhouse also claims company pages that embed a board (gh_jid)', () => {
    expect(findBoard(new URL('https://www.acme.example/careers/open-roles?gh_jid=4012345006'))?.id).toBe(
      'greenhouse',
    );
  });
});

describe('board conventions', () => {
  const modules = import.meta.glob<Record<string, unknown>>('../../../lib/sites/boards/*.ts', {
    eager: true,
  });
  const files = Object.entries(modules).map(
    ([file, mod]) => [file.replace(/^.*\/|\.ts$/g, ''), mod] as const,
  );

  it('there is one board file per registered board', () => {
    expect(files.map(([name]) => name).sort()).toEqual([...boardIds].sort());
    expect(BOARDS).toHaveLength(16);
  });

  it.each(files)('boards/%s.ts exports a registered board with its file name as id', (name, mod) => {
    const exported = Object.values(mod).filter(
      (v): v is Board => typeof v === 'object' && v !== null && 'matchesUrl' in v,
    );
    expect(exported).toHaveLength(1);
    expect(exported[0]!.id).toBe(name);
    expect(BOARDS).toContain(exported[0]);
  });

  it.each(BOARDS.map((b) => [b.id, b] as const))(
    '%s has sample URLs and a fixture with URL and date',
    (_id, board) => {
      expect(SAMPLE_URLS[board.id]?.length ?? 0).toBeGreaterThanOrEqual(1);
      const own = fixtures.filter((f) => f.folder === board.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      for (const f of own) {
        expect(f.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(board.matchesUrl(new URL(f.url))).toBe(true);
        expect(f.expected.source).toBe(board.id);
      }
    },
  );

  // Company sites embedding a Greenhouse board run the script only after the user grants that site.
  const needsSiteGrant = (url: string) =>
    new URL(url).searchParams.has('gh_jid') && !url.includes('greenhouse.io');

  it.each(
    BOARDS.flatMap((b) =>
      urlsOf(b)
        .filter((u) => !needsSiteGrant(u))
        .map((url) => [b.id, url] as const),
    ),
  )('BOARD_MATCHES covers %s URL %s', (_id, url) => {
    expect(BOARD_MATCHES.some((pattern) => matchesPattern(pattern, new URL(url)))).toBe(true);
  });

  it.each([
    ['*://*.indeed.com/*', 'https://de.indeed.com/viewjob?jk=1', true],
    ['*://*.indeed.com/*', 'https://indeed.com/viewjob', true],
    ['*://*.indeed.com/*', 'https://notindeed.com/viewjob', false],
    ['*://*.linkedin.com/jobs/*', 'https://www.linkedin.com/feed/', false],
    ['*://jobs.lever.co/*', 'http://jobs.lever.co/acme/1', true],
    ['https://jobs.lever.co/*', 'http://jobs.lever.co/acme/1', false],
  ])('the test matcher: %s vs %s -> %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(expected);
  });
});

describe('one URL per posting, whichever view shows it', () => {
  it.each([
    [
      'https://www.linkedin.com/jobs/search/?currentJobId=3797662873&keywords=x',
      'https://www.linkedin.com/jobs/view/3797662873/',
      '3797662873',
    ],
    [
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3786945580',
      'https://www.linkedin.com/jobs/view/3786945580/',
      '3786945580',
    ],
    [
      'https://fr.linkedin.com/jobs/view/data-engineer-at-lincoln-3786945580',
      'https://www.linkedin.com/jobs/view/3786945580/',
      '3786945580',
    ],
    [
      'https://www.indeed.com/jobs?q=x&vjk=8f3a2b1c4d5e6f70',
      'https://www.indeed.com/viewjob?jk=8f3a2b1c4d5e6f70',
      '8f3a2b1c4d5e6f70',
    ],
    [
      'https://de.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b&from=serp',
      'https://de.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b',
      '0a1b2c3d4e5f6a7b',
    ],
  ])('%s -> %s', (pageUrl, postingUrl, id) => {
    const html =
      '<h1 class="job-details-jobs-unified-top-card__job-title jobsearch-JobInfoHeader-title">Engineer</h1>' +
      `<div id="job-details"><div id="jobDescriptionText"><p>${'Build and run services in Go and Python on Kubernetes. '.repeat(4)}</p></div></div>`;
    const reading = readPage(loadDocument(`<html><body>${html}</body></html>`, pageUrl), new URL(pageUrl));
    expect(reading.isJobPosting).toBe(true);
    expect(reading.posting.url).toBe(postingUrl);
    expect(reading.posting.identifier).toBe(id);
  });
});

// Indeed's pay and job type line: pay by a currency sign or a rate, in any case; a rate inside a word is not one.
describe('Indeed pay and job type', () => {
  it.each([
    ['$120,000 - $150,000 a year', 'Full-time', '$120,000 - $150,000 a year', 'Full-time'],
    ['Up to 50,000 PER YEAR', 'Permanent', 'Up to 50,000 PER YEAR', 'Permanent'],
    ['4.000 pro Monat', 'Vollzeit', '4.000 pro Monat', 'Vollzeit'],
    ['₹8,00,000 an year', 'Internship', '₹8,00,000 an year', 'Internship'],
    ['Extra year', 'Part-time', null, 'Part-time'],
    ['Paid per hourly', 'Contract', null, 'Contract'],
  ])('%j and %j', (first, second, salary, employmentType) => {
    const url = 'https://www.indeed.com/viewjob?jk=8f3a2b1c4d5e6f70';
    const html =
      '<h1 class="jobsearch-JobInfoHeader-title">Engineer</h1>' +
      `<div id="salaryInfoAndJobType"><span>${first}</span><span> - ${second}</span></div>` +
      `<div id="jobDescriptionText"><p>${'Build and run services in Go and Python on Kubernetes. '.repeat(4)}</p></div>`;
    const reading = readPage(loadDocument(`<html><body>${html}</body></html>`, url), new URL(url));
    expect(reading.posting.salary?.display ?? null).toBe(salary);
    expect(reading.posting.employmentType).toBe(employmentType);
  });
});

// A URL that names one posting: there a page that yields nothing falls back to the generic reader and, failing
// that, says "could not read". A board's home, search or company page is not one.
describe('posting URLs', () => {
  const postingUrls: Record<string, string[]> = {
    glassdoor: [
      'https://www.glassdoor.com/job-listing/senior-data-engineer-acme-JV_IC1147401_KO0,20_KE21,25.htm?jl=1009512345678',
      'https://www.glassdoor.de/Job/berlin-backend-jobs-SRCH_IL.0,6_IC2622109_KO7,14.htm?jl=1009512345678',
    ],
    naukri: [
      'https://www.naukri.com/job-listings-senior-python-developer-acme-technologies-bengaluru-5-to-8-years-121124500123',
      'https://www.naukri.com/python-developer-jobs-in-bangalore?jobId=121124500123',
    ],
    smartrecruiters: [
      'https://jobs.smartrecruiters.com/AcmeGmbH/743999912345678-senior-backend-engineer-m-w-d-',
      'https://careers.smartrecruiters.com/Acme/job/3743990001234567',
    ],
    stepstone: [
      'https://www.stepstone.de/stellenangebote--Senior-Java-Entwickler-m-w-d-Berlin-Acme-GmbH--11223344-inline.html',
      'https://www.stepstone.at/stellenangebote--OTR-Manager-Wien-Acme-Europe--876597-inline.html',
    ],
    xing: ['https://www.xing.com/jobs/berlin-data-engineer-129001122?ijt=jb_18'],
    personio: ['https://acme.jobs.personio.de/job/1234567?language=de&display=en'],
    recruitee: ['https://acme.recruitee.com/o/senior-backend-engineer'],
    teamtailor: ['https://acme.teamtailor.com/jobs/4567890-senior-backend-engineer'],
    wellfound: [
      'https://wellfound.com/jobs/2876543-senior-full-stack-engineer',
      'https://wellfound.com/company/acme-ai/jobs/2876543-senior-full-stack-engineer',
      'https://wellfound.com/jobs?job_listing_slug=2876543-senior-full-stack-engineer',
    ],
  };
  const notPostingUrls: Record<string, string[]> = {
    glassdoor: ['https://www.glassdoor.com/Job/berlin-backend-jobs-SRCH_IL.0,6_IC2622109_KO7,14.htm'],
    naukri: ['https://www.naukri.com/python-developer-jobs-in-bangalore'],
    smartrecruiters: [
      'https://jobs.smartrecruiters.com/AcmeGmbH',
      'https://jobs.smartrecruiters.com/sr-jobs/search',
    ],
    stepstone: [
      'https://www.stepstone.de/jobs/software-engineer/in-40210',
      'https://www.stepstone.at/jobs/manager',
    ],
    xing: ['https://www.xing.com/jobs/search?keywords=data'],
    personio: ['https://acme.jobs.personio.de/', 'https://acme.jobs.personio.de/?language=en'],
    recruitee: ['https://acme.recruitee.com/o/senior-backend-engineer/c/new'],
    teamtailor: ['https://acme.teamtailor.com/jobs', 'https://acme.teamtailor.com/jobs?department=1'],
    wellfound: ['https://wellfound.com/jobs', 'https://wellfound.com/role/software-engineer'],
  };
  const boardOf = (id: string): Board => BOARDS.find((b) => b.id === id)!;
  it.each(Object.entries(postingUrls).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))(
    '%s: %s names one posting',
    (id, url) => {
      expect(findBoard(new URL(url))?.id).toBe(id);
      expect(boardOf(id).isPostingUrl?.(new URL(url))).toBe(true);
    },
  );
  it.each(Object.entries(notPostingUrls).flatMap(([id, urls]) => urls.map((u) => [id, u] as const)))(
    '%s: %s does not',
    (id, url) => {
      expect(boardOf(id).isPostingUrl?.(new URL(url))).toBe(false);
    },
  );
});

describe('remoteFromLabel', () => {
  it.each([
    ['Remote', true],
    ['France (À distance)', true],
    ['À distance', true],
    ['Travail à distance', true],
    ['Télétravail', true],
    ['Hybride', false],
    ['Hybrid (2 days remote)', false],
    ['On-site', false],
    ['Sur site', false],
    ['Voilà distance', null],
    ['Paris', null],
  ])('%j -> %s', (label, remote) => {
    expect(remoteFromLabel(label)).toBe(remote);
  });
});
