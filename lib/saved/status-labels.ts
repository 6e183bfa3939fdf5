import type { JobStatus } from '@/lib/schemas/job-status';

/** Each status of a saved job as the person reads it: the popup, the dashboard, glance lines and list badges. */
export const STATUS_LABELS: Record<JobStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  archived: 'Archived',
};
