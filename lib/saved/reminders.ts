import type { JobStatus, SavedJob } from '../schemas/saved-job';
import { changeStatus } from './status-history';

// Follow-up reminders: a date per saved job, set when the person marks it applied, editable. The background
// sets one alarm at the earliest pending date; when it fires, each job due and not yet notified gets one
// notification, and is marked so it never fires twice for the same date. Everything here takes the clock as
// an argument.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const FOLLOW_UP_ALARM = 'gapmark-follow-up';

/** Jobs that are over need no follow-up: a rejected or archived job never reminds. */
const CLOSED: ReadonlySet<JobStatus> = new Set<JobStatus>(['rejected', 'archived']);

/**
 * Changes the status (recording it in the history) and, when the job becomes applied without a follow-up date
 * still ahead, sets one `followUpDays` from now.
 */
export function changeStatusWithFollowUp(
  job: SavedJob,
  status: JobStatus,
  now: number,
  followUpDays: number,
): SavedJob {
  const next = changeStatus(job, status, now);
  if (next === job || status !== 'applied') return next;
  if (job.followUpAt != null && job.followUpAt > now) return next;
  return { ...next, followUpAt: now + followUpDays * DAY_MS, followUpNotifiedAt: null };
}

/** Sets or clears the follow-up date; a new date may notify again. */
export function changeFollowUp(job: SavedJob, at: number | null, now: number): SavedJob {
  if ((job.followUpAt ?? null) === at) return job;
  return { ...job, followUpAt: at, followUpNotifiedAt: null, updatedAt: now };
}

/** A follow-up date is due once reached, for a job still in play. */
export function isFollowUpDue(job: SavedJob, now: number): boolean {
  return job.followUpAt != null && job.followUpAt <= now && !CLOSED.has(job.status);
}

/** The jobs whose follow-up is due, the longest overdue first (what the dashboard lists). */
export function dueFollowUps(jobs: readonly SavedJob[], now: number): SavedJob[] {
  return jobs
    .filter((job) => isFollowUpDue(job, now))
    .sort((a, b) => (a.followUpAt ?? 0) - (b.followUpAt ?? 0));
}

const notifiedForDate = (job: SavedJob) =>
  job.followUpNotifiedAt != null && job.followUpAt != null && job.followUpNotifiedAt >= job.followUpAt;

/** Due jobs whose notification has not been shown for their current date. */
export function followUpsToNotify(jobs: readonly SavedJob[], now: number): SavedJob[] {
  return dueFollowUps(jobs, now).filter((job) => !notifiedForDate(job));
}

/**
 * When the alarm should next fire: the earliest follow-up not yet notified (now, if it is already past), or
 * null when nothing is pending.
 */
export function nextFollowUpAlarm(jobs: readonly SavedJob[], now: number): number | null {
  let earliest: number | null = null;
  for (const job of jobs) {
    if (job.followUpAt == null || CLOSED.has(job.status) || notifiedForDate(job)) continue;
    if (earliest === null || job.followUpAt < earliest) earliest = job.followUpAt;
  }
  return earliest === null ? null : Math.max(earliest, now);
}

/** The part of the browser's `alarms` API the scheduler uses. */
export interface AlarmsLike {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): unknown;
}

/** Sets the one follow-up alarm at the next pending date, or clears it when nothing is pending. */
export async function scheduleFollowUpAlarm(
  alarms: AlarmsLike,
  jobs: readonly SavedJob[],
  now: number,
): Promise<number | null> {
  const when = nextFollowUpAlarm(jobs, now);
  if (when === null) await alarms.clear(FOLLOW_UP_ALARM);
  else await alarms.create(FOLLOW_UP_ALARM, { when });
  return when;
}

/** One notification's words for a due job. */
export function followUpMessage(job: SavedJob): { title: string; message: string } {
  const at = job.company ? ` at ${job.company}` : '';
  return { title: 'Gapmark: time to follow up', message: `${job.title}${at}` };
}
