// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { savedJobsToJsonLd } from '@/lib/export/jobposting-jsonld';
import { readJsonLdBlock } from '@/lib/sites/jsonld';
import { makeRequirement, makeSavedJob } from '../saved/saved-job-factory';

// The export speaks schema.org well enough that the extension's own JSON-LD reader (the one that reads job
// pages) reads every fact back.
describe('JobPosting JSON-LD export read back by the JSON-LD page reader', () => {
  it('gives back title, company, place, dates, identifier, skills, experience and the description text', () => {
    const description = 'About us <we> & "you"\n\nRequirements:\n- PHP\n- Kafka\n\nNice to have: Terraform';
    const job = makeSavedJob({
      title: 'Senior Backend Engineer',
      company: 'Snapfix',
      location: 'Dublin',
      remote: true,
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-01',
      identifier: 'R-9',
      url: 'https://careers.snapfix.example/jobs/9',
      minYears: 5,
      description,
      requirements: [
        makeRequirement('PHP'),
        makeRequirement('Kafka'),
        makeRequirement('Terraform', 'preferred'),
      ],
    });
    const [read, ...rest] = readJsonLdBlock(JSON.stringify(savedJobsToJsonLd([job])), document);
    expect(rest).toEqual([]);
    expect(read!.details).toMatchObject({
      title: 'Senior Backend Engineer',
      company: 'Snapfix',
      location: expect.stringContaining('Dublin'),
      remote: true,
      datePosted: '2026-11-01',
      identifier: 'R-9',
      url: 'https://careers.snapfix.example/jobs/9',
      experienceMonths: 60,
      jsonLdSkills: ['PHP', 'Kafka'],
    });
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(read!.descriptionText)).toEqual(words(description));
    expect(read!.descriptionText.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(5);
  });
});
