import { z } from 'zod';
import { JobStatusSchema, SavedJobSchema } from '../schemas/saved-job';
import { defineRequest } from './define-request';
import { lazySchema } from '@/lib/schemas/lazy-schema';

const ImportCountsSchema = lazySchema(() =>
  z.object({ added: z.number(), updated: z.number(), skipped: z.number() }),
);

// Saved jobs: the chip and the popup save through the background; the Saved tab may use these or the
// repository directly (it runs in an extension page).
export const jobsRequests = {
  'jobs.isSaved': defineRequest(
    () =>
      z.object({
        url: z.string().nullable(),
        identifier: z.string().nullable().optional(),
        company: z.string().nullable().optional(),
      }),
    () => z.object({ id: z.string().nullable(), status: z.nullable(JobStatusSchema) }),
  ),
  'jobs.list': defineRequest(
    () => z.object({}),
    () => z.object({ jobs: z.array(SavedJobSchema) }),
  ),
  'jobs.setStatus': defineRequest(
    () => z.object({ id: z.string().min(1), status: JobStatusSchema }),
    () => z.object({ job: SavedJobSchema }),
  ),
  'jobs.setNotes': defineRequest(
    () => z.object({ id: z.string().min(1), notes: z.string() }),
    () => z.object({ job: SavedJobSchema }),
  ),
  'jobs.delete': defineRequest(
    () => z.object({ id: z.string().min(1) }),
    () => z.object({ job: z.nullable(SavedJobSchema) }),
  ),
  'jobs.restore': defineRequest(
    () => z.object({ job: SavedJobSchema }),
    () => z.object({ job: SavedJobSchema }),
  ),
  'jobs.rescoreAll': defineRequest(
    () => z.object({}),
    () => z.object({ scored: z.number(), changed: z.number() }),
  ),
  'backup.export': defineRequest(
    () => z.object({}),
    () => z.object({ text: z.string() }),
  ),
  'backup.import': defineRequest(
    () => z.object({ text: z.string() }),
    () =>
      z.union([
        z.object({
          ok: z.literal(true),
          report: z.object({
            profileSkills: ImportCountsSchema,
            settings: ImportCountsSchema,
            savedJobs: ImportCountsSchema,
          }),
        }),
        z.object({ ok: z.literal(false), error: z.string() }),
      ]),
  ),
};
