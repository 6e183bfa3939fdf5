import type { JobStatus, SavedJob } from '../schemas/saved-job';
import { DAY_MS, isFollowUpDue } from './reminders';

// What a board card says besides title, company and score: how old the job is and what to do next. Pure, with
// the clock as an argument.

const NEXT_BY_STATUS: Record<JobStatus, string | null> = {
  saved: 'Apply',
  applied: 'Wait for a reply',
  interviewing: 'Prepare the interview',
  offer: 'Decide on the offer',
  rejected: null,
  archived: null,
};

/** Whole days from `from` to `now` (0 on the same day or for a time ahead). */
export const daysBetween = (from: number, now: number) => Math.max(0, Math.floor((now - from) / DAY_MS));

const daysText = (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`);

/** "Posted 12 days ago" where the posting gave a date, else "Saved 3 days ago". */
export function cardAge(job: SavedJob, now: number): string {
  const posted = job.datePosted ? Date.parse(job.datePosted) : NaN;
  if (Number.isFinite(posted)) return `Posted ${daysText(daysBetween(posted, now))}`;
  return `Saved ${daysText(daysBetween(job.savedAt, now))}`;
}

export interface NextStep {
  text: string;
  due: boolean;
}

/** The follow-up date when there is one (due or ahead), else the usual next step of the status, or null. */
export function nextStep(job: SavedJob, now: number, formatDate: (ms: number) => string): NextStep | null {
  const closed = job.status === 'rejected' || job.status === 'archived';
  if (job.followUpAt != null && !closed) {
    const due = isFollowUpDue(job, now);
    return {
      text: `${due ? 'Follow up now (since' : 'Follow up'} ${formatDate(job.followUpAt)}${due ? ')' : ''}`,
      due,
    };
  }
  const text = NEXT_BY_STATUS[job.status];
  return text ? { text, due: false } : null;
}

/** The status a card moves to with the arrow keys: the neighbouring column, or null at either end. */
export function neighbourStatus(
  statuses: readonly JobStatus[],
  current: JobStatus,
  step: -1 | 1,
): JobStatus | null {
  const index = statuses.indexOf(current);
  return statuses[index + step] ?? null;
}
