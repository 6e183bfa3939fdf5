import { z } from 'zod';
import { PostingMetaSchema } from './analysis';

// The serialisable part of a page reading (lib/sites/page-reading.ts), for messages and the CLI's JSON.
// tests/unit/sites/page-schema.test.ts checks these inferred types equal the plain types the readers use.

export const SalarySchema = z.object({
  currency: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(),
  display: z.string(),
});

export const PostingDetailsSchema = PostingMetaSchema.extend({
  salary: SalarySchema.nullable(),
  datePosted: z.string().nullable(),
  validThrough: z.string().nullable(),
  identifier: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  jsonLdSkills: z.array(z.string()),
  qualifications: z.string().nullable(),
  experienceRequirements: z.string().nullable(),
  experienceMonths: z.number().nullable(),
  educationRequirements: z.string().nullable(),
});

export const PageReadingDataSchema = z.object({
  isJobPosting: z.boolean(),
  source: z.string().min(1),
  confidence: z.number().min(0).max(1),
  posting: PostingDetailsSchema,
  text: z.string(),
  reason: z.string().nullable(),
});
