import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminders } from '@/lib/background/reminders-handlers';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import {
  changeFollowUp,
  changeStatusWithFollowUp,
  DAY_MS,
  dueFollowUps,
  FOLLOW_UP_ALARM,
  followUpsToNotify,
  nextFollowUpAlarm,
  scheduleFollowUpAlarm,
} from '@/lib/saved/reminders';
import { makeSavedJob } from './saved-job-factory';
import { openTestDatabase } from './open-test-database';

const NOW = Date.UTC(2026, 11, 3, 12);

describe('marking a job applied', () => {
  it('sets a follow-up date N days ahead and records the move', () => {
    const job = changeStatusWithFollowUp(makeSavedJob(), 'applied', NOW, 7);
    expect(job.followUpAt).toBe(NOW + 7 * DAY_MS);
    expect(job.statusHistory.at(-1)).toEqual({ status: 'applied', at: NOW });
  });

  it('keeps a follow-up date still ahead, and sets none for other statuses', () => {
    const later = NOW + 2 * DAY_MS;
    expect(changeStatusWithFollowUp(makeSavedJob({ followUpAt: later }), 'applied', NOW, 7).followUpAt).toBe(
      later,
    );
    expect(changeStatusWithFollowUp(makeSavedJob(), 'interviewing', NOW, 7).followUpAt).toBeUndefined();
  });

  it('changes nothing when the job is already applied', () => {
    const applied = makeSavedJob({ status: 'applied' });
    expect(changeStatusWithFollowUp(applied, 'applied', NOW, 7)).toBe(applied);
  });
});

describe('due follow-ups', () => {
  const overdue = makeSavedJob({ status: 'applied', followUpAt: NOW - DAY_MS });
  const dueNow = makeSavedJob({ status: 'interviewing', followUpAt: NOW });
  const ahead = makeSavedJob({ status: 'applied', followUpAt: NOW + 1 });
  const closed = makeSavedJob({ status: 'rejected', followUpAt: NOW - DAY_MS });
  const none = makeSavedJob({ status: 'applied' });
  const all = [ahead, dueNow, closed, none, overdue];

  it('lists jobs whose date has come, still in play, longest overdue first', () => {
    expect(dueFollowUps(all, NOW).map((j) => j.id)).toEqual([overdue.id, dueNow.id]);
  });

  it('notifies each due date once', () => {
    const notified = { ...overdue, followUpNotifiedAt: NOW - 1000 };
    expect(followUpsToNotify([notified, dueNow], NOW).map((j) => j.id)).toEqual([dueNow.id]);
    // A new date (edited after the notification) notifies again.
    const edited = changeFollowUp(notified, NOW - 10, NOW);
    expect(followUpsToNotify([edited], NOW).map((j) => j.id)).toEqual([edited.id]);
  });

  it('sets the alarm at the earliest pending date, now when it is past, none when nothing is pending', () => {
    expect(nextFollowUpAlarm([ahead], NOW)).toBe(NOW + 1);
    expect(nextFollowUpAlarm(all, NOW)).toBe(NOW);
    expect(nextFollowUpAlarm([closed, none], NOW)).toBeNull();
    expect(nextFollowUpAlarm([{ ...overdue, followUpNotifiedAt: NOW }], NOW)).toBeNull();
  });
});

function fakeAlarms() {
  const calls: string[] = [];
  const alarms = new Map<string, number>();
  return {
    calls,
    alarms,
    create(name: string, info: { when: number }) {
      calls.push(`create ${name} ${info.when}`);
      alarms.set(name, info.when);
    },
    clear(name: string) {
      calls.push(`clear ${name}`);
      alarms.delete(name);
    },
  };
}

it('scheduleFollowUpAlarm creates or clears the one alarm', async () => {
  const alarms = fakeAlarms();
  await scheduleFollowUpAlarm(alarms, [makeSavedJob({ status: 'applied', followUpAt: NOW + 5 })], NOW);
  await scheduleFollowUpAlarm(alarms, [], NOW);
  expect(alarms.calls).toEqual([`create ${FOLLOW_UP_ALARM} ${NOW + 5}`, `clear ${FOLLOW_UP_ALARM}`]);
});

describe('the background reminders on a database', () => {
  let db: GapmarkDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  it('marking applied through the repository uses the followUpDays setting', async () => {
    await createSettingsRepository(db).set('followUpDays', 3);
    const repo = createSavedJobsRepository(db, { now: () => NOW });
    await db.savedJobs.put(makeSavedJob({ id: 'a' }));
    const job = await repo.setStatus('a', 'applied');
    expect(job.followUpAt).toBe(NOW + 3 * DAY_MS);
  });

  it('fires one notification per due job, once, and sets the alarm again', async () => {
    let clock = NOW;
    const alarms = fakeAlarms();
    const shown: string[] = [];
    const reminders = createReminders(db, {
      alarms,
      now: () => clock,
      notify: async (id, content) => {
        shown.push(`${id} ${content.message}`);
        return true;
      },
    });
    await db.savedJobs.bulkPut([
      makeSavedJob({ id: 'due', title: 'Due job', company: 'Acme', status: 'applied', followUpAt: NOW - 1 }),
      makeSavedJob({ id: 'later', status: 'applied', followUpAt: NOW + DAY_MS }),
    ]);
    expect(await reminders.sync()).toEqual({ next: NOW });

    const [first, second] = await Promise.all([reminders.fire(), reminders.fire()]);
    expect(first.map((j) => j.id)).toEqual(['due']);
    expect(second).toEqual([]);
    expect(shown).toEqual([`${FOLLOW_UP_ALARM}:due Due job at Acme`]);
    expect(alarms.alarms.get(FOLLOW_UP_ALARM)).toBe(NOW + DAY_MS);

    clock = NOW + DAY_MS;
    await reminders.fire();
    expect(shown).toHaveLength(2);
    expect(alarms.alarms.has(FOLLOW_UP_ALARM)).toBe(false);
  });

  it('marks a job notified even when the notification cannot be shown, so the alarm never loops', async () => {
    const alarms = fakeAlarms();
    const reminders = createReminders(db, { alarms, now: () => NOW, notify: async () => false });
    await db.savedJobs.put(makeSavedJob({ id: 'due', status: 'applied', followUpAt: NOW - 1 }));
    await reminders.fire();
    expect((await db.savedJobs.get('due'))?.followUpNotifiedAt).toBe(NOW);
    expect(alarms.alarms.has(FOLLOW_UP_ALARM)).toBe(false);
  });
});
