import { z } from 'zod/mini';
import { SaveJobInputSchema, SavedJobSchema } from '@/lib/schemas/saved-job';
import { defineRequest } from './define-request';

// Saving is the one saved-jobs request the in-page chip sends, so it lives apart from lib/messaging/requests-jobs.ts.
export const saveJobRequests = {
  'jobs.save': defineRequest(
    () => SaveJobInputSchema,
    () => z.object({ job: SavedJobSchema, created: z.boolean() }),
  ),
};
