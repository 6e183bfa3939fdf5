import { z } from 'zod';
import { RequirementGroupSchema, RequirementSchema } from './analysis';
import { MatchSchema } from './match';

export const JobStatusSchema = z.enum(['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived']);
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const StatusChangeSchema = z.object({ status: JobStatusSchema, at: z.number() });

export const SavedJobSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  identifier: z.string().nullable(), // JSON-LD identifier (value, or "name:value")
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  remote: z.boolean().nullable(),
  employmentType: z.string().nullable(),
  salary: z.string().nullable(), // as shown to a person, e.g. "€60,000–75,000 a year"
  datePosted: z.string().nullable(), // ISO date as given by the posting
  savedAt: z.number(),
  updatedAt: z.number(),
  source: z.string(),
  description: z.string(), // the full analysed text
  minYears: z.number().nullable(),
  requirements: z.array(RequirementSchema),
  groups: z.array(RequirementGroupSchema),
  match: MatchSchema.nullable(), // recomputed when the profile changes
  status: JobStatusSchema,
  statusHistory: z.array(StatusChangeSchema).min(1),
  notes: z.string(),
});
export type SavedJob = z.infer<typeof SavedJobSchema>;
