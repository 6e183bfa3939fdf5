import type { JobStatus, SavedJob } from '../schemas/saved-job';

/**
 * Moves a job to a new status and records when. Setting the status it already has changes nothing (no
 * duplicate history entry), so a double click or a repeated message is harmless.
 */
export function changeStatus(job: SavedJob, status: JobStatus, now: number): SavedJob {
  if (job.status === status) return job;
  return {
    ...job,
    status,
    statusHistory: [...job.statusHistory, { status, at: now }],
    updatedAt: now,
  };
}

/** The date a job first reached a status (for "applied on"), or null if it never did. */
export function dateOfStatus(job: SavedJob, status: JobStatus): number | null {
  return job.statusHistory.find((change) => change.status === status)?.at ?? null;
}

/** Replaces the notes, bumping updatedAt only when they change. */
export function changeNotes(job: SavedJob, notes: string, now: number): SavedJob {
  return job.notes === notes ? job : { ...job, notes, updatedAt: now };
}
