import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

// Where a saved job stands. Its own module, so the content script can use it without the SavedJob schema.
export const JobStatusSchema = lazySchema(() =>
  z.enum(['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived']),
);
export type JobStatus = z.infer<typeof JobStatusSchema>;
