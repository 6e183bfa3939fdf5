import { describe, expect, it } from 'vitest';
import { companiesOf, DEFAULT_QUERY, querySavedJobs } from '@/lib/saved/query-saved-jobs';
import { makeMatch, makeRequirement, makeSavedJob } from './saved-job-factory';

const jobs = [
  makeSavedJob({
    id: 'a',
    title: 'PHP Developer',
    company: 'Acme',
    savedAt: 3,
    match: makeMatch({}, 80),
    status: 'applied',
  }),
  makeSavedJob({
    id: 'b',
    title: 'Go Engineer',
    company: 'globex',
    savedAt: 1,
    match: makeMatch({}, 40),
    notes: 'remote ok',
  }),
  makeSavedJob({
    id: 'c',
    title: 'Data Engineer',
    company: null,
    savedAt: 2,
    match: null,
    requirements: [makeRequirement('Kafka')],
  }),
];
const ids = (list: { id: string }[]) => list.map((j) => j.id);

describe('querySavedJobs', () => {
  it.each([
    ['newest first by default', {}, ['a', 'c', 'b']],
    ['score, high to low, unscored last', { sort: 'score', direction: 'desc' }, ['a', 'b', 'c']],
    ['score, low to high, unscored last', { sort: 'score', direction: 'asc' }, ['b', 'a', 'c']],
    ['company A to Z, none last', { sort: 'company', direction: 'asc' }, ['a', 'b', 'c']],
    ['status filter', { statuses: ['applied'] }, ['a']],
    ['company filter ignores case', { company: 'GLOBEX' }, ['b']],
    ['minimum score', { minScore: 50 }, ['a']],
    ['saved since', { savedSince: 2 }, ['a', 'c']],
    ['search in title', { search: 'engineer' }, ['c', 'b']],
    ['search in notes and skills, every word', { search: 'kafka data' }, ['c']],
    ['search in notes', { search: 'REMOTE' }, ['b']],
    ['no hit', { search: 'cobol' }, []],
  ] as const)('%s', (_label, query, expected) => {
    expect(ids(querySavedJobs(jobs, { ...DEFAULT_QUERY, ...query } as typeof DEFAULT_QUERY))).toEqual(
      expected,
    );
  });

  it('does not reorder the array it was given', () => {
    querySavedJobs(jobs, { ...DEFAULT_QUERY, sort: 'title', direction: 'asc' });
    expect(ids(jobs)).toEqual(['a', 'b', 'c']);
  });

  it('lists distinct companies', () => {
    expect(companiesOf([...jobs, makeSavedJob({ company: 'ACME' })])).toEqual(['ACME', 'globex']);
  });
});
