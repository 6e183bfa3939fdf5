import { describe, expect, it } from 'vitest';
import { savedJobsToJsonLd, savedJobToJobPosting } from '@/lib/export/jobposting-jsonld';
import { makeRequirement, makeSavedJob } from '../saved/saved-job-factory';

describe('savedJobsToJsonLd', () => {
  it('writes schema.org JobPostings in a @graph', () => {
    const doc = savedJobsToJsonLd([
      makeSavedJob({
        title: 'Backend Engineer',
        company: 'Snapfix',
        location: 'Dublin',
        remote: true,
        employmentType: 'FULL_TIME',
        datePosted: '2026-11-01',
        identifier: 'R-9',
        salary: '€70k',
        minYears: 5,
        description: 'Full text',
        requirements: [makeRequirement('PHP'), makeRequirement('Terraform', 'preferred')],
      }),
    ]);
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(1);
    expect(doc['@graph'][0]).toMatchObject({
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      description: '<p>Full text</p>',
      datePosted: '2026-11-01',
      identifier: 'R-9',
      hiringOrganization: { '@type': 'Organization', name: 'Snapfix' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Dublin' } },
      jobLocationType: 'TELECOMMUTE',
      employmentType: 'FULL_TIME',
      skills: [{ '@type': 'DefinedTerm', name: 'PHP', termCode: 'php' }],
      qualifications: 'Nice to have: Terraform',
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 60 },
      baseSalary: { '@type': 'MonetaryAmount', description: '€70k' },
    });
  });

  it('writes the description as escaped HTML paragraphs', () => {
    const posting = savedJobToJobPosting(
      makeSavedJob({ description: 'A <b> & B\nnext line\n\n\nSecond <script>' }),
    );
    expect(posting.description).toBe('<p>A &lt;b&gt; &amp; B<br>next line</p><p>Second &lt;script&gt;</p>');
  });

  it('leaves out facts that are unknown instead of writing nulls', () => {
    const posting = savedJobToJobPosting(
      makeSavedJob({ company: null, location: null, remote: null, employmentType: null, datePosted: null }),
    );
    expect(Object.values(posting)).not.toContain(null);
    expect(Object.values(posting)).not.toContain(undefined);
    expect(posting).not.toHaveProperty('hiringOrganization');
    expect(posting).not.toHaveProperty('jobLocationType');
    expect(JSON.parse(JSON.stringify(posting))).toEqual(posting);
  });
});
