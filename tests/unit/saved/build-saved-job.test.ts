import { describe, expect, it } from 'vitest';
import {
  analysisOfSavedJob,
  buildSavedJob,
  mergeResave,
  NotAPostingError,
} from '@/lib/saved/build-saved-job';
import { findDuplicate, isSamePosting } from '@/lib/saved/dedupe-keys';
import { changeStatus } from '@/lib/saved/status-history';
import { SavedJobSchema } from '@/lib/schemas/saved-job';
import { makeAnalysis, makeMatch, makeSavedJob } from './saved-job-factory';

describe('buildSavedJob', () => {
  it('builds a valid SavedJob with status "saved" and one history entry', () => {
    const match = makeMatch({ php: 'have', kafka: 'missing' }, 60);
    const job = buildSavedJob(
      { analysis: makeAnalysis(), match, identifier: 'R-1', salary: '€60k', datePosted: '2026-11-01' },
      1000,
      'id-1',
    );
    expect(SavedJobSchema.parse(job)).toEqual(job);
    expect(job).toMatchObject({
      id: 'id-1',
      title: 'Backend Engineer',
      company: 'Acme',
      canonicalUrl: 'https://jobs.acme.example/backend',
      identifier: 'R-1',
      salary: '€60k',
      datePosted: '2026-11-01',
      description: 'We need PHP and Kafka.',
      status: 'saved',
      statusHistory: [{ status: 'saved', at: 1000 }],
      savedAt: 1000,
      notes: '',
    });
    expect(job.match).toEqual(match);
    expect(job.requirements.map((r) => r.skill)).toEqual(['PHP', 'Kafka']);
  });

  it('falls back to the tab URL and to a match carried by the analysis', () => {
    const match = makeMatch({ php: 'have' });
    const job = buildSavedJob(
      { analysis: makeAnalysis({ match }, { url: null }), url: 'https://x.example/j/1#top' },
      1,
      'a',
    );
    expect(job.url).toBe('https://x.example/j/1#top');
    expect(job.canonicalUrl).toBe('https://x.example/j/1');
    expect(job.match).toEqual(match);
  });

  it("keeps a reader's structured salary as its display text", () => {
    const salary = {
      display: '€60,000–75,000 a year',
      currency: 'EUR',
      min: 60000,
      max: 75000,
      unit: 'YEAR',
    };
    expect(buildSavedJob({ analysis: makeAnalysis(), salary }, 1, 'a').salary).toBe('€60,000–75,000 a year');
  });

  it('refuses a page that was not read as a posting', () => {
    expect(() => buildSavedJob({ analysis: makeAnalysis({ isJobPosting: false }) }, 1, 'a')).toThrow(
      NotAPostingError,
    );
  });

  it('round-trips through analysisOfSavedJob for re-scoring', () => {
    const analysis = makeAnalysis();
    const again = analysisOfSavedJob(buildSavedJob({ analysis }, 1, 'a'));
    expect(again.text).toBe(analysis.text);
    expect(again.requirements).toEqual(analysis.requirements);
    expect(again.minYears).toBe(analysis.minYears);
    expect(again.posting.company).toBe('Acme');
  });
});

describe('saving twice', () => {
  it('keeps id, savedAt, status history and notes, refreshes the rest, keeps facts the new reading lacks', () => {
    const first = buildSavedJob({ analysis: makeAnalysis(), salary: '€60k' }, 1000, 'keep-me');
    const worked = { ...changeStatus(first, 'applied', 2000), notes: 'Called Anna' };
    const fresh = buildSavedJob(
      {
        analysis: makeAnalysis(
          { text: 'New text' },
          { url: 'https://jobs.acme.example/backend/?utm_medium=mail' },
        ),
      },
      3000,
      'other-id',
    );
    const merged = mergeResave(worked, fresh, 3000);
    expect(merged.id).toBe('keep-me');
    expect(merged.savedAt).toBe(1000);
    expect(merged.updatedAt).toBe(3000);
    expect(merged.status).toBe('applied');
    expect(merged.statusHistory).toEqual([
      { status: 'saved', at: 1000 },
      { status: 'applied', at: 2000 },
    ]);
    expect(merged.notes).toBe('Called Anna');
    expect(merged.description).toBe('New text');
    expect(merged.salary).toBe('€60k');
  });
});

describe('dedupe', () => {
  const base = { canonicalUrl: 'https://a.example/1', identifier: null, company: 'Acme' };
  it.each([
    ['same canonical URL', base, { ...base, company: 'Other' }, true],
    ['different URL, no identifier', base, { ...base, canonicalUrl: 'https://a.example/2' }, false],
    [
      'same identifier, same company (any case)',
      { canonicalUrl: null, identifier: 'R-1', company: 'Acme' },
      { canonicalUrl: 'https://b.example', identifier: 'R-1', company: ' acme ' },
      true,
    ],
    [
      'same identifier, another company',
      { canonicalUrl: null, identifier: 'R-1', company: 'Acme' },
      { canonicalUrl: null, identifier: 'R-1', company: 'Globex' },
      false,
    ],
    ['both URLs null', { ...base, canonicalUrl: null }, { ...base, canonicalUrl: null }, false],
  ])('%s → %s', (_label, a, b, expected) => {
    expect(isSamePosting(a, b)).toBe(expected);
    expect(isSamePosting(b, a)).toBe(expected);
  });

  it('finds the duplicate of a re-read LinkedIn posting', () => {
    const saved = [
      makeSavedJob(),
      makeSavedJob({ canonicalUrl: 'https://www.linkedin.com/jobs/view/3786945580' }),
    ];
    const again = buildSavedJob(
      {
        analysis: makeAnalysis(
          {},
          { url: 'https://www.linkedin.com/jobs/search/?currentJobId=3786945580&trk=x' },
        ),
      },
      1,
      'x',
    );
    expect(findDuplicate(saved, again)).toBe(saved[1]);
    expect(findDuplicate([saved[0]!], again)).toBeUndefined();
  });
});
