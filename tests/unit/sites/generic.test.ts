import { describe, expect, it } from 'vitest';
import { readGeneric } from '@/lib/sites/generic';
import { declaredPageUrl, readPage } from '@/lib/sites';
import { loadDocument } from './load-document';

const SECTIONS = `
  <h2>About the role</h2><p>You will build and run the services behind our dispatch platform used by 12,000 drivers every day, together with a team of six engineers.</p>
  <h2>Responsibilities</h2><ul><li>Design APIs in Go and Python</li><li>Operate PostgreSQL and Kafka</li><li>Improve our CI and on-call practice</li></ul>
  <h2>Requirements</h2><ul><li>5+ years of experience building backend systems</li><li>Experience with Kubernetes</li><li>Fluent English</li></ul>
  <h2>Benefits</h2><p>Full-time, permanent contract, 30 days of holiday and a learning budget.</p>`;

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('readGeneric: one posting', () => {
  it.each([
    [
      'h2 sections in main',
      page(
        `<main><h1>Senior Backend Engineer</h1><div class="c">${SECTIONS}</div><a href="/apply">Apply now</a></main>`,
      ),
    ],
    [
      'bold-paragraph sections, German',
      page(
        `<h1>Data Engineer (m/w/d)</h1><div class="text"><p><strong>Ihre Aufgaben</strong></p><ul><li>Datenpipelines mit Python und Spark entwickeln und betreiben, gemeinsam mit unserem Data-Science-Team</li><li>Modellierung im Data Warehouse</li></ul><p><strong>Ihr Profil</strong></p><ul><li>Mindestens 3 Jahre Berufserfahrung als Data Engineer oder in einer vergleichbaren Rolle</li><li>Sehr gute Kenntnisse in SQL</li></ul><p><strong>Wir bieten</strong></p><p>Vollzeit, unbefristet, 30 Tage Urlaub, flexible Arbeitszeiten und bis zu drei Tage Homeoffice pro Woche.</p></div><button>Jetzt bewerben</button>`,
      ),
    ],
  ])('%s', (_name, html) => {
    const doc = loadDocument(html, 'https://careers.example.com/jobs/1');
    const r = readGeneric(doc);
    expect(r.isJobPosting, r.reason).toBe(true);
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.descriptionRoot).not.toBeNull();
    expect(r.descriptionRoot!.textContent).toMatch(/Aufgaben|Responsibilities/);
    expect(r.descriptionRoot!.querySelector('h1')).toBeNull(); // the block, not the whole page
  });

  it('counts section headings in any case, with their punctuation, and never a look-alike', () => {
    const prose = `<p>${'We build and run the services behind our dispatch platform. '.repeat(3)}</p>`;
    const headings = [
      '  RESPONSIBILITIES:',
      'What you’ll bring',
      'Bonus points!',
      'Rolex',
      'Bonus pointsx',
      'Requirements2',
      'Theroles',
    ];
    const body = headings.map((h) => `<h3>${h}</h3>${prose}`).join('');
    const r = readGeneric(loadDocument(page(`<div>${body}</div>`), 'https://x.example/j'));
    // 'Bonus pointsx' counts: it opens with the heading 'Bonus' and a word break.
    expect(r.reason).toBe('generic: 4 section headings');
  });

  it.each([
    ['Profil recherché', 4],
    ['PROFIL RECHERCHÉ :', 4],
    ['Profil recherchés', 3],
    ['Profil recherchéx', 3],
  ])(
    'counts a heading that ends in an accented letter alone or with punctuation, not in a longer word: %j',
    (heading, count) => {
      const prose = `<p>${'Nous construisons la plateforme de planification de nos clients. '.repeat(3)}</p>`;
      const body = [heading, 'Vos missions', 'Avantages', 'Un plus']
        .map((h) => `<h3>${h}</h3>${prose}`)
        .join('');
      const r = readGeneric(loadDocument(page(`<div>${body}</div>`), 'https://x.example/j'));
      expect(r.reason).toBe(`generic: ${count} section headings`);
    },
  );

  // The title's job words and gender markers add 0.15 (a page with no apply button stays under the 0.85 cap).
  it.each([
    ['Senior ENGINEER', 0.65],
    ['Data Scientist (M/W/D)', 0.65],
    ['Entwicklerin Backend', 0.65],
    ['Engineers wanted', 0.5],
    ['Welcome', 0.5],
  ])('title %j gives confidence %s', (title, confidence) => {
    const doc = loadDocument(page(`<h1>${title}</h1><div>${SECTIONS}</div>`), 'https://x.example/j');
    expect(readGeneric(doc).confidence).toBeCloseTo(confidence);
  });

  it('takes the title from og:title when there is no h1', () => {
    const doc = loadDocument(
      page(`<div>${SECTIONS}</div><a>Apply</a>`, '<meta property="og:title" content="Platform Engineer">'),
      'https://x.example/j',
    );
    expect(readGeneric(doc).posting.title).toBe('Platform Engineer');
  });
});

describe('readGeneric: refuses what is not one posting', () => {
  const cards = Array.from(
    { length: 12 },
    (_, i) =>
      `<li><a href="/jobs/${100 + i}-backend-engineer">Backend Engineer ${i}</a><p>Full-time · Berlin</p><a href="/jobs/${100 + i}-backend-engineer/apply">Apply</a></li>`,
  ).join('');
  it.each([
    ['a list of jobs', page(`<h1>Backend jobs</h1><ul>${cards}</ul>`), /list/],
    [
      'a login wall',
      page(
        '<h1>Sign in</h1><form><input type="email"><input type="password"><button>Sign in</button></form>',
      ),
      /login/,
    ],
    ['a blocked page', page('<h1>Access denied</h1><p>You do not have permission.</p>'), /blocked/],
    [
      'an article about hiring',
      page(
        `<article><h1>How we hire engineers</h1><p class="byline">By Ana</p>${SECTIONS}</article>`,
        '<meta property="og:type" content="article">',
      ),
      /article/,
    ],
    ['an empty page', page(''), /./],
    ['a short page with no sections', page('<h1>Welcome</h1><p>Hello there.</p>'), /./],
  ])('%s', (_name, html, reason) => {
    const r = readGeneric(loadDocument(html, 'https://x.example/page'));
    expect(r.isJobPosting).toBe(false);
    expect(r.confidence).toBeLessThanOrEqual(0.3);
    expect(r.reason).toMatch(reason);
  });
});

describe('readPage', () => {
  it('never throws: a document without a body, or odd markup, is not a posting', () => {
    const doc = loadDocument('<!DOCTYPE html><html></html>', 'https://www.linkedin.com/jobs/view/1/');
    doc.documentElement.removeChild(doc.body);
    const r = readPage(doc, new URL('https://www.linkedin.com/jobs/view/1/'));
    expect(r.isJobPosting).toBe(false);
    expect(r.confidence).toBeLessThanOrEqual(0.3);
  });

  it('uses JSON-LD alone when nothing on the page shows the description (root null, text from JSON-LD)', () => {
    const ld = {
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      hiringOrganization: 'Acme',
      description: `<p>${'We build logistics software and need someone to own our Go services. '.repeat(4)}</p>`,
    };
    const html = page(`<h1>Careers</h1><script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    const r = readPage(
      loadDocument(html, 'https://acme.example/jobs/1'),
      new URL('https://acme.example/jobs/1'),
    );
    expect(r.isJobPosting).toBe(true);
    expect(r.source).toBe('json-ld');
    expect(r.descriptionRoot).toBeNull();
    expect(r.textMap).toBeNull();
    expect(r.text).toMatch(/^We build logistics software/);
    expect(r.posting.company).toBe('Acme');
  });

  it.each([
    [
      'the title selector still works: the board reads, the root comes from JSON-LD',
      '<h1 data-at="header-job-title">Data Engineer</h1>',
      'stepstone',
    ],
    ['nothing matches: JSON-LD reads, and finds the root', '<h1>Data Engineer</h1>', 'json-ld'],
  ])('a board redesign: %s', (_name, heading, source) => {
    const body = 'You will run our data platform on AWS with Python, Spark and Airflow every day. ';
    const ld = {
      '@type': 'JobPosting',
      title: 'Data Engineer',
      hiringOrganization: { name: 'Nordlicht' },
      description: `<p>${body.repeat(3)}</p>`,
    };
    const html = page(
      `<div class="redesigned">${heading}<section class="x"><p>${body.repeat(3)}</p></section></div><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    const url = 'https://www.stepstone.de/stellenangebote--Data-Engineer--1-inline.html';
    const r = readPage(loadDocument(html, url), new URL(url));
    expect(r.source).toBe(source);
    expect(r.descriptionRoot?.closest('.x')).not.toBeNull();
    expect(r.text).toBe(r.textMap?.text);
  });

  it('board DOM values win over JSON-LD, JSON-LD fills the rest', () => {
    const ld = {
      '@type': 'JobPosting',
      title: 'Old title',
      hiringOrganization: { name: 'Acme GmbH' },
      identifier: { value: 'R-1' },
      description: '<p>x</p>',
    };
    const html = page(
      `<h2 data-automation-id="jobPostingHeader">New title</h2><div data-automation-id="jobPostingDescription"><p>${'Operate Kubernetes clusters with Terraform and Helm for our payment platform. '.repeat(3)}</p></div><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    const url = 'https://acme.wd3.myworkdayjobs.com/External/job/Berlin/New_R-1';
    const r = readPage(loadDocument(html, url), new URL(url));
    expect([r.source, r.posting.title, r.posting.company, r.posting.identifier]).toEqual([
      'workday',
      'New title',
      'Acme', // the JSON-LD legal name "Acme GmbH" shortened to the Workday tenant's name (workdayEmployer)
      'R-1',
    ]);
  });
});

describe('declaredPageUrl', () => {
  it.each([
    [
      '<link rel="canonical" href="https://www.linkedin.com/jobs/view/1/">',
      'https://www.linkedin.com/jobs/view/1/',
    ],
    ['<meta property="og:url" content="https://jobs.lever.co/acme/1">', 'https://jobs.lever.co/acme/1'],
    [
      '<link rel="canonical" href="/jobs/1"><meta property="og:url" content="https://acme.example/jobs/1">',
      'https://acme.example/jobs/1',
    ],
    ['<link rel="canonical" href="javascript:alert(1)">', null],
    ['', null],
  ])('%s -> %s', (head, expected) => {
    const doc = loadDocument(page('<p>x</p>', head), 'about:blank');
    expect(declaredPageUrl(doc)?.href ?? null).toBe(expected);
  });
});
