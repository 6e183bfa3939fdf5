import { z } from 'zod/mini';
import { PostingMetaSchema } from './analysis';
import { lazySchema } from './lazy-schema';

// The serialisable part of a page reading (lib/sites/page-reading.ts), for messages and the CLI's JSON.
// tests/unit/sites/page-schema.test.ts checks these inferred types equal the plain types the readers use.

export const SalarySchema = lazySchema(() =>
  z.object({
    currency: z.nullable(z.string()),
    min: z.nullable(z.number()),
    max: z.nullable(z.number()),
    unit: z.nullable(z.string()),
    display: z.string(),
    estimated: z.optional(z.boolean()),
  }),
);

export const PostingDetailsSchema = lazySchema(() =>
  z.extend(PostingMetaSchema, {
    salary: z.nullable(SalarySchema),
    datePosted: z.nullable(z.string()),
    validThrough: z.nullable(z.string()),
    identifier: z.nullable(z.string()),
    canonicalUrl: z.nullable(z.string()),
    jsonLdSkills: z.array(z.string()),
    qualifications: z.nullable(z.string()),
    experienceRequirements: z.nullable(z.string()),
    experienceMonths: z.nullable(z.number()),
    educationRequirements: z.nullable(z.string()),
  }),
);

export const PageReadingDataSchema = lazySchema(() =>
  z.object({
    isJobPosting: z.boolean(),
    source: z.string().check(z.minLength(1)),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    posting: PostingDetailsSchema,
    text: z.string(),
    reason: z.nullable(z.string()),
  }),
);
