// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  descriptionToText,
  parseJsonLenient,
  readJsonLdBlock,
  readJsonLdPostings,
  readSalary,
} from '@/lib/sites/jsonld';

const posting = (extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Backend Engineer',
  description: '<p>Build services in <b>Go</b>.</p><ul><li>Kafka</li><li>PostgreSQL</li></ul>',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  ...extra,
});

function pageWith(...blocks: string[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('<p>x</p>');
  return doc;
}

describe('readJsonLdBlock: where postings sit', () => {
  it.each([
    ['a bare object', JSON.stringify(posting()), 1],
    ['an array', JSON.stringify([{ '@type': 'Organization', name: 'Acme' }, posting()]), 1],
    [
      '@graph',
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, posting()] }),
      1,
    ],
    ['@type as an array', JSON.stringify(posting({ '@type': ['JobPosting', 'Thing'] })), 1],
    ['a full schema.org IRI type', JSON.stringify(posting({ '@type': 'http://schema.org/JobPosting' })), 1],
    ['mainEntity of a WebPage', JSON.stringify({ '@type': 'WebPage', mainEntity: posting() }), 1],
    ['invalid JSON', '{"@type": "JobPosting", "title": ', 0],
    [
      'raw newlines inside strings (repaired)',
      `{"@type": "JobPosting", "title": "Dev", "description": "line one\nline two"}`,
      1,
    ],
    ['no JobPosting', JSON.stringify({ '@type': 'Organization', name: 'Acme' }), 0],
    [
      'twenty postings',
      JSON.stringify(Array.from({ length: 20 }, (_, i) => posting({ title: `Job ${i}` }))),
      20,
    ],
  ])('%s', (_name, source, count) => {
    expect(readJsonLdBlock(source, document)).toHaveLength(count);
  });
});

describe('parseJsonLenient', () => {
  // Blocks wrapped in an HTML comment or a CDATA section (old CMS templates), each cut once, at its own end only.
  it.each([
    ['<!--{"a":1}-->', { a: 1 }],
    ['  <!-- {"a":1} -->  ', { a: 1 }],
    ['/*<![CDATA[*/{"a":1}/*]]>*/', { a: 1 }],
    ['<!--/*<![CDATA[*/{"a":1}/*]]>*/-->', { a: 1 }],
    ['{"a":"<!--x-->"}', { a: '<!--x-->' }],
    ['<!--{"a":1}', { a: 1 }],
    ['{"a":1}-->', { a: 1 }],
    ['<!--->', undefined],
    ['-->', undefined],
  ])('%j', (source, value) => {
    expect(parseJsonLenient(source)).toEqual(value);
  });
});

describe('readJsonLdBlock: @id references in @graph', () => {
  it('resolves hiringOrganization and jobLocation given by @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme Ltd' },
        {
          '@type': 'Place',
          '@id': 'https://acme.example/#leeds',
          address: { addressLocality: 'Leeds', addressCountry: 'GB' },
        },
        posting({
          hiringOrganization: { '@id': 'https://acme.example/#org' },
          jobLocation: [{ '@id': 'https://acme.example/#leeds' }],
        }),
      ],
    };
    const [p] = readJsonLdBlock(JSON.stringify(graph), document);
    expect([p!.details.company, p!.details.location]).toEqual(['Acme Ltd', 'Leeds, GB']);
  });

  it('an unresolvable reference leaves the field empty rather than failing', () => {
    const [p] = readJsonLdBlock(
      JSON.stringify(posting({ hiringOrganization: { '@id': '#nowhere' } })),
      document,
    );
    expect(p!.details.company).toBeNull();
    expect(p!.details.title).toBe('Backend Engineer');
  });
});

describe('readJsonLdBlock: fields', () => {
  const read = (extra: Record<string, unknown>) =>
    readJsonLdBlock(JSON.stringify(posting(extra)), document)[0]!;

  it('description HTML becomes text with block boundaries', () => {
    expect(read({}).descriptionText).toBe('Build services in Go.\nKafka\nPostgreSQL');
  });

  it.each([
    ['entity-encoded', '&lt;p&gt;Use &lt;b&gt;Rust&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ship it&lt;/p&gt;'],
    [
      'double-encoded',
      '&amp;lt;p&amp;gt;Use &amp;lt;b&amp;gt;Rust&amp;lt;/b&amp;gt;&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Ship it&amp;lt;/p&amp;gt;',
    ],
  ])('%s HTML description is decoded', (_name, description) => {
    expect(read({ description }).descriptionText).toBe('Use Rust\nShip it');
  });

  it('a plain-text description keeps its line breaks', () => {
    expect(
      read({ description: 'About us\n\n\n\nWe build   robots.\nRequirements\\n- Go' }).descriptionText,
    ).toBe('About us\n\nWe build robots.\nRequirements\n- Go');
  });

  it('entities left in JSON-LD strings are decoded', () => {
    expect(read({ title: 'R&amp;D Engineer &#8211; Robotics' }).details.title).toBe(
      'R&D Engineer – Robotics',
    );
  });

  it('a hostile description is parsed inertly', () => {
    const text = descriptionToText(
      '<img src=x onerror="globalThis.__pwned = 1"><p>Go</p><script>globalThis.__pwned = 2</script>',
      document,
    );
    expect(text).toBe('Go');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    [{ addressLocality: 'Berlin', addressRegion: 'Berlin', addressCountry: 'DE' }, 'Berlin, DE'],
    [
      { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: { '@type': 'Country', name: 'US' } },
      'Austin, TX, US',
    ],
    ['Paris, France', 'Paris, France'],
  ])('jobLocation %j -> %s', (address, expected) => {
    expect(read({ jobLocation: { '@type': 'Place', address } }).details.location).toBe(expected);
  });

  it('several locations are joined', () => {
    const jobLocation = [
      { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
      { '@type': 'Place', address: { addressLocality: 'Munich', addressCountry: 'DE' } },
    ];
    expect(read({ jobLocation }).details.location).toBe('Berlin, DE; Munich, DE');
  });

  it('TELECOMMUTE means remote, with the applicant country as location when none is given', () => {
    const d = read({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'Germany' },
    }).details;
    expect(d.remote).toBe(true);
    expect(d.location).toBe('Remote (Germany)');
    expect(read({}).details.remote).toBeNull();
  });

  it.each([
    ['FULL_TIME', 'Full-time'],
    [['FULL_TIME', 'PART_TIME'], 'Full-time, Part-time'],
    ['CONTRACTOR', 'Contract'],
    ['Vollzeit', 'Vollzeit'],
  ])('employmentType %j -> %s', (employmentType, expected) => {
    expect(read({ employmentType }).details.employmentType).toBe(expected);
  });

  it('identifier, dates, url', () => {
    const d = read({
      identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'R-42' },
      datePosted: '2026-11-01',
      validThrough: '2027-01-01T00:00',
      url: 'https://acme.example/jobs/42',
    }).details;
    expect([d.identifier, d.datePosted, d.validThrough, d.canonicalUrl]).toEqual([
      'R-42',
      '2026-11-01',
      '2027-01-01T00:00',
      'https://acme.example/jobs/42',
    ]);
  });

  it('skills as Text, DefinedTerm and a comma list', () => {
    const skills = [{ '@type': 'DefinedTerm', name: 'Python' }, 'SQL, Airflow', 'SQL'];
    expect(read({ skills }).details.jsonLdSkills).toEqual(['Python', 'SQL', 'Airflow']);
  });

  it('experienceRequirements as monthsOfExperience and as text; education; qualifications', () => {
    const months = read({
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 36 },
    }).details;
    expect(months.experienceMonths).toBe(36);
    expect(months.experienceRequirements).toBe('36 months of experience');
    const text = read({
      experienceRequirements: '3+ years with Go',
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
      },
      qualifications: 'AWS certification',
    }).details;
    expect([
      text.experienceRequirements,
      text.experienceMonths,
      text.educationRequirements,
      text.qualifications,
    ]).toEqual(['3+ years with Go', null, 'bachelor degree', 'AWS certification']);
  });
});

describe('readSalary', () => {
  it.each([
    [
      { currency: 'EUR', value: { minValue: 60000, maxValue: 75000, unitText: 'YEAR' } },
      '€60,000–75,000 a year',
      60000,
      75000,
    ],
    [{ currency: 'USD', value: { value: 45.5, unitText: 'HOUR' } }, '$45.50 an hour', 45.5, 45.5],
    [
      { currency: 'GBP', value: { minValue: '50000', maxValue: '40000', unitText: 'YEAR' } },
      '£40,000–50,000 a year',
      40000,
      50000,
    ],
    [{ currency: 'XYZ', value: 1000 }, 'XYZ 1,000', 1000, 1000],
    [{ currency: 'EUR', value: { unitText: 'MONTH' } }, null, null, null],
  ])('%j', (amount, display, min, max) => {
    const salary = readSalary({ '@type': 'MonetaryAmount', ...amount });
    expect(salary?.display ?? null).toBe(display);
    expect(salary?.min ?? null).toBe(min);
    expect(salary?.max ?? null).toBe(max);
  });
});

describe('readJsonLdPostings', () => {
  it('reads every block, skips a broken one, and drops a posting declared twice', () => {
    const one = JSON.stringify(posting());
    const doc = pageWith('{ not json', one, one, JSON.stringify(posting({ title: 'Frontend Engineer' })));
    expect(readJsonLdPostings(doc).map((p) => p.details.title)).toEqual([
      'Backend Engineer',
      'Frontend Engineer',
    ]);
  });

  it('a page with 20 postings gives 20, not one', () => {
    const doc = pageWith(
      JSON.stringify(Array.from({ length: 20 }, (_, i) => posting({ title: `Job ${i}` }))),
    );
    expect(readJsonLdPostings(doc)).toHaveLength(20);
  });
});
