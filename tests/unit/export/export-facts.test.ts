import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { exportBackup, importBackup, parseBackup } from '@/lib/export/backup';
import { CSV_COLUMNS, savedJobsToCsv } from '@/lib/export/csv';
import { savedJobToJobPosting } from '@/lib/export/jobposting-jsonld';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { buildSavedJob } from '@/lib/saved/build-saved-job';
import { openTestDatabase } from '../saved/open-test-database';

const analysis = analyzeText(
  [
    'Senior Data Engineer',
    'Requirements',
    '- 4+ years of experience with data pipelines.',
    "- A Bachelor's degree in Computer Science or equivalent experience.",
    '- Fluent English; Spanish is a plus.',
    '- You must be authorised to work in the UK.',
    'Benefits',
    '- This is a fully remote role.',
    '- £60,000 - £75,000 a year.',
  ].join('\n'),
  { isJobPosting: true, posting: { url: 'https://jobs.example.com/data-1' } },
);
const job = buildSavedJob({ analysis }, 1_760_000_000_000, 'job-facts');

describe('saved jobs keep the facts', () => {
  it('stores every fact and its evidence', () => {
    expect(job.facts).toMatchObject({
      seniority: 'senior',
      degree: "Bachelor's",
      degreeRequired: false,
      workplace: 'remote',
      salary: { min: 60000, max: 75000, currency: 'GBP', period: 'year', annual: 75000, source: 'employer' },
    });
    expect(job.facts?.evidence?.degree).toBe(
      "- A Bachelor's degree in Computer Science or equivalent experience.",
    );
  });
});

describe('CSV export', () => {
  it('has a column for each fact, filled for a job with facts and empty for an older one', () => {
    const older = { ...job, id: 'older', facts: undefined };
    const [header, row, olderRow] = Papa.parse<string[]>(
      savedJobsToCsv([job, older]).replace(/^\uFEFF/, ''),
      {
        skipEmptyLines: true,
      },
    ).data;
    expect(header).toEqual([...CSV_COLUMNS]);
    const cell = (r: string[] | undefined, column: string) => r?.[header!.indexOf(column)];
    expect(cell(row, 'Seniority')).toBe('senior');
    expect(cell(row, 'Degree')).toBe("Bachelor's (preferred)");
    expect(cell(row, 'Languages')).toBe('English; Spanish (a plus)');
    expect(cell(row, 'Workplace')).toBe('remote');
    expect(cell(row, 'Work conditions')).toBe('work authorization');
    expect(cell(row, 'Salary per year')).toBe('75000');
    expect(cell(row, 'Salary currency')).toBe('GBP');
    expect(cell(row, 'Evidence')).toContain('workplace: - This is a fully remote role.');
    expect(cell(olderRow, 'Seniority')).toBe('');
    expect(cell(olderRow, 'Salary per year')).toBe('');
  });
});

describe('JSON-LD export', () => {
  it('maps the facts to JobPosting properties', () => {
    const posting = savedJobToJobPosting(job);
    expect(posting.jobLocationType).toBe('TELECOMMUTE');
    expect(posting.educationRequirements).toEqual({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'bachelor degree',
      name: "Bachelor's (preferred)",
    });
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'GBP',
      value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 75000, unitText: 'YEAR' },
    });
    expect(posting.experienceRequirements).toEqual({
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: 48,
    });
  });

  it('leaves out what an older job does not know', () => {
    const posting = savedJobToJobPosting({ ...job, facts: undefined, remote: null, salary: null });
    expect(posting).not.toHaveProperty('educationRequirements');
    expect(posting).not.toHaveProperty('baseSalary');
    expect(posting).not.toHaveProperty('jobLocationType');
  });
});

describe('JSON backup', () => {
  it('imports a backup written before the facts existed', async () => {
    const text = readFileSync('tests/fixtures/db/backup-before-facts.json', 'utf8');
    expect(text).not.toContain('"facts"');
    expect(parseBackup(text).ok).toBe(true);
    const db = await openTestDatabase();
    const result = await importBackup(db, text);
    expect(result.ok && result.report.savedJobs).toEqual({ added: 1, updated: 0, skipped: 0 });
    const [imported] = await db.savedJobs.toArray();
    expect(imported?.id).toBe('job-before-facts');
    expect(imported?.facts).toBeUndefined();
  });

  it('carries the facts through export and import', async () => {
    const source = await openTestDatabase();
    await createSavedJobsRepository(source).save({ analysis });
    const text = await exportBackup(source, 0);
    expect(text).toContain('"facts"');
    const target = await openTestDatabase();
    await importBackup(target, text);
    const [restored] = await target.savedJobs.toArray();
    expect(restored?.facts).toEqual(job.facts);
  });
});
