import { describe, expect, it } from 'vitest';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { rescoreAll } from '@/lib/saved/rescore-all';
import type { ScoreJob } from '@/lib/saved/rescore-jobs';
import { makeAnalysis, makeMatch } from './saved-job-factory';
import { openTestDatabase } from './open-test-database';

// Stand-in for scoreMatch: 100 when the profile has every requirement, else the share it has.
const score: ScoreJob = (analysis, skills) => {
  const have = new Set(skills.map((s) => s.skillId));
  const verdicts = Object.fromEntries(
    analysis.requirements.map((r) => [r.id, have.has(r.id) ? 'have' : 'missing'] as const),
  );
  const met = analysis.requirements.filter((r) => have.has(r.id)).length;
  return makeMatch(verdicts, Math.round((100 * met) / Math.max(1, analysis.requirements.length)));
};

describe('rescoreAll', () => {
  it('recomputes scores from the stored profile and keeps everything else', async () => {
    const db = await openTestDatabase();
    const repo = createSavedJobsRepository(db);
    const { job } = await repo.save({
      analysis: makeAnalysis(),
      match: makeMatch({ php: 'missing', kafka: 'missing' }, 0),
    });
    await repo.setNotes(job.id, 'keep');
    const before = (await repo.get(job.id))!;

    await db.profileSkills.put({
      skillId: 'php',
      name: 'PHP',
      category: 'language',
      level: 'strong',
      years: 5,
      lastUsed: null,
      notes: '',
      custom: false,
      addedAt: 1,
      updatedAt: 1,
    });
    expect(await rescoreAll(db, score)).toEqual({ scored: 1, changed: 1 });
    const after = (await repo.get(job.id))!;
    expect(after.match?.score).toBe(50);
    expect(after.match?.verdicts.find((v) => v.requirementId === 'php')?.verdict).toBe('have');
    expect({ ...after, match: null }).toEqual({ ...before, match: null });

    expect(await rescoreAll(db, score)).toEqual({ scored: 1, changed: 0 });
  });
});
