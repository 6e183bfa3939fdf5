import type { GapmarkDatabase } from '../db/database';
import { createSavedJobsRepository } from '../db/saved-jobs-repo';
import type { Handlers } from '../messaging/server';
import {
  FOLLOW_UP_ALARM,
  followUpMessage,
  followUpsToNotify,
  scheduleFollowUpAlarm,
  type AlarmsLike,
} from '../saved/reminders';
import type { SavedJob } from '../schemas/saved-job';

export interface RemindersOptions {
  alarms: AlarmsLike;
  /** Shows one notification; false when it could not (the optional permission is not granted). */
  notify: (id: string, content: { title: string; message: string }) => Promise<boolean>;
  now?: () => number;
}

/**
 * The background's follow-up reminders: `sync` sets the one alarm at the next pending date; `fire` (on that
 * alarm) notifies each due job once and sets the alarm again. A job is marked notified even when the
 * notification could not be shown (no permission), so a past date never makes the alarm fire in a loop;
 * the dashboard still lists it as due.
 */
export function createReminders(db: GapmarkDatabase, options: RemindersOptions) {
  const now = options.now ?? Date.now;
  const repo = createSavedJobsRepository(db, { now });
  const sync = async () => ({
    next: await scheduleFollowUpAlarm(options.alarms, await repo.list(), now()),
  });
  const fireOnce = async (): Promise<SavedJob[]> => {
    const time = now();
    const due = followUpsToNotify(await repo.list(), time);
    for (const job of due) {
      await options.notify(`${FOLLOW_UP_ALARM}:${job.id}`, followUpMessage(job)).catch(() => false);
    }
    await repo.markFollowUpNotified(
      due.map((job) => job.id),
      time,
    );
    await sync();
    return due;
  };
  // One at a time: an alarm set again by a sync while a run is notifying must find its jobs already marked.
  let running: Promise<unknown> = Promise.resolve();
  const fire = (): Promise<SavedJob[]> => {
    const run = running.then(fireOnce, fireOnce);
    running = run.catch(() => undefined);
    return run;
  };
  return { sync, fire };
}

export function createRemindersHandlers(
  reminders: ReturnType<typeof createReminders>,
): Required<Pick<Handlers, 'reminders.sync'>> {
  return { 'reminders.sync': () => reminders.sync() };
}
