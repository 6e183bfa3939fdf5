import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { CSV_BOM, CSV_COLUMNS, savedJobsToCsv } from '@/lib/export/csv';
import { createSkillRelations } from '@/lib/match/skill-relations';
import { scoreMatch } from '@/lib/match/score-match';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { summariseMissingSkills } from '@/lib/saved/missing-across-jobs';
import { rescoreAll } from '@/lib/saved/rescore-all';
import type { ScoreJob } from '@/lib/saved/rescore-jobs';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { prepareText } from '@/lib/text/prepare-text';
import { openTestDatabase } from './open-test-database';
import { sharedFile } from './shared-path';

// The two seed postings end to end through the real engine and scorer: save, save again, re-score after a
// profile change, missing-across-jobs and a CSV that gives the full description back.

const relations = createSkillRelations(loadTaxonomy().skills);
const score: ScoreJob = (analysis, skills) => scoreMatch(analysis, skills, relations);

const seeds = [
  { file: 'snapfix-senior-backend-engineer', url: 'https://www.linkedin.com/jobs/view/3786945580/?trk=a' },
  { file: 'internations-backend-developer', url: 'https://jobs.example/internations/backend#apply' },
] as const;

function analyseSeed(file: string, url: string) {
  const expected = JSON.parse(
    readFileSync(sharedFile('fixtures/seeds', `${file}.expected.json`), 'utf8'),
  ) as {
    title: string;
    company: string;
  };
  const text = prepareText(readFileSync(sharedFile('fixtures/seeds', `${file}.txt`), 'utf8'));
  return analyzeText(text, {
    source: 'text',
    confidence: 1,
    posting: { url, title: expected.title, company: expected.company },
  });
}

const skill = (skillId: string, name: string): ProfileSkill => ({
  skillId,
  name,
  category: 'language',
  level: 'strong',
  years: 6,
  lastUsed: null,
  notes: '',
  custom: false,
  addedAt: 1,
  updatedAt: 1,
});

describe('saved jobs with the seed postings', () => {
  it('saves both once, re-scores on a profile change and lists what is missing across them', async () => {
    const db = await openTestDatabase();
    const repo = createSavedJobsRepository(db);
    for (const seed of seeds) {
      const analysis = analyseSeed(seed.file, seed.url);
      expect(analysis.requirements.length).toBeGreaterThan(3);
      await repo.save({ analysis, match: score(analysis, []) });
    }
    // Saved again from a LinkedIn search page: still the same record.
    const again = await repo.save({
      analysis: analyseSeed(seeds[0].file, 'https://www.linkedin.com/jobs/search/?currentJobId=3786945580'),
    });
    expect(again.created).toBe(false);
    const saved = await repo.list();
    expect(saved).toHaveLength(2);
    const snapfix = saved.find((job) => job.company === 'Snapfix')!;
    expect(snapfix.canonicalUrl).toBe('https://www.linkedin.com/jobs/view/3786945580');
    expect(snapfix.match?.score).toBe(0);

    const across = summariseMissingSkills(saved);
    expect(across.scoredJobs).toBe(2);
    const php = across.skills.find((s) => s.skillId === 'php');
    expect(php?.missingIn).toBe(2);
    expect(across.skills.find((s) => s.skillId === 'kafka')?.jobs.map((j) => j.id)).toContain(snapfix.id);

    await db.profileSkills.bulkPut([skill('php', 'PHP'), skill('mysql', 'MySQL')]);
    const result = await rescoreAll(db, score);
    expect(result).toEqual({ scored: 2, changed: 2 });
    const rescored = (await repo.get(snapfix.id))!;
    expect(rescored.match!.score).toBeGreaterThan(0);
    expect(rescored.match!.verdicts.find((v) => v.requirementId === 'php')?.verdict).toBe('have');
    expect(summariseMissingSkills(await repo.list()).skills.find((s) => s.skillId === 'php')).toBeUndefined();
  });

  it('exports their full descriptions to CSV and reads them back unchanged', () => {
    const jobs = seeds.map((seed, i) => {
      const analysis = analyseSeed(seed.file, seed.url);
      return { ...analysis, id: `seed-${i}` };
    });
    const csv = savedJobsToCsv(
      jobs.map((analysis) => ({
        id: analysis.id,
        url: analysis.posting.url ?? '',
        canonicalUrl: null,
        identifier: null,
        title: analysis.posting.title ?? '',
        company: analysis.posting.company,
        location: null,
        remote: null,
        employmentType: null,
        salary: null,
        datePosted: null,
        savedAt: 0,
        updatedAt: 0,
        source: analysis.source,
        description: analysis.text,
        minYears: analysis.minYears,
        requirements: analysis.requirements,
        groups: analysis.groups,
        match: null,
        status: 'saved',
        statusHistory: [{ status: 'saved', at: 0 }],
        notes: '',
      })),
    );
    const rows = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { skipEmptyLines: true }).data;
    const description = CSV_COLUMNS.indexOf('Description');
    expect(rows.slice(1).map((row) => row[description])).toEqual(jobs.map((j) => j.text));
    expect(jobs[0]!.text.length).toBeGreaterThan(2000);
  });
});
