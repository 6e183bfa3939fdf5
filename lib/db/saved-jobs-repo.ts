import { z } from 'zod';
import { SavedJobSchema, type JobStatus, type SavedJob } from '@/lib/schemas/saved-job';
import {
  buildSavedJob,
  mergeResave,
  SaveJobInputSchema,
  type SaveJobInput,
} from '@/lib/saved/build-saved-job';
import { canonicalizeUrl } from '@/lib/saved/canonical-url';
import { isSamePosting, type DedupeFields } from '@/lib/saved/dedupe-keys';
import { changeNotes } from '@/lib/saved/status-history';
import { changeFollowUp, changeStatusWithFollowUp } from '@/lib/saved/reminders';
import { createSettingsRepository } from './settings-repo';
import { describeStorageError, isQuotaError } from './describe-storage-error';
import type { GapmarkDatabase } from './database';

export interface SavedJobsRepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Called after every write that committed (e.g. to refresh the chip's "Saved" state). */
  onChange?: () => void;
}

export class SavedJobNotFoundError extends Error {
  override name = 'SavedJobNotFoundError';
}

/** What to look up with "is this posting saved?": the page URL and, where the page has one, its identifier. */
export interface SavedJobLookup {
  url?: string | null;
  identifier?: string | null;
  company?: string | null;
}

const parseJob = (job: unknown): SavedJob => {
  const parsed = SavedJobSchema.safeParse(job);
  if (!parsed.success) throw new Error(`Invalid saved job: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};

const newestFirst = (a: SavedJob, b: SavedJob) => b.savedAt - a.savedAt || a.id.localeCompare(b.id);

/**
 * Reads and writes saved jobs. Saving the same posting twice (same canonical URL, or same identifier at the
 * same company) updates the one record, keeping its status history and notes. Every write is validated.
 */
export function createSavedJobsRepository(db: GapmarkDatabase, options: SavedJobsRepositoryOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const changed = () => options.onChange?.();

  // Uses the indexes: IndexedDB does not index null, so only real keys are looked up.
  async function findDuplicateOf(keys: DedupeFields): Promise<SavedJob | null> {
    if (keys.canonicalUrl) {
      const byUrl = await db.savedJobs.where('canonicalUrl').equals(keys.canonicalUrl).first();
      if (byUrl) return byUrl;
    }
    if (keys.identifier) {
      const byIdentifier = await db.savedJobs.where('identifier').equals(keys.identifier).toArray();
      return byIdentifier.find((job) => isSamePosting(job, keys)) ?? null;
    }
    return null;
  }

  async function update(id: string, change: (job: SavedJob) => SavedJob): Promise<SavedJob> {
    const { job, wrote } = await db.transaction('rw', db.savedJobs, async () => {
      const existing = await db.savedJobs.get(id);
      if (!existing) throw new SavedJobNotFoundError(`No saved job "${id}"`);
      const next = change(existing);
      if (next === existing) return { job: existing, wrote: false };
      await db.savedJobs.put(parseJob(next));
      return { job: next, wrote: true };
    });
    if (wrote) changed();
    return job;
  }

  return {
    /** All saved jobs, most recently saved first. */
    async list(): Promise<SavedJob[]> {
      return (await db.savedJobs.toArray()).sort(newestFirst);
    },

    async get(id: string): Promise<SavedJob | null> {
      return (await db.savedJobs.get(id)) ?? null;
    },

    /** The saved job for a page, if it is saved (for the chip's and popup's "Saved" state). */
    async find(lookup: SavedJobLookup): Promise<SavedJob | null> {
      return findDuplicateOf({
        canonicalUrl: canonicalizeUrl(lookup.url),
        identifier: lookup.identifier ?? null,
        company: lookup.company ?? null,
      });
    },

    /** Saves an analysed posting, or refreshes the saved record of the same posting. */
    async save(input: SaveJobInput): Promise<{ job: SavedJob; created: boolean }> {
      const valid = SaveJobInputSchema.parse(input);
      const result = await db
        .transaction('rw', db.savedJobs, async () => {
          const time = now();
          const fresh = buildSavedJob(valid, time, newId());
          const existing = await findDuplicateOf(fresh);
          const job = parseJob(existing ? mergeResave(existing, fresh, time) : fresh);
          await db.savedJobs.put(job);
          return { job, created: !existing };
        })
        .catch((error: unknown) => {
          if (isQuotaError(error)) throw new Error(describeStorageError(error, 'save this job'));
          throw error;
        });
      changed();
      return result;
    },

    /** Moves a job to a status; marking it applied sets a follow-up date (the followUpDays setting). */
    async setStatus(id: string, status: JobStatus): Promise<SavedJob> {
      const days = await createSettingsRepository(db).get('followUpDays');
      return update(id, (job) => changeStatusWithFollowUp(job, status, now(), days));
    },

    /** Sets (a time in ms) or clears (null) the follow-up date. */
    setFollowUp(id: string, at: number | null): Promise<SavedJob> {
      return update(id, (job) => changeFollowUp(job, at, now()));
    },

    /** Records that the follow-up notification of these jobs was shown, so it fires once per date. */
    async markFollowUpNotified(ids: readonly string[], at: number): Promise<void> {
      if (ids.length === 0) return;
      await db.transaction('rw', db.savedJobs, async () => {
        for (const id of ids) {
          const job = await db.savedJobs.get(id);
          if (job) await db.savedJobs.put(parseJob({ ...job, followUpNotifiedAt: at }));
        }
      });
    },

    setNotes(id: string, notes: string): Promise<SavedJob> {
      return update(id, (job) => changeNotes(job, notes, now()));
    },

    /** Removes a job and returns it, so the caller can offer Undo through `restore`. */
    async remove(id: string): Promise<SavedJob | null> {
      const removed = await db.transaction('rw', db.savedJobs, async () => {
        const existing = await db.savedJobs.get(id);
        if (existing) await db.savedJobs.delete(id);
        return existing ?? null;
      });
      if (removed) changed();
      return removed;
    },

    /** Puts back a removed job exactly as it was. */
    async restore(job: SavedJob): Promise<SavedJob> {
      const valid = parseJob(job);
      await db.savedJobs.put(valid);
      changed();
      return valid;
    },
  };
}

export type SavedJobsRepository = ReturnType<typeof createSavedJobsRepository>;
