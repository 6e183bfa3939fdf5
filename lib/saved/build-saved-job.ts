import type { Analysis } from '../schemas/analysis';
import { MatchSchema, type Match } from '../schemas/match';
import type { SaveJobInput, SavedJob, SavedJobFacts } from '../schemas/saved-job';
import { canonicalizeUrl } from './canonical-url';

export { SaveJobInputSchema, type SaveJobInput } from '../schemas/saved-job';

export class NotAPostingError extends Error {
  override name = 'NotAPostingError';
}

/** The match to store: the one given, else one the analysis carries (analyze with a profile), else none. */
function matchOf(input: SaveJobInput): Match | null {
  if (input.match) return input.match;
  const carried = MatchSchema.safeParse(input.analysis.match);
  return carried.success ? carried.data : null;
}

/** Builds a new SavedJob (status "saved", one history entry) from an analysed posting. */
export function buildSavedJob(input: SaveJobInput, now: number, id: string): SavedJob {
  const { analysis } = input;
  // Never keep a page that was not read as a posting: it would show a score for nothing.
  if (!analysis.isJobPosting) throw new NotAPostingError('This page was not read as a job posting');
  const posting = analysis.posting;
  const url = posting.url ?? input.url ?? '';
  return {
    id,
    url,
    canonicalUrl: canonicalizeUrl(url),
    identifier: input.identifier ?? null,
    title: posting.title?.trim() || 'Untitled posting',
    company: posting.company,
    location: posting.location,
    remote: posting.remote,
    employmentType: posting.employmentType,
    salary:
      (typeof input.salary === 'object' && input.salary !== null ? input.salary.display : input.salary) ??
      null,
    datePosted: input.datePosted ?? null,
    ...(input.firstSeenAt != null && { firstSeenAt: input.firstSeenAt }),
    savedAt: now,
    updatedAt: now,
    source: analysis.source,
    description: analysis.text,
    minYears: analysis.minYears,
    facts: factsOfAnalysis(analysis),
    requirements: analysis.requirements,
    groups: analysis.groups,
    match: matchOf(input),
    status: 'saved',
    statusHistory: [{ status: 'saved', at: now }],
    notes: '',
  };
}

/**
 * Saving a posting that is already saved refreshes what the page says now but keeps what the person did with
 * it: id, savedAt, status, status history and notes. Facts the new reading lacks keep their old value.
 */
export function mergeResave(existing: SavedJob, fresh: SavedJob, now: number): SavedJob {
  return {
    ...fresh,
    id: existing.id,
    url: fresh.url || existing.url,
    canonicalUrl: fresh.canonicalUrl ?? existing.canonicalUrl,
    identifier: fresh.identifier ?? existing.identifier,
    title: fresh.title === 'Untitled posting' ? existing.title : fresh.title,
    company: fresh.company ?? existing.company,
    location: fresh.location ?? existing.location,
    remote: fresh.remote ?? existing.remote,
    employmentType: fresh.employmentType ?? existing.employmentType,
    salary: fresh.salary ?? existing.salary,
    datePosted: fresh.datePosted ?? existing.datePosted,
    firstSeenAt: existing.firstSeenAt ?? fresh.firstSeenAt,
    match: fresh.match ?? existing.match,
    facts: fresh.facts ?? existing.facts,
    savedAt: existing.savedAt,
    updatedAt: now,
    status: existing.status,
    statusHistory: existing.statusHistory,
    notes: existing.notes,
  };
}

/** Rebuilds the Analysis a saved job was made from, so it can be scored again against a changed profile. */
export function analysisOfSavedJob(job: SavedJob): Analysis {
  return {
    isJobPosting: true,
    source: job.source || 'saved',
    confidence: 1,
    posting: {
      title: job.title,
      company: job.company,
      location: job.location,
      remote: job.remote,
      employmentType: job.employmentType,
      url: job.url || null,
    },
    text: job.description,
    minYears: job.minYears,
    requirements: job.requirements,
    groups: job.groups,
    ...(job.facts ?? {}),
  };
}

/** The facts of an analysis as a saved job keeps them. */
export function factsOfAnalysis(analysis: Analysis): SavedJobFacts {
  return {
    seniority: analysis.seniority ?? null,
    degree: analysis.degree ?? null,
    degreeRequired: analysis.degreeRequired ?? null,
    spokenLanguages: analysis.spokenLanguages ?? [],
    languageRequirements: analysis.languageRequirements ?? [],
    workplace: analysis.workplace ?? null,
    visaSponsorship: analysis.visaSponsorship ?? null,
    workConditions: analysis.workConditions ?? [],
    salary: analysis.salary ?? null,
    evidence: analysis.evidence ?? {},
  };
}
