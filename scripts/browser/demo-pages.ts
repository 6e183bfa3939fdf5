import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Builds the local demo postings from the two seed postings in ../shared/fixtures/seeds: one careers page that
// carries a schema.org JobPosting in JSON-LD, one plain page without structured data, and an unrelated article.
// `npm run make:demo-pages` writes them to tests/fixtures/pages/, where the demo and the e2e tests serve them.

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/fixtures/seeds');

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Seed text to lines: real line breaks and the literal "\n" sequences scraped text carries. */
export const seedLines = (text: string) =>
  text
    .replace(/\\n/g, '\n')
    .split(/\r?\n/)
    .map((line) => line.trim());

const looksLikeHeading = (line: string) =>
  line.length > 0 && line.length <= 40 && !/[.!?]$/.test(line) && !line.includes(', ');

/** Lines to HTML: short lines without a final stop become headings; runs of lines under a heading, a list. */
export function linesToHtml(lines: string[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 1) out.push(`<ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
    else if (list.length === 1) out.push(`<p>${escapeHtml(list[0]!)}</p>`);
    list = [];
  };
  for (const line of lines) {
    if (!line) {
      flush();
      continue;
    }
    if (looksLikeHeading(line)) {
      flush();
      out.push(`<h3>${escapeHtml(line.replace(/:$/, ''))}</h3>`);
    } else list.push(line);
  }
  flush();
  return out.join('\n');
}

function page(title: string, head: string, body: string) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
<style>
  body { font: 16px/1.55 'Liberation Sans', Arial, sans-serif; margin: 0; color: #1f2328; background: #fafafa; }
  header { background: #0f172a; color: #fff; padding: 14px 32px; font-weight: bold; }
  main { max-width: 760px; margin: 24px auto; background: #fff; padding: 24px 40px; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  .meta { color: #57606a; }
  .apply { display: inline-block; background: #1f6feb; color: #fff; padding: 8px 18px; border-radius: 6px; text-decoration: none; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export interface DemoPage {
  file: string; // name under tests/fixtures/pages/
  title: string;
  company: string;
  html: string;
}

export function buildDemoPages(seedsDir = SEEDS_DIR): DemoPage[] {
  const snapfix = readFileSync(resolve(seedsDir, 'snapfix-senior-backend-engineer.txt'), 'utf8');
  const internations = readFileSync(resolve(seedsDir, 'internations-backend-developer.txt'), 'utf8');

  const snapfixLines = seedLines(snapfix).slice(1); // the first line is the title
  const snapfixBody = linesToHtml(snapfixLines);
  const jsonLd = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Senior Backend Engineer',
    description: snapfixBody,
    datePosted: '2026-11-02',
    validThrough: '2027-01-31T23:59',
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Snapfix', sameAs: 'https://snapfix.example' },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'Ahmedabad',
        addressRegion: 'Gujarat',
        addressCountry: 'IN',
      },
    },
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: { '@type': 'Country', name: 'India' },
    identifier: { '@type': 'PropertyValue', name: 'Snapfix', value: 'SNAP-BE-042' },
  };
  const snapfixHtml = page(
    'Senior Backend Engineer at Snapfix',
    `<link rel="canonical" href="http://127.0.0.1/jobs/snapfix-senior-backend-engineer.html">\n<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`,
    `<header>Snapfix careers</header>
<main>
<h1>Senior Backend Engineer</h1>
<p class="meta">Snapfix · Ahmedabad, India · Remote within India · Full-time</p>
<div class="job-description">
${snapfixBody}
</div>
<p><a class="apply" href="#apply">Apply for this job</a></p>
</main>`,
  );

  const internationsLines = seedLines(internations);
  const internationsHtml = page(
    'Backend Developer – InterNations',
    '',
    `<header>InterNations · Jobs</header>
<main>
<h1>Backend Developer</h1>
<p class="meta">InterNations GmbH · Munich, Germany · Remote (Europe)</p>
<article class="posting">
${linesToHtml(internationsLines)}
</article>
<p><a class="apply" href="#apply">Apply now</a></p>
</main>`,
  );

  const unrelatedHtml = page(
    'Five habits of calm engineering teams',
    '',
    `<header>Engineering blog</header>
<main>
<h1>Five habits of calm engineering teams</h1>
<p>Calm teams write things down. They go for walks, react to incidents without blame, and make sure the
on-call rotation is fair. Spring is a good season to revisit the runbooks.</p>
<p>None of this needs a new tool; it needs a shared habit and a little patience.</p>
</main>`,
  );

  return [
    {
      file: 'snapfix-senior-backend-engineer.html',
      title: 'Senior Backend Engineer',
      company: 'Snapfix',
      html: snapfixHtml,
    },
    {
      file: 'internations-backend-developer.html',
      title: 'Backend Developer',
      company: 'InterNations',
      html: internationsHtml,
    },
    {
      file: 'unrelated-article.html',
      title: 'Five habits of calm engineering teams',
      company: '',
      html: unrelatedHtml,
    },
  ];
}

/**
 * A demo page as the extension ships it (entrypoints/demo-posting): without the fixture server's canonical
 * address, and with the script that reads and marks it (an extension page runs no content script).
 */
export function toExtensionDemoPage(html: string): string {
  return html
    .replace(/<link rel="canonical"[^>]*>\n?/, '')
    .replace('</body>', '<script type="module" src="./main.ts"></script>\n</body>');
}

/** The same posting on a dark page (a board in dark mode): the chip and the marks must follow it. */
export function toDarkPage(html: string): string {
  return html.replace(
    '</head>',
    '<style>body { background: #0d1117; color: #e6edf3; } main { background: #161b22; color: #e6edf3; box-shadow: none; } .meta { color: #9198a1; }</style>\n</head>',
  );
}
