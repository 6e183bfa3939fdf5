import type { SavedJob } from '../schemas/saved-job';

export type DedupeFields = Pick<SavedJob, 'canonicalUrl' | 'identifier' | 'company'>;

// A JSON-LD identifier alone is not unique across employers (many ATSs number requisitions "R-1234"), so it
// only counts as the same posting together with the same company.
const normaliseCompany = (company: string | null): string => (company ?? '').trim().toLowerCase();

/** True when two saved jobs are the same posting: same canonical URL, or same identifier at the same company. */
export function isSamePosting(a: DedupeFields, b: DedupeFields): boolean {
  if (a.canonicalUrl && a.canonicalUrl === b.canonicalUrl) return true;
  return (
    !!a.identifier &&
    a.identifier === b.identifier &&
    normaliseCompany(a.company) === normaliseCompany(b.company)
  );
}

/** Finds the saved job that `candidate` duplicates, if any (first match by canonical URL, then identifier). */
export function findDuplicate<T extends DedupeFields>(
  jobs: readonly T[],
  candidate: DedupeFields,
): T | undefined {
  if (candidate.canonicalUrl) {
    const byUrl = jobs.find((job) => job.canonicalUrl === candidate.canonicalUrl);
    if (byUrl) return byUrl;
  }
  return jobs.find((job) => isSamePosting(job, candidate));
}
