import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingDetailsSchema } from '@/lib/schemas/page';
import { readJsonLdPostings, type JsonLdPosting } from '@/lib/sites/jsonld';
import { loadDocument } from '../sites/load-document';
import { HOSTILE_SNIPPETS, POSTING_WORDS, fuzzParams, mutatedText } from './fuzz-support';

// The JSON-LD reader on generated JobPosting blocks (every field of every type, wrapped the ways real pages wrap
// them) and on mutated block sources: it never throws, and each posting has schema-valid details and plain text.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const hostileString = fc.constantFrom(...HOSTILE_SNIPPETS, ...POSTING_WORDS, '', ' ', 'R&amp;D Engineer');
const anything: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.double() as fc.Arbitrary<Json>,
);
const description = fc.oneof(
  fc
    .array(
      fc.oneof(
        hostileString,
        fc.constantFrom('<p>', '</p>', '<li>', '<br>', '&lt;p&gt;', '&amp;lt;li&amp;gt;', '\\n', '\n'),
      ),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('')),
  anything,
);
const money = fc.oneof(
  fc.record(
    {
      '@type': fc.constant('MonetaryAmount'),
      currency: fc.oneof(fc.constantFrom('EUR', 'USD', 'XXX', 'euro', '', '€'), anything),
      value: fc.oneof(
        fc.record(
          {
            minValue: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 8 }), anything),
            maxValue: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 8 }), anything),
            value: anything,
            unitText: fc.oneof(fc.constantFrom('YEAR', 'HOUR', 'month', 'FORTNIGHT'), anything),
          },
          { requiredKeys: [] },
        ),
        anything,
      ),
    },
    { requiredKeys: [] },
  ),
  anything,
);
const posting = fc.record(
  {
    '@type': fc.oneof(
      fc.constant<Json>('JobPosting'),
      fc.constant<Json>(['JobPosting', 'Thing']),
      fc.constant<Json>('http://schema.org/JobPosting'),
    ),
    title: fc.oneof(hostileString, anything),
    name: anything,
    description,
    hiringOrganization: fc.oneof(
      fc.record({ '@type': fc.constant('Organization'), name: fc.oneof(hostileString, anything) }),
      fc.constant<Json>({ '@id': '#org' }),
      anything,
    ),
    jobLocation: fc.oneof(
      fc.array(
        fc.record({
          address: fc.record({ addressLocality: anything, addressCountry: anything }, { requiredKeys: [] }),
        }),
        {
          maxLength: 3,
        },
      ),
      fc.constant<Json>({ '@id': '#place' }),
      anything,
    ),
    jobLocationType: fc.oneof(fc.constant<Json>('TELECOMMUTE'), anything),
    applicantLocationRequirements: anything,
    employmentType: fc.oneof(
      fc.constantFrom<Json>('FULL_TIME', ['PART_TIME', 'CONTRACTOR'], 'full-time, intern'),
      anything,
    ),
    baseSalary: money,
    estimatedSalary: money,
    datePosted: anything,
    validThrough: anything,
    identifier: anything,
    skills: fc.oneof(fc.constantFrom<Json>('Python, SQL; Airflow', ['Go', { name: 'Rust' }]), anything),
    qualifications: anything,
    experienceRequirements: fc.oneof(
      fc.record({ monthsOfExperience: anything }, { requiredKeys: [] }),
      anything,
    ),
    educationRequirements: anything,
    url: anything,
  },
  { requiredKeys: ['@type'] },
);
// The ways real pages wrap a posting: bare, in an array, in @graph beside the nodes it references, as mainEntity.
const block: fc.Arbitrary<unknown> = fc.oneof(
  posting,
  fc.array(posting, { minLength: 1, maxLength: 3 }),
  posting.map((p) => ({
    '@context': 'https://schema.org',
    '@graph': [
      p,
      { '@id': '#org', '@type': 'Organization', name: 'Acme' },
      { '@id': '#place', name: 'Berlin' },
    ],
  })),
  posting.map((p) => ({ '@type': 'WebPage', mainEntity: p })),
  anything,
);

/** A script element body: JSON with "</" escaped, as pages must write it so the block does not end early. */
const scriptBody = (value: unknown): string => JSON.stringify(value).replace(/<\//g, '<\\/');
const page = (blocks: string[]): string =>
  `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body><p>Page</p></body></html>`;

function postingProblems(postings: JsonLdPosting[]): string[] {
  const problems: string[] = [];
  for (const p of postings) {
    const parsed = PostingDetailsSchema.safeParse(p.details);
    if (!parsed.success) problems.push(`details: ${parsed.error.message.slice(0, 300)}`);
    if (!p.details.title && !p.descriptionText) problems.push('neither title nor description');
    if (typeof p.descriptionText !== 'string') problems.push('descriptionText is not a string');
    if (p.descriptionHtml !== null && typeof p.descriptionHtml !== 'string') problems.push('descriptionHtml');
    if (p.details.salary && !Number.isFinite(p.details.salary.min ?? 0)) problems.push('salary min');
  }
  return problems;
}

function readSafely(html: string): JsonLdPosting[] {
  let out: JsonLdPosting[] = [];
  expect(() => {
    out = readJsonLdPostings(loadDocument(html, 'https://careers.example.com/jobs/1'));
  }).not.toThrow();
  return out;
}

describe('readJsonLdPostings fuzz', () => {
  it('generated blocks give postings with schema-valid details', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), (blocks) => {
        const postings = readSafely(page(blocks.map(scriptBody)));
        expect(postingProblems(postings)).toEqual([]);
        found += postings.length;
      }),
      fuzzParams(250),
    );
    expect(found).toBeGreaterThan(100);
  });

  it('mutated block sources (cut, repeated, spliced JSON) are read or skipped, never thrown', () => {
    const sources = [
      scriptBody({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Backend Engineer',
        description: '<p>Python and <b>SQL</b></p>',
        hiringOrganization: { name: 'Acme' },
        baseSalary: { currency: 'EUR', value: { minValue: 60000, maxValue: 75000, unitText: 'YEAR' } },
      }),
      scriptBody({
        '@graph': [
          { '@type': 'JobPosting', title: 'Data Engineer', hiringOrganization: { '@id': '#o' } },
          { '@id': '#o', name: 'Org' },
        ],
      }),
    ];
    fc.assert(
      fc.property(fc.array(mutatedText(sources, 6), { minLength: 1, maxLength: 2 }), (bodies) => {
        expect(postingProblems(readSafely(page(bodies)))).toEqual([]);
      }),
      fuzzParams(250),
    );
  });

  describe('hostile blocks', () => {
    it('markup in every field: nothing runs, the description is text', () => {
      const g = globalThis as { pwned?: number };
      delete g.pwned;
      const value = {
        '@type': 'JobPosting',
        title: '<script>globalThis.pwned=1</script>Engineer',
        description:
          '<img src=x onerror="globalThis.pwned=2"><script>globalThis.pwned=3</script><a href="javascript:globalThis.pwned=4">Python</a>&lt;script&gt;globalThis.pwned=5&lt;/script&gt;',
        hiringOrganization: { name: `\u202eemca\u202c Acme\u200b` },
      };
      const [p] = readSafely(page([scriptBody(value)]));
      expect(p).toBeDefined();
      expect(g.pwned).toBeUndefined();
      expect(p!.descriptionText).toContain('Python');
      expect(p!.descriptionText).not.toContain('pwned=2');
      expect(p!.details.company).toContain('Acme');
    });

    it('10,000 levels of nesting, a 1 MB title and 5,000 postings in one block', () => {
      const deep = `${'['.repeat(10_000)}{"@type":"JobPosting","title":"Deep"}${']'.repeat(10_000)}`;
      const deepObject = `{"@type":"JobPosting","title":"Org","hiringOrganization":${'{"name":'.repeat(10_000)}"A"${'}'.repeat(10_000)}}`;
      const deepDescription = scriptBody({
        '@type': 'JobPosting',
        title: 'Desc',
        description: `${'<div>'.repeat(10_000)}Python${'</div>'.repeat(10_000)}`,
      });
      const huge = scriptBody({ '@type': 'JobPosting', title: 'x'.repeat(1_000_000) });
      const many = scriptBody(
        Array.from({ length: 5_000 }, (_, i) => ({ '@type': 'JobPosting', title: `Job ${i}` })),
      );
      const postings = readSafely(page([deep, deepObject, deepDescription, huge, many]));
      expect(postingProblems(postings)).toEqual([]);
      expect(postings.filter((p) => p.details.title?.startsWith('Job ')).length).toBe(5_000);
      expect(postings.find((p) => p.details.title?.length === 1_000_000)).toBeDefined();
    });
  });
});
