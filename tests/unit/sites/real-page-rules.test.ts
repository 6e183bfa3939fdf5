import { describe, expect, it } from 'vitest';
import { findBoard, readPage } from '@/lib/sites';
import { buildTextMap } from '@/lib/highlight/text-map';
import { cleanText } from '@/lib/sites/board';
import { titleAndCompanyFromDocumentTitle } from '@/lib/sites/boards/linkedin';
import { workdayEmployer } from '@/lib/sites/boards/workday';
import { ABOUT_THE_JOB } from '@/lib/sites/find-section-by-heading';
import {
  buildReadReport,
  couldNotReadText,
  readReportFilename,
  unreadBoardPosting,
} from '@/lib/sites/read-report';
import { asName, MAX_COMPANY_LENGTH, MAX_TITLE_LENGTH } from '@/lib/sites/name-check';
import { dropSvgStyleAndScript, readHtml } from '../../../scripts/read-html';
import { loadDocument } from './load-document';

// The general rules behind reading real pages right, each on a minimal page (recreated, not a capture).

describe('asName', () => {
  it.each([
    ['Software Engineer II', 'Software Engineer II'],
    ['  C++ Developer ', 'C++ Developer'],
    ['Director of eCommerce - DTC', 'Director of eCommerce - DTC'],
    ['دائرة الثقافة والسياحة – أبوظبي', 'دائرة الثقافة والسياحة – أبوظبي'],
    // A posting's own title with literal markup is kept and shown as text (textContent), never run.
    ['<span>Acme</span>', '<span>Acme</span>'],
    // Letters without an ASCII one, and the characters the CSS and code patterns need, in names that are names.
    ['東京 エンジニア', '東京 エンジニア'],
    ['Sr. Engineer (m/w/d): Backend!', 'Sr. Engineer (m/w/d): Backend!'],
    ['Variable Pay Analyst @ Acme', 'Variable Pay Analyst @ Acme'],
  ])('keeps the name %j', (input, name) => {
    expect(asName(input, MAX_TITLE_LENGTH)).toBe(name);
  });

  it.each([
    ['.serp-page-1h4l2d7{font-family:Arial;color:red;}AceOne Technologies'],
    ['color:var(--x); display:inline-flex; AceOne'],
    ['function () { return 1 }'],
    ['VAR x = 1; Acme'],
    ['Acme window.dataLayer'],
    ['Acme => render'],
    ['@media print Acme'],
    ['Acme !important'],
    ['---'],
    ['1234 – 5678'],
    [''],
    ['x'.repeat(MAX_COMPANY_LENGTH + 1)],
  ])('drops %j', (input) => {
    expect(asName(input, MAX_COMPANY_LENGTH)).toBeNull();
  });
});

describe('cleanText', () => {
  it('leaves out an inline style sheet next to a name', () => {
    const doc = loadDocument(
      '<div id="c"><style>.x{color:red}</style><a>AceOne Technologies</a><script>var a=1</script></div>',
      'https://www.indeed.com/viewjob?jk=1',
    );
    expect(cleanText(doc.querySelector('#c'))).toBe('AceOne Technologies');
    // The page itself is not changed.
    expect(doc.querySelectorAll('#c style').length).toBe(1);
  });
});

describe('workdayEmployer', () => {
  it.each([
    ['Autodesk Canada Co.', 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/x_1', 'Autodesk'],
    ['Thales UK Limited', 'https://thales.wd3.myworkdayjobs.com/fr-FR/Careers/job/x_1', 'Thales'],
    ['BMW Group AG', 'https://bmwgroup.wd3.myworkdayjobs.com/Careers/job/x_1', 'BMW Group'],
    ['Acme Corporation', 'https://globex.wd5.myworkdayjobs.com/External/job/x_1', 'Acme Corporation'],
    [null, 'https://acme.wd5.myworkdayjobs.com/External/job/x_1', null],
  ])('%j on %s is %j', (legal, url, name) => {
    expect(workdayEmployer(legal, new URL(url))).toBe(name);
  });
});

describe('dropSvgStyleAndScript (happy-dom loses the document after <svg><style>)', () => {
  const page =
    '<html><body><svg><style>#a{stroke:red}</style><path d="M0"/></svg><div id="after"><h1>Backend Engineer</h1></div></body></html>';

  it('removes only what is inside an svg', () => {
    expect(dropSvgStyleAndScript(page)).toBe(
      '<html><body><svg><path d="M0"/></svg><div id="after"><h1>Backend Engineer</h1></div></body></html>',
    );
    const untouched = '<style>a{b:c}</style><svg><path/></svg><script>1</script>';
    expect(dropSvgStyleAndScript(untouched)).toBe(untouched);
  });

  it('lets the CLI see what follows the svg', async () => {
    const reading = await readHtml(
      page.replace(
        '</div>',
        `<p>${'We build payment systems with Go and PostgreSQL. '.repeat(10)}</p><h2>Requirements</h2><p>Five years of Go.</p><h2>Benefits</h2><p>Remote work.</p></div>`,
      ),
      new URL('http://127.0.0.1/jobs/backend'),
    );
    expect(reading.posting.title).toBe('Backend Engineer');
  });
});

const para = (s: string, n = 4) => `<p>${s.repeat(n)}</p>`;
const POSTING_BODY = `<h2>About the role</h2>${para('You will build the payment platform in Go and PostgreSQL with a small team. ')}<h2>Requirements</h2>${para('Five years of backend work with Go, Kubernetes and SQL databases. ')}<h2>Benefits</h2>${para('Remote work, a learning budget and 30 days of leave every year. ')}`;

describe('one posting vs a list', () => {
  const similar = Array.from(
    { length: 8 },
    (_, i) => `<li><a href="/jobs/${1000 + i}-other-role">Other role ${i}</a></li>`,
  ).join('');

  it('a posting that links to similar jobs is still one posting', () => {
    const html = `<html><head><title>Backend Engineer</title></head><body><main><h1>Backend Engineer</h1><article>${POSTING_BODY}<a href="/apply">Apply now</a></article><aside><h3>Similar jobs</h3><ul>${similar}</ul></aside></main></body></html>`;
    const r = readPage(
      loadDocument(html, 'https://careers.example.org/jobs/42'),
      new URL('https://careers.example.org/jobs/42'),
    );
    expect([r.isJobPosting, r.posting.title], r.reason ?? '').toEqual([true, 'Backend Engineer']);
  });

  it('a page whose main block is the links stays a list', () => {
    const html = `<html><body><h1>Open positions</h1><main><ul>${similar}${similar.replace(/10/g, '20')}</ul></main></body></html>`;
    const r = readPage(
      loadDocument(html, 'https://careers.example.org/jobs'),
      new URL('https://careers.example.org/jobs'),
    );
    expect(r.isJobPosting).toBe(false);
  });
});

describe('the employer, not the board', () => {
  const page = (siteName: string, extra = '') =>
    `<html><head><meta property="og:site_name" content="${siteName}"></head><body><main><h1>Backend Engineer</h1>${extra}<article>${POSTING_BODY}<a href="/apply">Apply now</a></article></main></body></html>`;
  const url = new URL('https://www.jobbank.example/job/123');

  it("never takes a job bank's og:site_name for the employer", () => {
    const r = readPage(loadDocument(page('SEEK Australia'), url.href), url);
    expect(r.isJobPosting).toBe(true);
    expect(r.posting.company).toBeNull();
  });

  it('takes the advertiser the page names', () => {
    const r = readPage(
      loadDocument(
        page('SEEK Australia', '<span data-automation="advertiser-name">Harbour Freight Pty Ltd</span>'),
        url.href,
      ),
      url,
    );
    expect(r.posting.company).toBe('Harbour Freight Pty Ltd');
  });

  it('takes og:site_name on a careers site whose posting names it', () => {
    const html = page('Nordwind', `<p>At Nordwind we build wind farms.</p>`).replace(
      '<article>',
      '<article><p>At Nordwind we build wind farms and software.</p>',
    );
    const r = readPage(loadDocument(html, url.href), url);
    expect(r.posting.company).toBe('Nordwind');
  });
});

describe('LinkedIn anchors that survive a redesign', () => {
  it.each([
    ['About the job'],
    ['Über die Stelle'],
    ['À propos de l’offre d’emploi'],
    ["À propos de l'offre d'emploi"],
    ["Informazioni sull'offerta di lavoro"],
    ['Acerca del empleo'],
  ])('the heading %j opens the description', (heading) => {
    expect(ABOUT_THE_JOB.test(heading)).toBe(true);
  });

  it.each([
    ['(3) Senior Editor | Acme Media | LinkedIn', { title: 'Senior Editor', company: 'Acme Media' }],
    ['Data Engineer H/F | LINCOLN | LinkedIn', { title: 'Data Engineer H/F', company: 'LINCOLN' }],
    ['Feed | LinkedIn', null],
  ])('document title %j', (title, expected) => {
    const doc = loadDocument(
      `<html><head><title>${title}</title></head><body></body></html>`,
      'https://www.linkedin.com/jobs/view/1/',
    );
    expect(titleAndCompanyFromDocumentTitle(doc)).toEqual(expected);
  });

  it("reads the guest search page's detail panel, whose title is an h2", () => {
    const url = 'https://www.linkedin.com/jobs/search?keywords=editor&currentJobId=4228965071';
    const html = `<html><body><ul class="jobs-search__results-list"><li><a href="/jobs/view/1">Other</a></li></ul><section class="two-pane-serp-page__detail-view"><div class="top-card-layout"><h2 class="top-card-layout__title">Senior Editor</h2><a class="topcard__org-name-link" href="/company/x">Acme Media</a></div><div class="show-more-less-html__markup">${POSTING_BODY}</div></section></body></html>`;
    const r = readPage(loadDocument(html, url), new URL(url));
    expect([r.isJobPosting, r.source, r.posting.title, r.posting.company]).toEqual([
      true,
      'linkedin',
      'Senior Editor',
      'Acme Media',
    ]);
  });
});

describe('Indeed search URLs by place', () => {
  it.each([
    'https://www.indeed.com/l-jonesboro,-ar-jobs.html?vjk=b974b400e0228d67',
    'https://www.indeed.com/q-php-developer-l-jonesboro,-ar-jobs.html',
  ])('%s is an Indeed page', (url) => {
    expect(findBoard(new URL(url))?.id).toBe('indeed');
  });
});

describe('a known board whose reader finds nothing', () => {
  it('falls back to the generic reader on a URL that names one posting, without the board as employer', () => {
    const url = 'https://www.linkedin.com/jobs/view/4300000000/';
    const html = `<html><head><meta property="og:site_name" content="LinkedIn"></head><body><main><h1 class="_x1">Backend Engineer</h1><div class="_y2">${POSTING_BODY}</div><button>Apply</button></main></body></html>`;
    const r = readPage(loadDocument(html, url), new URL(url));
    expect([r.isJobPosting, r.source, r.posting.title, r.posting.company]).toEqual([
      true,
      'generic',
      'Backend Engineer',
      null,
    ]);
    expect(r.reason).toMatch(/^LinkedIn reader found nothing/);
  });

  it('says so on a posting URL that yields nothing, with a report that holds no more than 200 characters of text', () => {
    const url = new URL('https://jobs.ashbyhq.com/acme/2f01bd23-9eda-446a-a56a-b530d84cb9bb');
    const html = `<html><head><title>Jobs</title></head><body><div id="root">${'Loading the posting, please wait. '.repeat(20)}</div></body></html>`;
    const doc = loadDocument(html, url.href);
    const r = readPage(doc, url);
    const board = unreadBoardPosting(url, r);
    expect(board?.label).toBe('Ashby');
    expect(couldNotReadText(board!.label)).toBe('Gapmark could not read this Ashby page');
    const report = buildReadReport(doc, url, r, board!, Date.UTC(2026, 11, 3));
    expect(report).toMatchObject({
      kind: 'gapmark-read-report',
      url: url.href,
      board: 'Ashby',
      readersTried: ['ashby', 'json-ld', 'generic'],
    });
    expect(report.anchors).toMatchObject({ boardReader: false, jsonLdJobPostings: 0, documentTitle: true });
    expect(report.pageTextStart.length).toBeLessThanOrEqual(200);
    expect(readReportFilename(report)).toBe('gapmark-read-report-ashby-2026-12-03.json');
  });

  it('stays silent on board pages that name no posting, and on postings read', () => {
    expect(unreadBoardPosting(new URL('https://www.linkedin.com/jobs/'), { isJobPosting: false })).toBeNull();
    expect(
      unreadBoardPosting(new URL('https://www.linkedin.com/jobs/view/1234567/'), { isJobPosting: true }),
    ).toBeNull();
    expect(
      unreadBoardPosting(new URL('https://careers.example.org/jobs/1'), { isJobPosting: false }),
    ).toBeNull();
  });
});

describe('page text', () => {
  it('never includes style, script, noscript, template, hidden or aria-hidden chrome', () => {
    const doc = loadDocument(
      `<div id="d"><style>.x{color:red}</style><script>var a = 1;</script><noscript>Enable JavaScript</noscript><template><p>Later</p></template><p hidden>Hidden</p><span aria-hidden="true">★★★</span><p>Build APIs in Go.</p></div>`,
      'https://careers.example.org/jobs/1',
    );
    expect(buildTextMap(doc.querySelector('#d')!).text).toBe('Build APIs in Go.');
  });
});

describe('"Title at Company"', () => {
  const url = new URL('https://www.startupboard.example/jobs/93768');
  const page = (docTitle: string, h1: string) =>
    `<html><head><title>${docTitle}</title><meta property="og:site_name" content="Startup Board"></head><body><main><h1>${h1}</h1><article>${POSTING_BODY}<a href="/apply">Apply now</a></article></main></body></html>`;

  it('splits title and employer when the h1 says the same as the document title', () => {
    const r = readPage(
      loadDocument(
        page(
          'Backend Engineer (India) at VectorShift | Startup Board',
          'Backend Engineer (India) at <a href="/c/v">VectorShift</a><span>(S23)</span>',
        ),
        url.href,
      ),
      url,
    );
    expect([r.isJobPosting, r.posting.title, r.posting.company]).toEqual([
      true,
      'Backend Engineer (India)',
      'VectorShift',
    ]);
  });

  it('leaves a title alone when the h1 does not agree', () => {
    const r = readPage(
      loadDocument(page('Engineer at Scale | Startup Board', 'Platform Engineer'), url.href),
      url,
    );
    expect([r.posting.title, r.posting.company]).toEqual(['Platform Engineer', null]);
  });
});
