import { describe, expect, it } from 'vitest';
import { summariseMissingSkills } from '@/lib/saved/missing-across-jobs';
import { makeMatch, makeRequirement, makeSavedJob } from './saved-job-factory';

const job = (verdicts: Record<string, 'have' | 'missing' | 'related'>, preferred: string[] = []) =>
  makeSavedJob({
    requirements: Object.keys(verdicts).map((id) =>
      makeRequirement(id[0]!.toUpperCase() + id.slice(1), preferred.includes(id) ? 'preferred' : 'required'),
    ),
    match: makeMatch(verdicts),
  });

describe('summariseMissingSkills', () => {
  it('counts in how many scored jobs each skill is missing, most frequent first', () => {
    const jobs = [
      job({ kafka: 'missing', php: 'have' }),
      job({ kafka: 'missing', terraform: 'missing' }, ['terraform']),
      job({ kafka: 'have', terraform: 'missing' }),
      makeSavedJob({ match: null, requirements: [makeRequirement('Kafka')] }),
    ];
    const result = summariseMissingSkills(jobs);
    expect(result.scoredJobs).toBe(3);
    expect(result.skills.map((s) => [s.skill, s.missingIn, s.requiredIn])).toEqual([
      ['Kafka', 2, 2],
      ['Terraform', 2, 1],
    ]);
    expect(result.skills[0]!.jobs.map((j) => j.id)).toEqual([jobs[0]!.id, jobs[1]!.id]);
  });

  it('ignores skills that are only mentioned and any-of alternatives whose group is met', () => {
    const anyOf = makeSavedJob({
      requirements: [
        makeRequirement('Python', 'required', 'g1'),
        makeRequirement('Go', 'required', 'g1'),
        makeRequirement('Rust', 'mentioned'),
        makeRequirement('Java', 'required', 'g2'),
        makeRequirement('Scala', 'required', 'g2'),
      ],
      match: makeMatch({ python: 'have', go: 'missing', rust: 'missing', java: 'missing', scala: 'missing' }),
    });
    expect(summariseMissingSkills([anyOf]).skills.map((s) => s.skill)).toEqual(['Java', 'Scala']);
  });

  it('uses the importance the score counted (a soft skill scored as mentioned is not a gap)', () => {
    const match = makeMatch({ communication: 'missing', kafka: 'missing' });
    match.verdicts[0] = { ...match.verdicts[0]!, importance: 'mentioned' };
    const soft = makeSavedJob({
      requirements: [makeRequirement('Communication'), makeRequirement('Kafka')],
      match,
    });
    expect(summariseMissingSkills([soft]).skills.map((s) => s.skill)).toEqual(['Kafka']);
  });

  it('limits the list and returns nothing for no jobs', () => {
    expect(
      summariseMissingSkills([job({ a: 'missing', b: 'missing', c: 'missing' })], 2).skills,
    ).toHaveLength(2);
    expect(summariseMissingSkills([])).toEqual({ scoredJobs: 0, skills: [] });
  });
});
