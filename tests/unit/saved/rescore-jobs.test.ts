import { describe, expect, it } from 'vitest';
import { rescoreJobs, type ScoreJob } from '@/lib/saved/rescore-jobs';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { makeMatch, makeRequirement, makeSavedJob } from './saved-job-factory';

const skill = (skillId: string): ProfileSkill => ({
  skillId,
  name: skillId,
  category: 'tool',
  level: 'working',
  years: null,
  lastUsed: null,
  notes: '',
  custom: false,
  addedAt: 0,
  updatedAt: 0,
});

// A stand-in for lib/match's scoreMatch: share of requirements the profile has.
const shareScore: ScoreJob = (analysis, skills) => {
  const have = new Set(skills.map((s) => s.skillId));
  const verdicts = Object.fromEntries(
    analysis.requirements.map((r) => [r.id, have.has(r.id) ? ('have' as const) : ('missing' as const)]),
  );
  const met = analysis.requirements.filter((r) => have.has(r.id)).length;
  return makeMatch(
    verdicts,
    analysis.requirements.length ? Math.round((100 * met) / analysis.requirements.length) : 0,
  );
};

describe('rescoreJobs', () => {
  const jobs = [
    makeSavedJob({ requirements: [makeRequirement('PHP'), makeRequirement('Kafka')], updatedAt: 7 }),
    makeSavedJob({ requirements: [makeRequirement('Go')] }),
  ];

  it('scores each job from its stored requirements against the profile', () => {
    const changed = rescoreJobs(jobs, [skill('php')], shareScore);
    expect(changed.map((j) => j.match?.score)).toEqual([50, 0]);
    expect(changed[0]!.match?.verdicts.map((v) => [v.requirementId, v.verdict])).toEqual([
      ['php', 'have'],
      ['kafka', 'missing'],
    ]);
  });

  it('returns only jobs whose match changed and leaves updatedAt alone', () => {
    const once = rescoreJobs(jobs, [skill('php')], shareScore);
    expect(rescoreJobs(once, [skill('php')], shareScore)).toEqual([]);
    const twice = rescoreJobs(once, [skill('php'), skill('kafka')], shareScore);
    expect(twice.map((j) => j.id)).toEqual([jobs[0]!.id]);
    expect(twice[0]!.match?.score).toBe(100);
    expect(twice[0]!.updatedAt).toBe(7);
  });

  it('passes the stored description to the scorer', () => {
    const seen: string[] = [];
    rescoreJobs([makeSavedJob({ description: 'full text' })], [], (analysis, skills) => {
      seen.push(analysis.text);
      return shareScore(analysis, skills);
    });
    expect(seen).toEqual(['full text']);
  });
});
