import type { JobStatus, SavedJob } from '../schemas/saved-job';

export const SORT_KEYS = [
  'savedAt',
  'updatedAt',
  'score',
  'company',
  'title',
  'status',
  'datePosted',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface SavedJobsQuery {
  search: string;
  statuses: JobStatus[]; // empty: all
  company: string | null; // exact company, case-insensitive
  minScore: number | null;
  savedSince: number | null; // epoch ms
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_QUERY: SavedJobsQuery = {
  search: '',
  statuses: [],
  company: null,
  minScore: null,
  savedSince: null,
  sort: 'savedAt',
  direction: 'desc',
};

const STATUS_ORDER: Record<JobStatus, number> = {
  saved: 0,
  applied: 1,
  interviewing: 2,
  offer: 3,
  rejected: 4,
  archived: 5,
};

// Jobs without a value (no score, no company) sort last in either direction: they are the least informative.
function sortValue(job: SavedJob, key: SortKey): string | number | null {
  switch (key) {
    case 'score':
      return job.match?.score ?? null;
    case 'company':
      return job.company?.toLowerCase() ?? null;
    case 'title':
      return job.title.toLowerCase();
    case 'status':
      return STATUS_ORDER[job.status];
    case 'datePosted':
      return job.datePosted;
    default:
      return job[key];
  }
}

function compare(a: string | number | null, b: string | number | null, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return direction === 'asc' ? order : -order;
}

/** Lower-cased text a search matches: title, company, location, notes and skill names (not the description). */
function searchTextOf(job: SavedJob): string {
  return [job.title, job.company, job.location, job.notes, ...job.requirements.map((r) => r.skill)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Filters and sorts saved jobs for the Saved tab. Every search word must appear (AND). */
export function querySavedJobs(jobs: readonly SavedJob[], query: SavedJobsQuery): SavedJob[] {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  const company = query.company?.toLowerCase() ?? null;
  const filtered = jobs.filter((job) => {
    if (query.statuses.length > 0 && !query.statuses.includes(job.status)) return false;
    if (company !== null && job.company?.toLowerCase() !== company) return false;
    if (query.minScore !== null && (job.match?.score ?? -1) < query.minScore) return false;
    if (query.savedSince !== null && job.savedAt < query.savedSince) return false;
    if (words.length > 0) {
      const text = searchTextOf(job);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
  return filtered.sort(
    (a, b) =>
      compare(sortValue(a, query.sort), sortValue(b, query.sort), query.direction) ||
      b.savedAt - a.savedAt ||
      a.id.localeCompare(b.id),
  );
}

/** Distinct companies for the company filter, alphabetical. */
export function companiesOf(jobs: readonly SavedJob[]): string[] {
  const names = new Map<string, string>();
  for (const job of jobs) if (job.company) names.set(job.company.toLowerCase(), job.company);
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}
