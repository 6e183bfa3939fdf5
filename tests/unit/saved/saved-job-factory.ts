import type { Analysis, Requirement } from '@/lib/schemas/analysis';
import type { Match, Verdict } from '@/lib/schemas/match';
import type { SavedJob } from '@/lib/schemas/saved-job';

// Small builders for tests: a valid SavedJob / Analysis with overrides, so each test states only what it is about.

export function makeRequirement(
  skill: string,
  importance: Requirement['importance'] = 'required',
  group: string | null = null,
): Requirement {
  const id = skill.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id, skill, category: 'tool', importance, years: null, group, mentions: [] };
}

export function makeMatch(verdicts: Record<string, Verdict>, score = 50): Match {
  const entries = Object.entries(verdicts);
  return {
    score,
    reason: 'test',
    verdicts: entries.map(([requirementId, verdict]) => ({
      requirementId,
      verdict,
      credit: verdict === 'have' ? 1 : verdict === 'missing' ? 0 : 0.5,
      via: null,
      profileYears: null,
      yearsAsked: null,
    })),
    required: { met: 0, total: 0 },
    preferred: { met: 0, total: 0 },
    missingRequired: [],
    missingPreferred: [],
  };
}

export function makeAnalysis(
  overrides: Partial<Analysis> = {},
  posting: Partial<Analysis['posting']> = {},
): Analysis {
  return {
    isJobPosting: true,
    source: 'json-ld',
    confidence: 0.9,
    posting: {
      title: 'Backend Engineer',
      company: 'Acme',
      location: 'Berlin',
      remote: false,
      employmentType: 'FULL_TIME',
      url: 'https://jobs.acme.example/backend?utm_source=x',
      ...posting,
    },
    text: 'We need PHP and Kafka.',
    minYears: 3,
    requirements: [makeRequirement('PHP'), makeRequirement('Kafka')],
    groups: [],
    ...overrides,
  };
}

let counter = 0;
export function makeSavedJob(overrides: Partial<SavedJob> = {}): SavedJob {
  counter += 1;
  const at = 1_700_000_000_000 + counter * 1000;
  return {
    id: `job-${counter}`,
    url: `https://jobs.example/${counter}`,
    canonicalUrl: `https://jobs.example/${counter}`,
    identifier: null,
    title: `Engineer ${counter}`,
    company: 'Acme',
    location: 'Berlin',
    remote: null,
    employmentType: null,
    salary: null,
    datePosted: null,
    savedAt: at,
    updatedAt: at,
    source: 'json-ld',
    description: 'Description',
    minYears: null,
    requirements: [],
    groups: [],
    match: null,
    status: 'saved',
    statusHistory: [{ status: 'saved', at }],
    notes: '',
    ...overrides,
  };
}
