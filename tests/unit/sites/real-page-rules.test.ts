import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/sites/board';
import { workdayEmployer } from '@/lib/sites/boards/workday';
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
  ])('keeps the name %j', (input, name) => {
    expect(asName(input, MAX_TITLE_LENGTH)).toBe(name);
  });

  it.each([
    ['.serp-page-1h4l2d7{font-family:Arial;color:red;}AceOne Technologies'],
    ['color:var(--x); display:inline-flex; AceOne'],
    ['function () { return 1 }'],
    ['<span>Acme</span>'],
    ['---'],
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
